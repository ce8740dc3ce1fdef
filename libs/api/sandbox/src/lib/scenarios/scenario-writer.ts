import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { clientRows } from './client-rows';
import type { ScenarioPlan, SeededIds } from './scenario-plan';

/*
 * Writes a ScenarioPlan in a few set-based statements (one INSERT … SELECT FROM unnest per table):
 * ids are chosen here (random UUIDs), so that members, portfolios and assignments need no
 * round trip to learn them. Passwords come already hashed (see PersonaPasswords).
 */

/** The people and their spaces, memberships and the administrators' (empty) portfolios. */
export async function writePeopleAndSpaces(
  transaction: EntityManager,
  plan: ScenarioPlan,
  hashes: Map<string, string>,
  now: Date,
): Promise<SeededIds> {
  // People already there (the Formateur, whom a reset keeps) are members as they are, never written twice.
  const existing: { id: string; email: string }[] = await transaction.query(
    `SELECT id, lower(email) AS email FROM person WHERE lower(email) = ANY($1::text[])`,
    [plan.people.map((person) => person.email.toLowerCase())],
  );
  const personByEmail = new Map(existing.map((person) => [person.email, person.id]));
  const people = plan.people
    .filter((person) => !personByEmail.has(person.email.toLowerCase()))
    .map((person) => ({ ...person, id: randomUUID() }));
  for (const person of people) personByEmail.set(person.email.toLowerCase(), person.id);
  if (people.length > 0) {
    await transaction.query(
      `INSERT INTO person (id, email, civility, first_name, last_name, nir, password_hash, password_provisional,
                             email_verified_at, backoffice_role, migrated_from_secu, created_at)
         SELECT id, email, civility, first_name, last_name, nir, password_hash, provisional,
                CASE WHEN verified THEN $13::timestamptz - hours_ago * interval '1 hour' END, role::backoffice_role, migrated,
                $13::timestamptz - hours_ago * interval '1 hour'
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
                       $9::boolean[], $10::text[], $11::boolean[], $12::int[])
                AS planned(id, email, civility, first_name, last_name, nir, password_hash, provisional, verified, role, migrated, hours_ago)`,
      [
        people.map((person) => person.id),
        people.map((person) => person.email),
        people.map((person) => person.civility ?? null),
        people.map((person) => person.firstName),
        people.map((person) => person.lastName),
        people.map((person) => person.nir ?? null),
        people.map((person) => (person.password ? hashOf(hashes, person.password) : null)),
        people.map((person) => person.provisional ?? false),
        people.map((person) => person.emailVerified ?? true),
        people.map((person) => person.backofficeRole ?? null),
        people.map((person) => person.migratedFromSecu ?? false),
        people.map((person) => person.createdHoursAgo ?? 0),
        now,
      ],
    );
  }
  const spaces = plan.spaces.map((space) => ({ ...space, id: randomUUID() }));
  const spaceBySiret = new Map(
    spaces.flatMap((space) => (space.kind === 'tiers' && space.siret ? [[space.siret, space.id] as const] : [])),
  );
  const personOf = (email: string) => {
    const id = personByEmail.get(email.toLowerCase());
    if (!id) throw new Error(`scenario ${plan.key}: ${email} is a member but not a planned person`);
    return id;
  };
  // Each tiers space's primary administrator owns its portfolio; collaborators work in it.
  const portfolios = spaces.flatMap((space) => {
    const primary = space.members.find((member) => member.primary);
    return space.kind === 'tiers' && primary
      ? [{ id: randomUUID(), spaceId: space.id, owner: personOf(primary.email), siret: space.siret }]
      : [];
  });
  const portfolioBySiret = new Map(
    portfolios.flatMap((portfolio) => (portfolio.siret ? [[portfolio.siret, portfolio.id] as const] : [])),
  );
  if (spaces.length === 0) return { personByEmail, spaceBySiret, portfolioBySiret };
  await transaction.query(
    `INSERT INTO space (id, kind, name, siret, category, status, created_at, finalised_at)
       SELECT id, kind::space_kind, name, siret, CASE WHEN kind = 'tiers' THEN 'expert-comptable' END, status::space_status, $6,
              CASE WHEN status = 'actif' THEN $6::timestamptz END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS planned(id, kind, name, siret, status)`,
    [
      spaces.map((space) => space.id),
      spaces.map((space) => space.kind),
      spaces.map((space) => space.name),
      spaces.map((space) => space.siret ?? null),
      spaces.map((space) => space.status),
      now,
    ],
  );
  await transaction.query(
    `INSERT INTO portfolio (id, space_id, owner_person_id, created_at) SELECT id, space_id, owner, $4 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS planned(id, space_id, owner)`,
    [
      portfolios.map((portfolio) => portfolio.id),
      portfolios.map((portfolio) => portfolio.spaceId),
      portfolios.map((portfolio) => portfolio.owner),
      now,
    ],
  );
  const members = spaces.flatMap((space) => {
    const portfolio = portfolios.find((candidate) => candidate.spaceId === space.id);
    return space.members.map((member) => ({
      ...member,
      spaceId: space.id,
      personId: personOf(member.email),
      // Collaborators work in the primary administrator's portfolio, invited by them.
      portfolioId: member.role === 'collaborateur' ? (portfolio?.id ?? null) : null,
      invitedBy: member.role === 'collaborateur' ? (portfolio?.owner ?? null) : null,
    }));
  });
  await transaction.query(
    `INSERT INTO space_member (space_id, person_id, role, is_primary, status, rights, portfolio_id, invited_by, deactivated_at, created_at)
       SELECT space_id, person_id, role::space_role, is_primary, status::member_status,
              CASE WHEN rights = '' THEN '{}'::text[] ELSE string_to_array(rights, ',') END,
              portfolio_id, invited_by, CASE WHEN status = 'desactive' THEN $9::timestamptz END, $9
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::text[], $6::text[], $7::uuid[], $8::uuid[])
              AS planned(space_id, person_id, role, is_primary, status, rights, portfolio_id, invited_by)`,
    [
      members.map((member) => member.spaceId),
      members.map((member) => member.personId),
      members.map((member) => member.role),
      members.map((member) => member.primary ?? false),
      members.map((member) => member.status ?? 'actif'),
      // A text per member (arrays of arrays must be rectangular in PostgreSQL).
      members.map((member) => (member.rights ?? []).join(',')),
      members.map((member) => member.portfolioId),
      members.map((member) => member.invitedBy),
      now,
    ],
  );
  return { personByEmail, spaceBySiret, portfolioBySiret };
}

