import type { SituationChange } from '@portail/domain';

/** « votre Urssaf, votre caisse d’assurance maladie (Cpam) et votre caisse de retraite (Carsat) » */
export function listOfBodies(bodies: readonly string[]): string {
  if (bodies.length <= 1) return bodies.join('');
  return `${bodies.slice(0, -1).join(', ')} et ${bodies[bodies.length - 1]}`;
}

/**
 * A sentence of the seed that ended on a colon before the logos it lost (« est à signaler à : »)
 * is completed with the organisations; any other is left as it is.
 */
export function completed(sentence: string, change: Pick<SituationChange, 'bodies'>): string {
  return sentence.trimEnd().endsWith(':') ? `${sentence.trimEnd()} ${listOfBodies(change.bodies)}.` : sentence;
}

/** The seed table's row: « Changement de statut — à signaler dans le mois qui suit au centre de formalités des entreprises » */
export function ruleOf(change: SituationChange): string {
  return `${change.label} — ${completed(change.rule, change)}`;
}
