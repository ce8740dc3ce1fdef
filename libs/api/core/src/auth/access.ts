import { ForbiddenException, SetMetadata } from '@nestjs/common';
import { FIRM_RIGHT_LABELS, type FirmRight, type SpaceKind, type SpaceRole } from '@portail/domain';

export const ACCESS = 'access';

/** What a firm route needs: one right, or any of the rights that open « Mes cotisations » (reading them). */
export type RequiredRight = FirmRight | 'cotisations';

/**
 * Who may call a route. Every route declares one (or is @Public() or @BackofficeOnly()): the global
 * guard refuses a route that declares nothing, so a new endpoint cannot be open by omission.
 * - session: any logged-in person (their own session, profile, space choice);
 * - firm: an active member of the current tiers space, with `right` for a collaborator, or an
 *   administrator only; `orTitulaire`: the same handler also serves the TI's own account (no `:id`);
 * - titulaire: a travailleur indépendant in their own space;
 * - space: the space's own exchanges with the Urssaf (Messagerie, réclamations, médiation): the
 *   travailleur indépendant in their own space, or an active member of a tiers space holding `right`.
 */
export type AccessPolicy =
  | { kind: 'session' }
  | { kind: 'firm'; right?: RequiredRight; administrator?: boolean; orTitulaire?: boolean }
  | { kind: 'titulaire' }
  | { kind: 'space'; right: FirmRight };

export const AnySession = () => SetMetadata(ACCESS, { kind: 'session' } satisfies AccessPolicy);
export const FirmMember = (right?: RequiredRight) => SetMetadata(ACCESS, { kind: 'firm', right } satisfies AccessPolicy);
export const FirmAdministrator = () => SetMetadata(ACCESS, { kind: 'firm', administrator: true } satisfies AccessPolicy);
/** « Mes cotisations »: a firm's client (`:id`, with the right) or the TI's own account. */
export const CotisationsAccess = (right: RequiredRight) =>
  SetMetadata(ACCESS, { kind: 'firm', right, orTitulaire: true } satisfies AccessPolicy);
export const TitulaireOnly = () => SetMetadata(ACCESS, { kind: 'titulaire' } satisfies AccessPolicy);
/** A space's own exchanges with its Urssaf: the TI in their space, or a firm member with `right`. */
export const SpaceMember = (right: FirmRight) => SetMetadata(ACCESS, { kind: 'space', right } satisfies AccessPolicy);

/** The session's membership of its current space, read with the session (one statement per request). */
export interface SessionMembership {
  spaceKind: SpaceKind;
  role: SpaceRole;
  status: 'invite' | 'actif' | 'desactive';
  /** As stored: a collaborator's rights (administrators hold every right). */
  rights: FirmRight[];
}

export const NOT_A_FIRM = 'Ce service est réservé aux espaces des tiers mandatés.';
export const ADMINISTRATORS_ONLY = '« Gérer les comptes » est réservé aux administrateurs de l’espace.';
export const TITULAIRE_ONLY = 'Ce service est réservé à l’espace travailleur indépendant du cotisant.';
export const SPACE_MEMBERS_ONLY = 'Choisissez d’abord l’espace, tiers mandaté ou travailleur indépendant, au nom duquel vous écrivez.';
const COTISATIONS_RIGHTS: readonly FirmRight[] = ['consultation-cotisations', 'declaration-revenus', 'paiement'];

export function missingRight(right: FirmRight): string {
  return `Votre compte ne dispose pas du droit « ${FIRM_RIGHT_LABELS[right]} » : demandez-le à l’administrateur de votre espace.`;
}

/** 403 unless `rights` include `required` (any cotisations right for 'cotisations'). */
export function refuseWithoutRight(rights: readonly FirmRight[], required: RequiredRight | undefined): void {
  if (!required) return;
  if (required === 'cotisations') {
    if (!COTISATIONS_RIGHTS.some((right) => rights.includes(right))) throw new ForbiddenException(missingRight('consultation-cotisations'));
    return;
  }
  if (!rights.includes(required)) throw new ForbiddenException(missingRight(required));
}

/**
 * Checks a declared policy against the membership read with the session, before the body is even
 * validated: a collaborator without the right gets the same 403 whatever they send. The services
 * check again where they read the data (PortfolioScope), and scope the clients in SQL.
 */
export function enforceAccess(policy: AccessPolicy, membership: SessionMembership | null, params: Record<string, unknown>): void {
  if (policy.kind === 'session') return;
  if (policy.kind === 'space') {
    if (membership?.role === 'titulaire' && membership.spaceKind === 'travailleur-independant') return;
    if (membership?.spaceKind !== 'tiers' || membership.role === 'titulaire') throw new ForbiddenException(SPACE_MEMBERS_ONLY);
    if (membership.status !== 'actif') throw new ForbiddenException('Votre compte n’est plus actif dans cet espace.');
    if (membership.role === 'administrateur') return;
    refuseWithoutRight(membership.rights, policy.right);
    return;
  }
  const titulaire = policy.kind === 'titulaire' || (policy.orTitulaire === true && params['id'] === undefined);
  if (titulaire) {
    if (membership?.role !== 'titulaire' || membership.spaceKind !== 'travailleur-independant') throw new ForbiddenException(TITULAIRE_ONLY);
    return;
  }
  if (policy.kind !== 'firm') return;
  const member = membership?.spaceKind === 'tiers' && (membership.role === 'administrateur' || membership.role === 'collaborateur');
  if (!member) throw new ForbiddenException(NOT_A_FIRM);
  if (membership.status !== 'actif') throw new ForbiddenException('Votre compte n’est plus actif dans cet espace.');
  if (membership.role === 'administrateur') return;
  if (policy.administrator) throw new ForbiddenException(ADMINISTRATORS_ONLY);
  refuseWithoutRight(membership.rights, policy.right);
}
