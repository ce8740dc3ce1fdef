import type { SpaceKind, SpaceRole, SpaceStatus, SpaceSummary } from '@portail/domain';

/** The names of the profiles as the real portal spells them. */
export const SPACE_KIND_LABELS: Readonly<Record<SpaceKind, string>> = {
  tiers: 'Tiers mandaté',
  'travailleur-independant': 'Travailleur indépendant',
  employeur: 'Employeur',
};

export const SPACE_STATUS_LABELS: Readonly<Record<SpaceStatus, string>> = {
  'en-attente-parametrage': 'En attente de paramétrage',
  actif: 'Actif',
};

export const SPACE_ROLE_LABELS: Readonly<Record<SpaceRole, string>> = {
  administrateur: 'Administrateur',
  collaborateur: 'Collaborateur',
  titulaire: 'Titulaire',
};

/** « 732 829 320 00074 »: SIREN by groups of 3, then the NIC, as on an avis de situation. */
export function formatSiret(siret: string | null): string {
  if (!siret) {
    return '';
  }
  const match = /^(\d{3})(\d{3})(\d{3})(\d{5})$/.exec(siret);
  return match ? match.slice(1).join(' ') : siret;
}

/** What a space is, in one line: « Tiers mandaté — SIRET 732 829 320 00074 ». */
export function describeSpace(space: Pick<SpaceSummary, 'kind' | 'siret'>): string {
  const kind = SPACE_KIND_LABELS[space.kind];
  return space.siret ? `${kind} — SIRET ${formatSiret(space.siret)}` : kind;
}
