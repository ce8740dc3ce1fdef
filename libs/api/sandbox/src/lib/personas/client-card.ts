import { contributorName, type DirectoryEntry, generatedEntry, SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import type { PersonaIdentifier, TraineeClient } from '@portail/domain';
import type { PlannedClientCard } from '../scenarios/scenario-plan';

/** The directory entry behind a card: generated (by index) or hand-written (by n° TI). */
export function entryOf(card: PlannedClientCard | { tiNumber: string }): DirectoryEntry {
  if ('index' in card) return generatedEntry(card.index);
  const entry = SANDBOX_DIRECTORY.find((candidate) => candidate.tiNumber === card.tiNumber);
  if (!entry) throw new Error(`${card.tiNumber} is not a hand-written directory entry`);
  return entry;
}

/** « MARTIN Sophie (Boulangerie Martin) »: as the portfolio lists the client. */
export function clientName(entry: DirectoryEntry): string {
  return entry.tradeName ? `${contributorName(entry)} (${entry.tradeName})` : contributorName(entry);
}

/**
 * What « Ajouter un client » asks, as the accountant types it: the SIREN, or for a gérant
 * majoritaire sans Siret the NIR with its key and the n° TI.
 */
export function clientIdentifiers(entry: DirectoryEntry): PersonaIdentifier[] {
  if (entry.siren)
    return [
      { label: 'SIREN', value: entry.siren },
      { label: 'N° travailleur indépendant', value: entry.tiNumber },
    ];
  return [
    { label: 'NIR (avec sa clé)', value: entry.nir ?? '' },
    { label: 'N° travailleur indépendant', value: entry.tiNumber },
  ];
}

export function secretAnswersOf(entry: DirectoryEntry): { question: string; answer: string }[] {
  return entry.secretQuestions.map(({ question, answer }) => ({ question, answer }));
}

export function traineeClient(index: number): TraineeClient {
  const entry = generatedEntry(index);
  return { name: clientName(entry), identifiers: clientIdentifiers(entry), secretAnswers: secretAnswersOf(entry) };
}
