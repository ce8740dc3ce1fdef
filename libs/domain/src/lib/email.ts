import { accept, readText, refuse, type Validation } from './validation';

/** RFC 5321 limits a forward path to 256 octets, i.e. 254 for the address between the brackets. */
export const EMAIL_MAX_LENGTH = 254;

export const EMAIL_MESSAGES = {
  required: "L'adresse courriel est obligatoire.",
  tooLong: `L'adresse courriel ne doit pas dépasser ${EMAIL_MAX_LENGTH} caractères.`,
  spaces: "L'adresse courriel ne doit pas contenir d'espace.",
  singleAt:
    "L'adresse courriel doit contenir un et un seul caractère @ (par exemple nom@exemple.fr).",
  localPart: "L'adresse courriel doit comporter un nom avant le @ (par exemple nom@exemple.fr).",
  domain:
    "L'adresse courriel doit se terminer par un domaine valide après le @ (par exemple nom@exemple.fr).",
} as const;

/**
 * Trims and lower-cases the domain. The local part keeps its case: RFC 5321 lets a mail server
 * treat « Jean.Dupont » and « jean.dupont » as different mailboxes. Non-strings give ''.
 */
export function normalizeEmail(input: string): string {
  const text = readText(input);
  if (text === null) {
    return '';
  }
  const trimmed = text.trim();
  const lastAt = trimmed.lastIndexOf('@');
  if (lastAt < 0) {
    return trimmed;
  }
  return trimmed.slice(0, lastAt + 1) + trimmed.slice(lastAt + 1).toLowerCase();
}

/** At least one dot and no empty label: « exemple.fr », not « exemple » nor « exemple..fr ». */
function isPlausibleDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}

/**
 * Refuses only what is obviously wrong; whether the mailbox exists is proved by the validation
 * link sent to it, not by a stricter pattern. The value returned is normalizeEmail(input).
 */
export function validateEmail(input: string): Validation {
  if (readText(input) === null) {
    return refuse('format', EMAIL_MESSAGES.singleAt);
  }
  const email = normalizeEmail(input);
  if (email === '') {
    return refuse('required', EMAIL_MESSAGES.required);
  }
  if (email.length > EMAIL_MAX_LENGTH) {
    return refuse('too-long', EMAIL_MESSAGES.tooLong);
  }
  if (/\s/.test(email)) {
    return refuse('format', EMAIL_MESSAGES.spaces);
  }
  const parts = email.split('@');
  if (parts.length !== 2) {
    return refuse('format', EMAIL_MESSAGES.singleAt);
  }
  const [localPart, domain] = parts;
  if (localPart === '') {
    return refuse('format', EMAIL_MESSAGES.localPart);
  }
  if (!isPlausibleDomain(domain)) {
    return refuse('format', EMAIL_MESSAGES.domain);
  }
  return accept(email);
}

export function isValidEmail(input: string): boolean {
  return validateEmail(input).valid;
}
