import { accept, readText, refuse, type Validation } from './validation';

export const PASSWORD_LENGTH = 8;

/**
 * The product rule, usable as is by Angular's Validators.pattern. Only unaccented ASCII letters
 * count as letters: « é » is a special character.
 */
export const PASSWORD_PATTERN = /^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9]{8}$/;

export interface PasswordCriteria {
  exactLength: boolean;
  hasLetter: boolean;
  hasDigit: boolean;
  onlyLettersAndDigits: boolean;
}

export type PasswordCriterion = keyof PasswordCriteria;

/** Display order of the live checklist under the password field. */
export const PASSWORD_CRITERIA_ORDER: readonly PasswordCriterion[] = [
  'exactLength',
  'hasLetter',
  'hasDigit',
  'onlyLettersAndDigits',
];

export const PASSWORD_CRITERION_LABELS: Readonly<Record<PasswordCriterion, string>> = {
  exactLength: 'Exactement 8 caractères',
  hasLetter: 'Au moins 1 lettre',
  hasDigit: 'Au moins 1 chiffre',
  onlyLettersAndDigits: 'Sans caractères spéciaux',
};

/** How each unmet criterion reads after « Le mot de passe doit … ». */
const UNMET_CRITERION_PHRASES: Readonly<Record<PasswordCriterion, string>> = {
  exactLength: 'comporter exactement 8 caractères',
  hasLetter: 'contenir au moins 1 lettre',
  hasDigit: 'contenir au moins 1 chiffre',
  onlyLettersAndDigits:
    'ne contenir que des lettres non accentuées et des chiffres, sans espace ni caractère spécial',
};

export const PASSWORD_REQUIRED_MESSAGE = 'Le mot de passe est obligatoire.';

/**
 * Each criterion separately, for the live checklist. Length counts characters as a person sees
 * them (code points), so an emoji counts as one. All four are true exactly when PASSWORD_PATTERN
 * matches. Non-strings meet no criterion.
 */
export function passwordCriteria(password: string): PasswordCriteria {
  const text = typeof password === 'string' ? password : '';
  return {
    exactLength: Array.from(text).length === PASSWORD_LENGTH,
    hasLetter: /[A-Za-z]/.test(text),
    hasDigit: /[0-9]/.test(text),
    onlyLettersAndDigits: /^[A-Za-z0-9]*$/.test(text),
  };
}

function joinFrench(phrases: readonly string[]): string {
  if (phrases.length <= 1) {
    return phrases.join('');
  }
  return `${phrases.slice(0, -1).join(', ')} et ${phrases[phrases.length - 1]}`;
}

/**
 * The password exactly as typed: never trimmed, truncated nor case-folded, since doing so would
 * silently accept a password other than the one the person will type next time.
 */
export function validatePassword(password: string): Validation {
  const text = readText(password) ?? '';
  if (text === '') {
    return refuse('required', PASSWORD_REQUIRED_MESSAGE);
  }
  const criteria = passwordCriteria(text);
  const unmet = PASSWORD_CRITERIA_ORDER.filter((criterion) => !criteria[criterion]);
  if (unmet.length > 0) {
    const phrases = unmet.map((criterion) => UNMET_CRITERION_PHRASES[criterion]);
    return refuse('password-policy', `Le mot de passe doit ${joinFrench(phrases)}.`);
  }
  return accept(text);
}

export function isValidPassword(password: string): boolean {
  return validatePassword(password).valid;
}
