import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedSession } from '@portail/api-core';
import { FIRM_RIGHTS, type FirmRight, type SessionState, type SpaceSummary } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Person } from './person.entity';
import { actingTrainerOf } from './sessions';

/** Reads what the portal needs to know about the person behind a session. */
@Injectable()
export class SessionStateReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The spaces the person may work in: memberships invited (not activated yet) or deactivated are left out. */
  async spacesOf(personId: string, manager: EntityManager = this.dataSource.manager): Promise<SpaceSummary[]> {
    const rows: (Omit<SpaceSummary, 'rights'> & { rights: FirmRight[] })[] = await manager.query(
      `SELECT space.id, space.kind, space.name, space.siret, space.status, space_member.role, space_member.rights
         FROM space_member JOIN space ON space.id = space_member.space_id
        WHERE space_member.person_id = $1 AND space_member.status = 'actif'
        ORDER BY space.kind, space.name`,
      [personId],
    );
    // A collaborator holds the rights given; everyone else every right of their own space.
    return rows.map((row) => ({ ...row, rights: row.role === 'collaborateur' ? row.rights : [...FIRM_RIGHTS] }));
  }

  /** Members of spaces, all of them deactivated (no active or invited membership left). */
  async hasOnlyEndedAccesses(personId: string): Promise<boolean> {
    const [row]: { ended: boolean }[] = await this.dataSource.query(
      `SELECT bool_and(status = 'desactive') AS ended FROM space_member WHERE person_id = $1`,
      [personId],
    );
    return row?.ended === true;
  }

  /** `session` as resolved by the guard, or what a new session will hold (it then has no acting Formateur). */
  async read(session: Pick<AuthenticatedSession, 'personId' | 'spaceId' | 'mustChangePassword'>): Promise<SessionState> {
    const person = await this.dataSource.getRepository(Person).findOneByOrFail({ id: session.personId });
    // Read with the session by the guard (no extra query): the portal shows « Revenir à la console ».
    const trainer = actingTrainerOf(session as AuthenticatedSession);
    return {
      person: {
        id: person.id,
        email: person.email,
        civility: person.civility,
        firstName: person.firstName,
        lastName: person.lastName,
        backofficeRole: person.backofficeRole,
      },
      mustChangePassword: session.mustChangePassword,
      spaces: await this.spacesOf(person.id),
      currentSpaceId: session.spaceId,
      ...(trainer ? { actingTrainer: { name: trainer.name } } : {}),
    };
  }
}
