import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { type AuthenticatedPerson, LoginService } from './login.service';

/** Passport's login strategy: identifier + password, checked by LoginService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly login: LoginService) {
    super({ usernameField: 'identifier', passwordField: 'password', session: false });
  }

  validate(identifier: string, password: string): Promise<AuthenticatedPerson> {
    return this.login.authenticate(identifier, password);
  }
}
