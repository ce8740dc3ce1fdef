import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedSession } from '@portail/api-core';
import { DataSource } from 'typeorm';

export interface MyContributorContext {
  contributorId: string;
  personId: string;
}

/** The contributor record of a TI working in their own space (« travailleur-independant »). */
@Injectable()
export class MyContributor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(session: AuthenticatedSession): Promise<MyContributorContext> {
    if (!session.spaceId) throw new ForbiddenException('Choisissez le compte sur lequel vous souhaitez intervenir.');
    const [row]: { kind: string; contributor_id: string | null }[] = await this.dataSource.query(
      `SELECT space.kind, contributor.id AS contributor_id
         FROM space
         JOIN space_member ON space_member.space_id = space.id AND space_member.person_id = $2
         LEFT JOIN contributor ON contributor.person_id = space_member.person_id
        WHERE space.id = $1`,
      [session.spaceId, session.personId],
    );
    if (row?.kind !== 'travailleur-independant') {
      throw new ForbiddenException('Ce service est réservé à l’espace travailleur indépendant du cotisant.');
    }
    if (!row.contributor_id) throw new NotFoundException('Aucun compte cotisant n’est associé à votre espace.');
    return { contributorId: row.contributor_id, personId: session.personId };
  }
}
