import { contributorName, nameKey } from '@portail/api-portfolio';
import type { FirmRight, OutboundMessageDetail } from '@portail/domain';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import type { TestApp } from './create-test-app';
import { createPerson, type PersonFixture } from './identity-fixtures';
import { createContributor } from './portfolio-fixtures';

export interface ClientFixture {
  /** The attachment's id: the client's id in the portfolio. */
  id: string;
  contributorId: string;
  siren: string | null;
  /** « DUPONT Sophie ». */
  name: string;
}

/** The administrator's own portfolio, created at their first visit as PortfolioScope does. */
export async function portfolioOf(test: TestApp, admin: { client: TestAgent; personId: string; spaceId: string }): Promise<string> {
  await admin.client.get('/api/portfolio/summary').expect(200);
  const [{ id }]: { id: string }[] = await test.dataSource.query(`SELECT id FROM portfolio WHERE space_id = $1 AND owner_person_id = $2`, [
    admin.spaceId,
    admin.personId,
  ]);
  return id;
}

/** Clients straight in a portfolio (the « Ajouter un client » flow is tested on its own), attached unless told. */
export async function addClients(
  dataSource: DataSource,
  portfolioId: string,
  lastNames: string[],
  status: 'en-attente' | 'rattache' = 'rattache',
): Promise<ClientFixture[]> {
  const clients: ClientFixture[] = [];
  for (const lastName of lastNames) {
    const contributor = await createContributor(dataSource, { lastName });
    const name = contributorName({ firstName: 'Sophie', lastName });
    const [{ id }]: { id: string }[] = await dataSource.query(
      `INSERT INTO attachment (portfolio_id, contributor_id, status, name_key, siren, created_at, attached_at)
       VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $6 THEN now() END) RETURNING id`,
      [portfolioId, contributor.id, status, nameKey(name), contributor.siren, status === 'rattache'],
    );
    clients.push({ id, contributorId: contributor.id, siren: contributor.siren, name });
  }
  return clients;
}

/** An active member of a tiers space who can log in: a collaborator of `portfolioId` by default. */
export async function createMember(
  dataSource: DataSource,
  member: { spaceId: string; portfolioId?: string | null; invitedBy?: string; rights?: FirmRight[]; role?: 'collaborateur' | 'administrateur' },
  person: { email?: string; firstName?: string; lastName?: string } = {},
): Promise<PersonFixture> {
  const fixture = await createPerson(dataSource, person);
  const role = member.role ?? 'collaborateur';
  await dataSource.query(
    `INSERT INTO space_member (space_id, person_id, role, is_primary, created_at, status, rights, portfolio_id, invited_by)
     VALUES ($1, $2, $3, false, now(), 'actif', $4, $5, $6)`,
    [member.spaceId, fixture.id, role, member.rights ?? [], role === 'collaborateur' ? (member.portfolioId ?? null) : null, member.invitedBy ?? null],
  );
  return fixture;
}

export async function loggedIn(test: TestApp, person: Pick<PersonFixture, 'email' | 'password'>): Promise<TestAgent> {
  const client = await test.newClient();
  await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
  return client;
}

/** The newest e-mail to this address, read through the sandbox mailbox as a trainee would. */
export async function lastEmailTo(test: TestApp, recipient: string): Promise<OutboundMessageDetail> {
  const page = await test.api.get('/api/sandbox/messages').query({ recipient, limit: 1 }).expect(200);
  const [newest] = page.body.items as { id: string }[];
  if (!newest) throw new Error(`no e-mail to ${recipient}`);
  return (await test.api.get(`/api/sandbox/messages/${newest.id}`).expect(200)).body as OutboundMessageDetail;
}

/** The token of the « Activer mon compte » link of the newest e-mail to this address. */
export async function activationTokenOf(test: TestApp, recipient: string): Promise<string> {
  const email = await lastEmailTo(test, recipient);
  const href = email.links.find((link) => link.href.startsWith('/activation?jeton='))?.href;
  if (!href) throw new Error(`no activation link in the last e-mail to ${recipient}`);
  return decodeURIComponent(href.slice('/activation?jeton='.length));
}

export function newAccount(overrides: Partial<{ role: string; civility: string; firstName: string; lastName: string; email: string; rights: unknown }> = {}) {
  return {
    role: 'collaborateur',
    civility: 'M',
    firstName: 'Julien',
    lastName: 'Moreau',
    email: `julien.moreau.${Math.random().toString(36).slice(2, 8)}@cabinet.fr`,
    rights: ['consultation-cotisations'],
    ...overrides,
  };
}
