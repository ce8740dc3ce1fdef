import type { BackofficeRole, SpaceKind, SpaceRole, SpaceStatus } from '@portail/domain';
import { hashSync } from 'bcrypt';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface PersonFixture {
  id: string;
  email: string;
  password: string;
}

/** A person who can log in, straight in the database (the signup is tested on its own). */
export async function createPerson(
  dataSource: DataSource,
  options: {
    email?: string;
    password?: string;
    provisional?: boolean;
    nir?: string | null;
    firstName?: string;
    lastName?: string;
    backofficeRole?: BackofficeRole | null;
  } = {},
): Promise<PersonFixture> {
  const email = options.email ?? `personne-${randomBytes(4).toString('hex')}@exemple.fr`;
  const password = options.password ?? 'Kp7wZ2qa';
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO person (email, civility, first_name, last_name, nir, password_hash, password_provisional,
                         email_verified_at, backoffice_role, created_at)
     VALUES ($1, 'Mme', $2, $3, $4, $5, $6, now(), $7, now()) RETURNING id`,
    [
      email,
      options.firstName ?? 'Claire',
      options.lastName ?? 'Martin',
      options.nir ?? null,
      hashSync(password, 4),
      options.provisional ?? false,
      options.backofficeRole ?? null,
    ],
  );
  return { id, email, password };
}

/** A space and the person's membership of it. */
export async function createSpace(
  dataSource: DataSource,
  member: { personId: string; role?: SpaceRole; primary?: boolean },
  options: { kind?: SpaceKind; name?: string; siret?: string | null; status?: SpaceStatus } = {},
): Promise<string> {
  const kind = options.kind ?? 'tiers';
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO space (kind, name, siret, category, status, created_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [
      kind,
      options.name ?? 'Cabinet Martin',
      options.siret ?? null,
      kind === 'tiers' ? 'expert-comptable' : null,
      options.status ?? 'actif',
    ],
  );
  await dataSource.query(
    `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at) VALUES ($1, $2, $3, $4, now())`,
    [id, member.personId, member.role ?? (kind === 'tiers' ? 'administrateur' : 'titulaire'), member.primary ?? kind === 'tiers'],
  );
  return id;
}
