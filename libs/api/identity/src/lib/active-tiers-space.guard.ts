import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestWithSession } from '@portail/api-core';
import { DataSource } from 'typeorm';

export const AWAITING_CONFIGURATION =
  'Votre espace est en attente de paramétrage : contactez votre Urssaf au 3698 (Service gratuit + prix d’un appel), de 9h à 17h. Un conseiller finalisera le paramétrage de votre compte afin de vous permettre d’effectuer le rattachement de vos comptes clients.';

/**
 * Portfolio features need the chosen space to be a tiers space the Conseiller Urssaf has finalised;
 * read from the database on each request, so the finalisation applies at once.
 */
@Injectable()
export class ActiveTiersSpaceGuard implements CanActivate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const session = context.switchToHttp().getRequest<RequestWithSession>().authSession;
    if (!session?.spaceId) throw new ForbiddenException('Choisissez le compte sur lequel vous souhaitez intervenir.');
    const [space]: { kind: string; status: string }[] = await this.dataSource.query(
      `SELECT space.kind, space.status FROM space
         JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2
        WHERE space.id = $1`,
      [session.spaceId, session.personId],
    );
    if (!space || space.kind !== 'tiers') throw new ForbiddenException("Ce service est réservé aux espaces des tiers mandatés.");
    if (space.status !== 'actif') throw new ForbiddenException(AWAITING_CONFIGURATION);
    return true;
  }
}
