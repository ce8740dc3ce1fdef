import type { AdvanceClockRequest } from '@portail/domain';

/** The quick moves of a training: +25 h makes a 24-hour link expire, +30 jours a month go by. */
export interface ClockMove {
  label: string;
  request: AdvanceClockRequest;
  /** « de 25 heures » in « L’horloge a avancé de 25 heures. » */
  done: string;
}

export const CLOCK_MOVES: readonly ClockMove[] = [
  { label: '+1 h', request: { hours: 1 }, done: 'd’une heure' },
  { label: '+24 h', request: { hours: 24 }, done: 'de 24 heures' },
  { label: '+25 h', request: { hours: 25 }, done: 'de 25 heures' },
  { label: '+30 jours', request: { days: 30 }, done: 'de 30 jours' },
];

/** « vendredi 27 novembre 2026 à 16:45 », in Paris whatever the projector's time zone. */
const longFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

export function formatClock(value: Date | string): string {
  return longFormat.format(new Date(value));
}

const ONE: Record<string, string> = { jour: 'un jour', heure: 'une heure', minute: 'une minute' };

function plural(count: number, word: string): string {
  return count === 1 ? ONE[word] : `${count} ${word}s`;
}

/** « en avance de 7 jours et 2 heures sur l’heure réelle », to the minute. */
export function describeOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  if (minutes === 0) {
    return 'à l’heure réelle';
  }
  const parts = [
    [Math.floor(minutes / 1440), 'jour'],
    [Math.floor((minutes % 1440) / 60), 'heure'],
    [minutes % 60, 'minute'],
  ] as const;
  const words = parts.filter(([count]) => count > 0).map(([count, word]) => plural(count, word));
  const joined = words.length > 1 ? `${words.slice(0, -1).join(', ')} et ${words.at(-1)}` : words[0];
  const of = joined.startsWith('un') ? 'd’' : 'de ';
  return `${offsetMs > 0 ? 'en avance' : 'en retard'} ${of}${joined} sur l’heure réelle`;
}

/**
 * The value of a `datetime-local` field (« 2026-12-24T09:00 », the browser's local time: the
 * trainer's projector is in France) as the ISO instant the API expects.
 */
export function localInputToIso(value: string): string | null {
  const date = new Date(value);
  return value.trim() === '' || Number.isNaN(date.getTime()) ? null : date.toISOString();
}
