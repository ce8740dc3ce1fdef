import { validatePassword } from './password-policy';
import { refuse, type Validation } from './validation';

/**
 * The most common passwords that the 8-character rule still accepts (from public leak rankings,
 * French ones included). The rule allows about 47 bits; these would fall in the first guesses.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
    'abcd1234', '1234abcd', 'abc12345', '12345abc', 'a1234567', '1234567a', 'qwerty12', 'azerty12',
    'azerty01', 'azert123', '1azerty2', 'passw0rd', 'p4ssword', 'pa55word', 'passe123', 'motdepa1',
    'soleil12', 'soleil13', 'nicolas1', 'chouch0u', 'marseil1', 'loulou12', 'doudou12', 'bonjour1',
    'bonjour2', 'coucou12', 'france12', 'paris123', 'iloveyo1', 'letmein1', 'welcome1', 'monkey12',
    'dragon12', 'master12', 'shadow12', 'sunshin1', 'footbal1', 'basebal1', 'trustno1', 'superma1',
    'michael1', 'jessica1', 'charlie1', 'qazwsx12', '1qaz2wsx', 'zaq12wsx', '1q2w3e4r', 'q1w2e3r4',
    'a1b2c3d4', 'aa123456', 'qwe12345', 'asd12345', 'zxc12345', '123qwe12', 'abcdef12', 'aaaaaa11',
    'test1234', 'admin123', 'user1234', 'urssaf12', 'urssaf01', 'compta12', 'compta01', 'cabinet1',
    'expert12',
]);

export interface PasswordOwner {
  firstName?: string | null;
  lastName?: string | null;
  siret?: string | null;
}

/**
 * The product rule, plus what the rule alone lets through: the most common passwords and a
 * password built on the person's own name or SIRET/SIREN. Checked by the API on every new password.
 */
export function validateNewPassword(password: string, owner: PasswordOwner = {}): Validation {
  const rule = validatePassword(password);
  if (!rule.valid) return rule;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) {
    return refuse('password-policy', 'Ce mot de passe fait partie des plus courants : choisissez-en un autre.');
  }
  const names = [owner.firstName, owner.lastName]
    .map((name) => (name ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, ''))
    .filter((name) => name.length >= 3);
  if (names.some((name) => lower.includes(name))) {
    return refuse('password-policy', 'Le mot de passe ne doit pas contenir votre nom ni votre prénom.');
  }
  const digits = (owner.siret ?? '').replace(/\D/g, '');
  if (digits.length >= 9 && lower.replace(/\D/g, '').length >= 6 && digits.includes(lower.replace(/\D/g, ''))) {
    return refuse('password-policy', 'Le mot de passe ne doit pas reprendre votre SIRET ou votre SIREN.');
  }
  return rule;
}
