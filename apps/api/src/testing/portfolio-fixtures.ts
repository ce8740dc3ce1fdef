import { SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import { isLuhnValid, normaliseSecretAnswer } from '@portail/domain';
import { hashSync } from 'bcrypt';
import { randomBytes, randomInt } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { createPerson, createSpace } from './identity-fixtures';
import type { TestApp } from './create-test-app';

export interface ContributorFixture {
  id: string;
  siren: string | null;
  nir: string | null;
  tiNumber: string;
  email: string;
  answers: [string, string];
}

/** `body` followed by the digit that makes it Luhn-valid (SIREN, SIRET). */
export function luhnComplete(body: string): string {
  const digit = [...'0123456789'].find((candidate) => isLuhnValid(body + candidate));
  if (digit === undefined) throw new Error('unreachable: one digit always completes a Luhn number');
  return body + digit;
}

/** Random numbers never handed out twice in this process (the matrix test creates thousands of contributors). */
const handedOut = new Set<string>();
function unique(draw: () => string): string {
  for (;;) {
    const value = draw();
    if (!handedOut.has(value)) {
      handedOut.add(value);
      return value;
    }
  }
}

/**
 * A SIREN no other test of the file uses (random body, valid checksum), and that the sandbox's
 * directory does not hold: its thousands of generated SIRENs start with 1 to 8, its hand-written
 * ones are skipped (a random body among 90 million would meet one of 6,300 now and then).
 */
export function freshSiren(): string {
  return unique(() => {
    for (;;) {
      const siren = luhnComplete(String(randomInt(90_000_000, 99_999_999)));
      if (!SANDBOX_DIRECTORY.some((entry) => entry.siren === siren)) return siren;
    }
  });
}

export function freshNir(): string {
  const body = unique(() => `1${randomInt(50, 99)}0${randomInt(1, 9)}75${String(randomInt(100, 999))}${String(randomInt(100, 999))}`);
  const key = String(97n - (BigInt(body) % 97n)).padStart(2, '0');
  return body + key;
}

/** A contributor of the directory, straight in the database, with cheap hashes of its answers. */
export async function createContributor(
  dataSource: DataSource,
  options: { kind?: 'entreprise' | 'gerant-sans-siret'; lastName?: string; answers?: [string, string]; personId?: string } = {},
): Promise<ContributorFixture> {
  const kind = options.kind ?? 'entreprise';
  const siren = kind === 'entreprise' ? freshSiren() : null;
  const nir = kind === 'gerant-sans-siret' ? freshNir() : null;
  const tiNumber = unique(() => String(randomInt(10_000_000, 99_999_999)).padStart(11, '7'));
  const answers = options.answers ?? ['Saint-Étienne', 'Noisette'];
  const email = `ti-${randomBytes(4).toString('hex')}@exemple.fr`;
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO contributor (kind, siren, nir, ti_number, civility, first_name, last_name, trade_name, email, address_line,
                              postal_code, city, secret_question_1, secret_answer_1_hash, secret_question_2, secret_answer_2_hash,
                              reference_income_cents, person_id, created_at)
     VALUES ($1, $2, $3, $4, 'Mme', 'Sophie', $5, NULL, $6, '1 rue de la Paix', '75002', 'Paris',
             'Quelle est la ville de naissance de votre mère ?', $7, 'Quel était le nom de votre premier animal de compagnie ?', $8,
             3000000, $9, now())
     RETURNING id`,
    [
      kind,
      siren,
      nir,
      tiNumber,
      options.lastName ?? 'Martin',
      email,
      hashSync(normaliseSecretAnswer(answers[0]), 4),
      hashSync(normaliseSecretAnswer(answers[1]), 4),
      options.personId ?? null,
    ],
  );
  return { id, siren, nir, tiNumber, email, answers };
}

/** An administrator of a finalised tiers space, logged in. */
export async function loggedInAccountant(test: TestApp, firmName = 'Cabinet Test'): Promise<{ client: TestAgent; personId: string; spaceId: string }> {
  const person = await createPerson(test.dataSource, { email: `admin-${randomBytes(4).toString('hex')}@cabinet.fr` });
  const spaceId = await createSpace(test.dataSource, { personId: person.id }, { name: firmName, siret: luhnComplete(`${randomInt(10_000_000, 99_999_999)}0001`) });
  const client = await test.newClient();
  await client.post('/api/auth/login').send({ identifier: person.email, password: person.password }).expect(200);
  return { client, personId: person.id, spaceId };
}

/** The security code printed on the newest letter about this attachment. */
export async function securityCodeOf(dataSource: DataSource, attachmentId: string): Promise<string> {
  const [letter]: { body: string }[] = await dataSource.query(
    `SELECT body FROM outbound_message WHERE kind = 'letter' AND related_entity_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [attachmentId],
  );
  const code = /Votre code de sécurité : ([A-Z0-9-]+)/.exec(letter?.body ?? '')?.[1];
  if (!code) throw new Error('no letter with a code for this attachment');
  return code;
}
