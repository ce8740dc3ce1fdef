import { contributorName, generatedEntry, nameKey, SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import type { AttachmentStatus } from '@portail/domain';
import type { PlannedClients } from './scenario-plan';

/** Out of 100, by a stride that spreads each status over the whole alphabet (as tools/seed-portfolio does). */
const STATUS_MIX: { status: AttachmentStatus; percent: number }[] = [
  { status: 'rattache', percent: 80 },
  { status: 'en-attente', percent: 17 },
  { status: 'bloque', percent: 3 },
];

/** The attachments a plan's clients become: one row each, ready for the INSERT … SELECT FROM unnest. */
export function clientRows(portfolioId: string, clients: PlannedClients) {
  if ('tiNumbers' in clients) {
    return clients.tiNumbers.map((tiNumber) => {
      const entry = SANDBOX_DIRECTORY.find((candidate) => candidate.tiNumber === tiNumber);
      if (!entry) throw new Error(`${tiNumber} is not a hand-written directory entry`);
      return {
        portfolioId,
        tiNumber,
        status: clients.status,
        nameKey: nameKey(contributorName(entry)),
        failedTries: failedTriesOf(clients.status, clients.failedTries),
        minutesAgo: 0,
      };
    });
  }
  const { range, status, everyMinutes = 0 } = clients;
  return Array.from({ length: range.count }, (_, offset) => {
    const entry = generatedEntry(range.from + offset);
    const chosen = status === 'mix' ? mixedStatus(offset) : status;
    return {
      portfolioId,
      tiNumber: entry.tiNumber,
      status: chosen,
      nameKey: nameKey(contributorName(entry)),
      failedTries: status === 'mix' ? mixedFailedTries(offset) : failedTriesOf(chosen, clients.failedTries),
      minutesAgo: (range.count - offset) * everyMinutes,
    };
  });
}

/** A mixed portfolio shows pending clients with some wrong tries already (one in seven), locked ones with all 5 used. */
export function mixedFailedTries(offset: number): number {
  const status = mixedStatus(offset);
  if (status === 'bloque') return 5;
  return status === 'en-attente' && offset % 7 === 0 ? 1 + (offset % 4) : 0;
}

/** A locked attachment used its 5 tries. */
function failedTriesOf(status: AttachmentStatus, planned: number | undefined): number {
  return planned ?? (status === 'bloque' ? 5 : 0);
}

/** 37 is coprime with 100: every run of 100 clients has the exact mix. */
export function mixedStatus(offset: number): AttachmentStatus {
  let slot = (offset * 37) % 100;
  for (const { status, percent } of STATUS_MIX) {
    if (slot < percent) return status;
    slot -= percent;
  }
  return 'rattache';
}
