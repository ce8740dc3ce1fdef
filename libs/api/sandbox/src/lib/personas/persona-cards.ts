import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonaCard, PersonaIdentifier } from '@portail/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { currentScenario } from '../reset/reset-log';
import { planOf } from '../scenarios/scenario-catalogue';
import type { PlannedPerson, ScenarioPlan } from '../scenarios/scenario-plan';
import { Trainees } from '../trainees/trainees';
import { clientIdentifiers, clientName, entryOf, secretAnswersOf } from './client-card';

/** A card, and the person « Agir en tant que » opens a session for (null: no account to act as). */
export interface ActableCard extends PersonaCard {
  personId: string | null;
}

interface AccountRow {
  id: string;
  email: string;
  /** A password, not a Formateur, and not every access ended: a login would open a session. */
  can_log_in: boolean;
}

const PASSWORD = 'Mot de passe';
const EMAIL = 'Adresse courriel';

/**
 * The personas of the scenario the sandbox holds now, as the trainer's console shows them: the
 * back-office staff, accountants, collaborators and TIs of the scenario, its directory clients
 * (with their secret answers, so that a trainee can play the client), the trainees last. Whether
 * one can be acted as is read from the database: an account someone deleted or deactivated since
 * the reset is shown as it is.
 */
@Injectable()
export class PersonaCards {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainees: Trainees,
  ) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<ActableCard[]> {
    const plan = planOf(await currentScenario(manager));
    const traineeCards = await this.trainees.list(manager);
    const clientEntries = plan.clientCards.map((card) => ({ card, entry: entryOf(card) }));
    const accounts: AccountRow[] = await manager.query(
      `SELECT person.id, lower(person.email) AS email,
              person.password_hash IS NOT NULL AND person.backoffice_role IS DISTINCT FROM 'formateur'
                AND coalesce((SELECT NOT bool_and(space_member.status = 'desactive') FROM space_member WHERE space_member.person_id = person.id), true)
                AS can_log_in
         FROM person WHERE lower(person.email) = ANY($1::text[])
       UNION ALL
       SELECT person.id, 'client:' || contributor.ti_number, person.password_hash IS NOT NULL
         FROM contributor JOIN person ON person.id = contributor.person_id
        WHERE contributor.ti_number = ANY($2::text[])`,
      [
        [
          ...plan.people.map((person) => person.email.toLowerCase()),
          ...traineeCards.map((trainee) => trainee.email.toLowerCase()),
        ],
        clientEntries.map(({ entry }) => entry.tiNumber),
      ],
    );
    const accountOf = (key: string) => accounts.find((account) => account.email === key.toLowerCase());
    const actable = (key: string) => {
      const account = accountOf(key);
      return { personId: account?.can_log_in ? account.id : null, canActAs: account?.can_log_in ?? false };
    };
    const people: ActableCard[] = plan.people.flatMap((person) => {
      const card = person.card;
      if (!card) return [];
      const entry = card.tiNumber ? entryOf({ tiNumber: card.tiNumber }) : null;
      const key = person.email.toLowerCase();
      return [
        {
          key,
          kind: card.kind,
          label: card.label,
          name: `${person.firstName} ${person.lastName}`,
          identifiers: identifiersOf(person, plan),
          secretAnswers: entry ? secretAnswersOf(entry) : [],
          ...actable(key),
        },
      ];
    });
    const clients: ActableCard[] = clientEntries.map(({ card, entry }) => {
      const key = `client:${entry.tiNumber}`;
      return {
        key,
        kind: 'client',
        label: card.label,
        name: clientName(entry),
        identifiers: clientIdentifiers(entry),
        secretAnswers: secretAnswersOf(entry),
        ...actable(key),
      };
    });
    const trainees: ActableCard[] = traineeCards.map((trainee) => {
      const key = trainee.email.toLowerCase();
      return {
        key,
        kind: 'stagiaire',
        label: trainee.accountExists
          ? `Stagiaire : ${trainee.firmName}`
          : `Stagiaire : ${trainee.firmName} (compte à créer par l’inscription)`,
        name: trainee.name,
        identifiers: [
          { label: EMAIL, value: trainee.email },
          { label: 'SIRET', value: trainee.siret },
          { label: PASSWORD, value: trainee.password },
        ],
        secretAnswers: [],
        ...actable(key),
      };
    });
    return [...people, ...clients, ...trainees];
  }
}

/** As the persona would type them at « Se connecter »: the e-mail (or NIR, SIRET) and the password. */
function identifiersOf(person: PlannedPerson, plan: ScenarioPlan): PersonaIdentifier[] {
  const identifiers: PersonaIdentifier[] = [];
  if (person.nir) identifiers.push({ label: 'NIR (identifiant de connexion, sans la clé)', value: person.nir });
  identifiers.push({ label: EMAIL, value: person.email });
  const firm = plan.spaces.find(
    (space) =>
      space.kind === 'tiers' && space.members.some((member) => member.primary && member.email === person.email),
  );
  if (firm?.siret) identifiers.push({ label: 'SIRET du cabinet', value: firm.siret });
  identifiers.push({ label: PASSWORD, value: person.password ?? 'aucun pour l’instant' });
  return identifiers;
}
