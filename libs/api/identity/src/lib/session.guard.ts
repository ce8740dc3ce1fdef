import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCESS,
  type AccessPolicy,
  ALLOWS_PROVISIONAL_PASSWORD,
  BACKOFFICE_ROLE,
  enforceAccess,
  IS_PUBLIC,
  type RequestWithSession,
} from '@portail/api-core';
import { SESSION_COOKIE } from '@portail/domain';
import type { Request } from 'express';
import { Sessions } from './sessions';

/**
 * The one global guard: every route needs a live session unless it is @Public(); a provisional
 * password opens only the routes marked @AllowsProvisionalPassword(); back-office routes need
 * their role; every other route declares its access policy (role and right), checked here against
 * the membership read with the session. The session is read from PostgreSQL on every request, so a revocation applies at once.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: Sessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithSession>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const cookie: unknown = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    const session = typeof cookie === 'string' && cookie.length <= 100 ? await this.sessions.resolve(cookie, !isPublic) : null;
    request.authSession = session;
    if (isPublic) return true;
    if (!session) throw new UnauthorizedException('Vous devez vous connecter pour accéder à ce service.');
    if (session.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWS_PROVISIONAL_PASSWORD, targets)) {
      throw new ForbiddenException(
        'Votre mot de passe est provisoire : vous devez le remplacer par un mot de passe personnel avant de continuer.',
      );
    }
    const role = this.reflector.getAllAndOverride<string | undefined>(BACKOFFICE_ROLE, targets);
    if (role) {
      // Back-office routes do not exist for the others: the same 404 as an unknown address.
      if (session.backofficeRole !== role) throw new NotFoundException();
      return true;
    }
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS, targets);
    // Fail closed: a route that declares neither @Public(), @BackofficeOnly() nor an access policy is refused.
    if (!policy) throw new ForbiddenException('Accès refusé : ce service ne déclare pas qui peut l’utiliser.');
    enforceAccess(policy, session.membership, request.params);
    return true;
  }
}
