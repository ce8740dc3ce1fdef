import type { ScenarioKey, ScenarioSummary } from '@portail/domain';
import { CABINET_ETABLI } from './cabinet-etabli';
import { CAS_ERREURS } from './cas-erreurs';
import { DECOUVERTE } from './decouverte';
import { DEMARRAGE } from './demarrage';
import { MIGRATION } from './migration';
import type { ScenarioPlan } from './scenario-plan';

/** The scenarios a trainer resets the sandbox to, in the order of the console. */
export const SCENARIOS: readonly (ScenarioSummary & { plan: ScenarioPlan })[] = [
  {
    key: 'decouverte',
    title: 'Découverte',
    description:
      'Le bac à sable du premier démarrage : tous les personnages, le Cabinet Lefebvre (clients rattachés, en attente et bloqués, une collaboratrice), les mandats migrés de Jacques Bernard et Paul Durand, travailleur indépendant.',
    plan: DECOUVERTE,
  },
  {
    key: 'demarrage',
    title: 'Démarrage',
    description:
      'Un bac à sable vierge : l’annuaire et le Conseiller Urssaf, rien d’autre. Les stagiaires créent leur espace en 12 étapes avec le SIRET et l’adresse de leur fiche.',
    plan: DEMARRAGE,
  },
  {
    key: 'cabinet-etabli',
    title: 'Cabinet établi',
    description:
      'Un cabinet en activité depuis des années : son administratrice, deux collaborateurs aux droits différents et 5 000 clients dans tous les états (rattachés, en attente, bloqués).',
    plan: CABINET_ETABLI,
  },
  {
    key: 'migration',
    title: 'Migration secu-independants',
    description:
      'Des comptes migrés de secu-independants.fr avec leurs mandats : trois cabinets dont les administrateurs se connectent avec leur ancien mot de passe, qu’ils doivent changer.',
    plan: MIGRATION,
  },
  {
    key: 'cas-erreurs',
    title: 'Cas d’erreurs',
    description:
      'Chaque impasse mise en scène : lien d’activation expiré, courriel revenu en erreur, lien de validation expiré, courrier perdu, client à un essai du blocage, client bloqué, mot de passe provisoire, collaboratrice désactivée, client déjà rattaché ailleurs, réponse non lue dans la Messagerie, réclamation à une heure des 30 jours du médiateur.',
    plan: CAS_ERREURS,
  },
];

export function planOf(key: ScenarioKey): ScenarioPlan {
  const scenario = SCENARIOS.find((candidate) => candidate.key === key);
  if (!scenario) throw new Error(`unknown scenario ${key}`);
  return scenario.plan;
}

export function titleOf(key: ScenarioKey): string {
  return SCENARIOS.find((candidate) => candidate.key === key)?.title ?? key;
}
