import type { OutboundMessageDetail, OutboundMessageSummary, SignupRequest } from '@portail/domain';
import { randomBytes, randomInt } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';

/**
 * Test-only helpers for the signup and e-mail-link specs. The SIRETs are made with an
 * independent Luhn computation, so that a mistake in libs/domain does not hide itself.
 */
export function luhnCheckDigit(payload: string): string {
  let total = 0;
  Array.from(payload)
    .reverse()
    .forEach((char, index) => {
      const digit = Number(char);
      // The check digit will sit at the far right: the payload's last digit is the first doubled.
      total += index % 2 === 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    });
  return String((10 - (total % 10)) % 10);
}

/** A fresh, valid SIRET (never La Poste's SIREN, which has its own rule). */
export function newSiret(): string {
  const payload = `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, '0')}`;
  return payload.startsWith('356000000') ? newSiret() : payload + luhnCheckDigit(payload);
}

export function newEmail(prefix = 'cabinet'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@exemple.fr`;
}

export function signupRequest(overrides: Partial<SignupRequest> = {}): SignupRequest {
  return {
    profile: 'tiers-mandate',
    siret: newSiret(),
    category: 'expert-comptable',
    email: newEmail(),
    civility: 'Mme',
    lastName: 'Martin',
    firstName: 'Claire',
    companyName: 'Cabinet Martin',
    phone: '+33 1 23 45 67 89',
    ...overrides,
  };
}

/** A password the product rule accepts and no owner's name or SIRET contains. */
export const GOOD_PASSWORD = 'Kq7wZ2xa';

/** The e-mails of a recipient in the simulated mailbox, newest first. */
export async function emailsTo(api: TestAgent, recipient: string): Promise<OutboundMessageSummary[]> {
  const response = await api.get('/api/sandbox/messages').query({ kind: 'email', recipient }).expect(200);
  return (response.body as { items: OutboundMessageSummary[] }).items;
}

export async function latestEmailTo(api: TestAgent, recipient: string): Promise<OutboundMessageDetail> {
  const [latest] = await emailsTo(api, recipient);
  if (!latest) throw new Error(`no e-mail to ${recipient}`);
  return (await api.get(`/api/sandbox/messages/${latest.id}`).expect(200)).body as OutboundMessageDetail;
}

/** The token of the link labelled `label`, checking the portal page it opens. */
export function tokenOfLink(message: OutboundMessageDetail, label: string, path: string): string {
  const link = message.links.find((candidate) => candidate.label === label);
  if (!link) throw new Error(`no link « ${label} » in « ${message.subject} »`);
  const url = new URL(link.href, 'http://portail.test');
  if (url.pathname !== path) throw new Error(`the link « ${label} » opens ${url.pathname}, not ${path}`);
  const token = url.searchParams.get('token');
  if (!token) throw new Error(`the link « ${label} » carries no token`);
  return token;
}

/** Steps 4 to 7: returns the validation link's token. */
export async function submitSignup(api: TestAgent, request: SignupRequest): Promise<string> {
  await api.post('/api/signup').send(request).expect(201);
  return tokenOfLink(await latestEmailTo(api, request.email), 'Valider mon adresse courriel', '/inscription/validation');
}

/** Steps 4 to 9 through the API: a signup whose administrator has a provisional password. */
export async function completeSignup(
  api: TestAgent,
  overrides: Partial<SignupRequest> = {},
): Promise<SignupRequest & { password: string }> {
  const request = signupRequest(overrides);
  const token = await submitSignup(api, request);
  const validated = await api.post('/api/signup/validate-email').send({ token }).expect(200);
  await api.post('/api/signup/password').send({ token: validated.body.passwordToken, password: GOOD_PASSWORD }).expect(204);
  return { ...request, password: GOOD_PASSWORD };
}
