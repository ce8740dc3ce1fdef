import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_SETTINGS, type AppSettings, AuditTrail, type AuthenticatedSession } from '@portail/api-core';
import { actingTrainerOf, Sessions, SessionStateReader, setSessionCookie } from '@portail/api-identity';
import type { ActAsResult, SpaceSummary } from '@portail/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PersonaCards } from './persona-cards';

export const CONSOLE_URL = '/bac-a-sable/console';
const NO_SUCH_PERSONA = 'Ce personnage n’existe pas dans le scénario en cours, ou n’a pas de compte avec lequel agir.';
const NOT_ACTING =
  'Cette session n’a pas été ouverte depuis la console du formateur : il n’y a pas de console à retrouver.';

/**
 * « Agir en tant que »: the Formateur's session is replaced by one of the persona, which remembers
 * him (session.trainer_person_id), and « Revenir à la console » replaces it by a new session of
 * his. Both go through identity's Sessions and set the cookie as the login does: a new session id
 * each time, the previous one deleted.
 */
@Injectable()
export class ActAs {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cards: PersonaCards,
    private readonly sessions: Sessions,
    private readonly state: SessionStateReader,
    private readonly audit: AuditTrail,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  async actAs(trainer: AuthenticatedSession, key: string, response: Response): Promise<ActAsResult> {
    const card = (await this.cards.current()).find((candidate) => candidate.key === key.toLowerCase());
    if (!card?.personId) throw new NotFoundException(NO_SUCH_PERSONA);
    const personId = card.personId;
    const [person]: { password_provisional: boolean; backoffice_role: string | null }[] = await this.dataSource.query(
      `SELECT password_provisional, backoffice_role FROM person WHERE id = $1`,
      [personId],
    );
    if (!person) throw new NotFoundException(NO_SUCH_PERSONA);
    // As at login: with one space there is nothing to choose.
    const spaces = await this.state.spacesOf(personId);
    const spaceId = spaces.length === 1 ? spaces[0].id : null;
    const mustChangePassword = person.password_provisional;
    const sessionId = await this.dataSource.transaction(async (transaction) => {
      await this.sessions.close(transaction, trainer.idHash);
      await this.audit.record(transaction, {
        kind: 'sandbox.act-as',
        actorPersonId: trainer.personId,
        subject: { type: 'person', id: personId },
        details: { persona: card.key },
      });
      return this.sessions.open(transaction, personId, {
        mustChangePassword,
        spaceId,
        trainerPersonId: trainer.personId,
      });
    });
    setSessionCookie(response, sessionId, this.settings.publicUrl);
    return { redirectTo: landing({ mustChangePassword, spaces, spaceId, backofficeRole: person.backoffice_role }) };
  }

  /** Any session opened by « Agir en tant que »; 404 for the others (there is no console to return to). */
  async returnToConsole(session: AuthenticatedSession, response: Response): Promise<ActAsResult> {
    const trainer = actingTrainerOf(session);
    if (!trainer) throw new NotFoundException(NOT_ACTING);
    const sessionId = await this.dataSource.transaction(async (transaction) => {
      const [still]: unknown[] = await transaction.query(
        `SELECT 1 FROM person WHERE id = $1 AND backoffice_role = 'formateur'`,
        [trainer.personId],
      );
      if (!still) throw new NotFoundException(NOT_ACTING);
      await this.sessions.close(transaction, session.idHash);
      return this.sessions.open(transaction, trainer.personId, { mustChangePassword: false, spaceId: null });
    });
    setSessionCookie(response, sessionId, this.settings.publicUrl);
    return { redirectTo: CONSOLE_URL };
  }
}

/** Where the portal lands a person after login (libs/portal/identity landing.ts, homeUrlOf). */
function landing(session: {
  mustChangePassword: boolean;
  spaces: SpaceSummary[];
  spaceId: string | null;
  backofficeRole: string | null;
}): string {
  if (session.mustChangePassword) return '/mot-de-passe/changer';
  if (session.spaceId === null && session.spaces.length > 0) return '/espace/choisir';
  if (session.spaces.length === 0 && session.backofficeRole === 'conseiller') return '/conseiller';
  return '/espace';
}
