import { AUDIT_KIND_LABELS, FIRM_RIGHT_LABELS, FIRM_RIGHTS, FIRM_ROLE_LABELS, type FirmRight, type FirmRole } from '@portail/domain';

/** What an audit row says, its names already joined. */
export interface AuditFacts {
  kind: string;
  actor: string | null;
  client: string | null;
  account: string | null;
  details: Record<string, unknown>;
}

type Names = { actor: string; client: string; account: string; details: Record<string, unknown> };

const LINK_PURPOSES: Record<string, string> = {
  'email-validation': 'validation de l’adresse courriel',
  'password-creation': 'création du mot de passe',
  'password-reset': 'réinitialisation du mot de passe',
  activation: 'activation du compte',
};

/** Phrases without a past participle to agree: the civility of the actor is not always known. */
const SUMMARIES: Readonly<Record<string, (names: Names) => string>> = {
  'login.succeeded': ({ actor }) => `Connexion de ${actor}`,
  'login.failed': ({ actor }) => `Échec de connexion au compte de ${actor}`,
  'login.lockout': ({ actor }) => `Connexion au compte de ${actor} bloquée temporairement après des échecs`,
  'login.throttled': ({ actor }) => `Tentative de connexion au compte de ${actor} pendant un blocage temporaire`,
  'token.used': ({ actor, details }) => `${actor} a utilisé un lien reçu par courriel (${LINK_PURPOSES[String(details['purpose'])] ?? 'lien'})`,
  'password.changed': ({ actor }) => `${actor} a modifié son mot de passe`,
  'password.reset': ({ actor }) => `${actor} a réinitialisé son mot de passe`,
  'password-reset.requested': ({ actor }) => `${actor} a demandé la réinitialisation de son mot de passe`,
  'attachment.added': ({ actor, client }) => `${actor} a ajouté ${client} au portefeuille`,
  'attachment.proof-refused': ({ actor, client }) => `Réponses ou code refusés pour ${client} (saisis par ${actor})`,
  'attachment.locked': ({ actor, client }) => `Rattachement de ${client} bloqué après trop d’essais (${actor})`,
  'attachment.finalised': ({ actor, client }) => `${actor} a finalisé le rattachement de ${client}`,
  'attachment.deleted': ({ actor, client }) => `${actor} a supprimé ${client} du portefeuille`,
  'account.created': ({ actor, account, details }) => `${actor} a créé le compte ${roleOf(details)}de ${account}`,
  'account.activation-resent': ({ actor, account }) => `${actor} a envoyé un nouveau lien d’activation à ${account}`,
  'account.activated': ({ account }) => `${account} a activé son compte`,
  'account.email-corrected': ({ actor, account, details }) =>
    `${actor} a corrigé l’adresse courriel de ${account} (${String(details['email'] ?? 'nouvelle adresse')})`,
  'account.rights-changed': ({ actor, account, details }) => `${actor} a modifié les droits de ${account} : ${rightsOf(details['after'])}`,
  'account.deactivated': ({ actor, account }) => `${actor} a désactivé le compte de ${account}`,
  'assignment.added': ({ actor, client, account, details }) =>
    details['count'] === 1 ? `${actor} a attribué ${client} à ${account}` : `${actor} a attribué ${String(details['count'])} clients à ${account}`,
  'assignment.removed': ({ actor, client, account }) => `${actor} a retiré ${client} du sous-portefeuille de ${account}`,
  'portfolio.transferred': ({ actor, details }) =>
    `${actor} a transféré un portefeuille${typeof details['moved'] === 'number' ? ` (${details['moved']} clients)` : ''}`,
  'space.finalised': ({ actor }) => `${actor} (conseiller Urssaf) a finalisé le paramétrage de l’espace`,
  'cotisations.payment': ({ actor, client }) => `${actor} a enregistré un paiement de cotisations pour ${client}`,
};

export function kindLabel(kind: string): string {
  return AUDIT_KIND_LABELS[kind] ?? kind;
}

/** « Marie Lefebvre a ajouté MARTIN Sophie au portefeuille ». */
export function auditSummary(facts: AuditFacts): string {
  const names: Names = {
    actor: facts.actor ?? 'Une personne',
    client: facts.client ?? 'un client',
    account: facts.account ?? 'un compte',
    details: facts.details,
  };
  const summary = SUMMARIES[facts.kind];
  return summary ? summary(names) : `${kindLabel(facts.kind)}${facts.actor ? ` (${facts.actor})` : ''}`;
}

function roleOf(details: Record<string, unknown>): string {
  const role = details['role'] as FirmRole | undefined;
  return role && FIRM_ROLE_LABELS[role] ? `${FIRM_ROLE_LABELS[role].toLowerCase()} ` : '';
}

function rightsOf(value: unknown): string {
  const rights = Array.isArray(value) ? FIRM_RIGHTS.filter((right: FirmRight) => value.includes(right)) : [];
  return rights.length > 0 ? rights.map((right) => FIRM_RIGHT_LABELS[right]).join(', ') : 'aucun droit';
}