/** Every planned client of every firm, in one INSERT (the PortfolioCounts triggers count them once). */
export async function writeClients(
  transaction: EntityManager,
  plan: ScenarioPlan,
  seeded: SeededIds,
  now: Date,
): Promise<number> {
  const rows = plan.spaces.flatMap((space) => {
    const portfolioId = space.siret ? seeded.portfolioBySiret.get(space.siret) : undefined;
    return portfolioId ? (space.clients ?? []).flatMap((clients) => clientRows(portfolioId, clients)) : [];
  });
  if (rows.length === 0) return 0;
  const [{ inserted }]: { inserted: number }[] = await transaction.query(
    `WITH inserted AS (
       INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, failed_tries, created_at, attached_at)
       SELECT wanted.portfolio_id, contributor.id, wanted.status::attachment_status, wanted.name_key, contributor.siren, wanted.failed_tries,
              $7::timestamptz - wanted.minutes_ago * interval '1 minute',
              CASE WHEN wanted.status = 'rattache'
                   THEN least($7::timestamptz, $7::timestamptz - wanted.minutes_ago * interval '1 minute' + interval '2 days') END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[])
              AS wanted(portfolio_id, ti_number, status, name_key, failed_tries, minutes_ago)
         JOIN contributor ON contributor.ti_number = wanted.ti_number
       RETURNING 1)
       SELECT count(*)::int AS inserted FROM inserted`,
    [
      rows.map((row) => row.portfolioId),
      rows.map((row) => row.tiNumber),
      rows.map((row) => row.status),
      rows.map((row) => row.nameKey),
      rows.map((row) => row.failedTries),
      rows.map((row) => row.minutesAgo),
      now,
    ],
  );
  if (inserted !== rows.length)
    throw new Error(`scenario ${plan.key}: ${rows.length - inserted} planned clients are missing from the directory`);
  return inserted;
}

/** Each collaborator's sub-portfolio: the first clients of the portfolio by name (one INSERT each, few collaborators). */
export async function writeSubPortfolios(
  transaction: EntityManager,
  plan: ScenarioPlan,
  seeded: SeededIds,
  now: Date,
): Promise<void> {
  for (const space of plan.spaces) {
    const portfolioId = space.siret ? seeded.portfolioBySiret.get(space.siret) : undefined;
    const owner = space.members.find((member) => member.primary);
    if (!portfolioId || !owner) continue;
    for (const member of space.members.filter((candidate) => candidate.subPortfolio)) {
      await transaction.query(
        `INSERT INTO client_assignment (person_id, attachment_id, assigned_by, assigned_at)
           SELECT $1, id, $3, $4 FROM attachment
            WHERE portfolio_id = $2 AND ($6::text IS NULL OR status = $6::attachment_status)
            ORDER BY name_key, id LIMIT $5`,
        [
          seeded.personByEmail.get(member.email.toLowerCase()),
          portfolioId,
          seeded.personByEmail.get(owner.email.toLowerCase()),
          now,
          member.subPortfolio?.clients,
          member.subPortfolio?.status ?? null,
        ],
      );
    }
  }
}

/** A TI's own space shows their directory record: persons are linked to it by NIR. */
export async function linkContributors(transaction: EntityManager): Promise<void> {
  await transaction.query(
    `UPDATE contributor SET person_id = person.id FROM person
      WHERE contributor.person_id IS NULL AND contributor.nir IS NOT NULL AND person.nir = left(contributor.nir, 13)`,
  );
}

function hashOf(hashes: Map<string, string>, password: string): string {
  const hash = hashes.get(password);
  if (!hash) throw new Error('ScenarioWriter: a password was not hashed beforehand');
  return hash;
}
