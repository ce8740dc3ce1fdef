import { GENERATED_SANDBOX_CONTRIBUTORS } from '@portail/api-portfolio';

/** A run of generated directory entries, by index (generatedEntry). */
export interface IndexRange {
  from: number;
  count: number;
}

export const MAX_TRAINEES = 60;
export const CLIENTS_PER_TRAINEE = 5;

/**
 * Who uses which generated directory entries. The ranges never overlap, so that a trainee's
 * client is never already in a scenario's portfolio (« déjà rattaché à un autre tiers ») and two
 * scenarios can be compared client by client. sandbox-reset.spec checks that they are disjoint
 * and inside the generated directory (GENERATED_SANDBOX_CONTRIBUTORS).
 */
export const SANDBOX_RANGES = {
  decouverte: {
    lefebvre: { from: 0, count: 40 },
    bernard: { from: 40, count: 12 },
  },
  migration: {
    bernard: { from: 40, count: 12 },
    fabre: { from: 60, count: 15 },
    rousselOwn: { from: 75, count: 8 },
    rousselMigrated: { from: 83, count: 20 },
  },
  casErreurs: {
    morel: { from: 120, count: 21 },
  },
  cabinetEtabli: { from: 1_000, count: 5_000 },
  trainees: { from: 6_000, count: MAX_TRAINEES * CLIENTS_PER_TRAINEE },
} as const satisfies Record<string, IndexRange | Record<string, IndexRange>>;

/** The directory indices reserved for trainee `number` (1-based): five, never anyone else's. */
export function traineeClientIndices(number: number): number[] {
  const first = SANDBOX_RANGES.trainees.from + (number - 1) * CLIENTS_PER_TRAINEE;
  return Array.from({ length: CLIENTS_PER_TRAINEE }, (_, offset) => first + offset);
}

/** Every range, flattened with its name: for the disjointness test. */
export function allRanges(): { name: string; range: IndexRange }[] {
  const ranges: { name: string; range: IndexRange }[] = [];
  for (const [scenario, value] of Object.entries(SANDBOX_RANGES)) {
    if ('from' in value) ranges.push({ name: scenario, range: value as IndexRange });
    else
      for (const [name, range] of Object.entries(value))
        ranges.push({ name: `${scenario}.${name}`, range: range as IndexRange });
  }
  return ranges;
}

export const DIRECTORY_SIZE = GENERATED_SANDBOX_CONTRIBUTORS;
