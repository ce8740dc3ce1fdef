import type { Civility, ContributorKind } from '@portail/domain';

/** One contributor of the simulated directory, as the Urssaf knows them (answers in clear: seed data only). */
export interface DirectoryEntry {
  kind: ContributorKind;
  siren: string | null;
  /** NIR with its key (15 characters). */
  nir: string | null;
  tiNumber: string;
  civility: Civility;
  firstName: string;
  lastName: string;
  tradeName: string | null;
  email: string;
  addressLine: string;
  postalCode: string;
  city: string;
  secretQuestions: [SecretQuestion, SecretQuestion];
  /** The income of last year as the directory knows it: the base of this year's instalments. */
  referenceIncomeCents: number;
  sirets: string[];
}

export interface SecretQuestion {
  question: string;
  answer: string;
}

/** « DUPONT Jean »: how the Urssaf's lists name a contributor. */
export function contributorName(entry: Pick<DirectoryEntry, 'firstName' | 'lastName'>): string {
  return `${entry.lastName.toUpperCase()} ${entry.firstName}`;
}

/** The portfolio's sort and search key: the name without accents, lower case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}
