import { isLuhnValid, validateNewPassword } from '@portail/domain';
import { randomInt } from 'node:crypto';

/** Readable: no look-alikes (l/1, O/0, I). */
const CONSONANTS = 'bcdfghjkmnprstvz';
const VOWELS = 'aeiu';
const DIGITS = '23456789';

/** « 07 »: trainees are numbered with two digits, as on their printed cards. */
export function traineeNumber(number: number): string {
  return String(number).padStart(2, '0');
}

export function traineeEmail(number: number): string {
  return `stagiaire${traineeNumber(number)}@formation.test`;
}

export function traineeFirmName(number: number): string {
  return `Cabinet Stagiaire ${traineeNumber(number)}`;
}

/**
 * The firm's SIRET: SIREN 990NN000k (Luhn) + head office NIC 0001k. No SIREN of the sandbox starts
 * with 99: generated directory entries start with 1 to 8, hand-written ones and the scenarios'
 * firms with 44, 51, 80, 91 to 97.
 */
export function traineeSiret(number: number): string {
  const siren = luhnComplete(`990${traineeNumber(number)}000`);
  return luhnComplete(`${siren}0001`);
}

/** « Bamu4827 »: two syllables and four digits, meeting the product's rule (8 letters or digits, both kinds). */
export function readablePassword(owner: { firstName: string; lastName: string; siret: string }): string {
  for (;;) {
    const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
    const syllables = `${pick(CONSONANTS).toUpperCase()}${pick(VOWELS)}${pick(CONSONANTS)}${pick(VOWELS)}`;
    const password = `${syllables}${pick(DIGITS)}${pick(DIGITS)}${pick(DIGITS)}${pick(DIGITS)}`;
    if (validateNewPassword(password, owner).valid) return password;
  }
}

function luhnComplete(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (isLuhnValid(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('unreachable: one digit always completes a Luhn number');
}
