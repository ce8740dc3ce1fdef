import {
  BadRequestException,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { APP_SETTINGS, type AppSettings, RateLimiter, refuseUnsafeText } from '@portail/api-core';
import type { Request } from 'express';
import { LOGIN_REFUSED } from './login.service';

/**
 * Runs Passport's local strategy on POST /api/auth/login, after a per-address limit that is
 * checked before any password hash is computed.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  constructor(
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const allowed = await this.rateLimiter.allow(`login-ip:${request.ip ?? 'inconnue'}`, {
      limit: this.settings.loginAttemptsPerIpPerMinute,
      windowMs: 60_000,
    });
    if (!allowed) {
      throw new HttpException(
        'Trop de tentatives de connexion depuis votre adresse : veuillez patienter une minute avant de réessayer.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const body = request.body as Record<string, unknown> | undefined;
    for (const field of ['identifier', 'password']) {
      const value = body?.[field];
      if (typeof value !== 'string' || value.length === 0 || value.length > 320) {
        throw new BadRequestException(`Le champ « ${field} » est obligatoire et doit être un texte.`);
      }
      // Passport reads the body before any pipe: the global refusal of unsafe text is repeated here.
      refuseUnsafeText(value, field);
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new UnauthorizedException(LOGIN_REFUSED);
    return user;
  }
}
