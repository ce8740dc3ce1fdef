import { Injectable } from '@nestjs/common';
import { Outbox } from '@portail/api-outbox';
import { SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import type { EntityManager } from 'typeorm';
import { TRAINER_ADDRESS } from '../sandbox-personas';
import { SCENARIOS } from '../scenarios/scenario-catalogue';
import type { ScenarioPlan } from '../scenarios/scenario-plan';

export const WELCOME = 'sandbox-welcome';

/**
 * One e-mail and one letter for the trainer, so that the simulated mailbox and letters show at
 * first sight what they are for: written at the first start and by every reset (a reset empties
 * the mailbox), with the accounts of the scenario now in the sandbox.
 */
@Injectable()
export class WelcomeMessages {
  constructor(private readonly outbox: Outbox) {}

  async write(transaction: EntityManager, plan: ScenarioPlan): Promise<void> {
    const scenario = SCENARIOS.find((candidate) => candidate.key === plan.key);
    const attached = new Set(
      plan.spaces.flatMap((space) =>
        (space.clients ?? []).flatMap((clients) => ('tiNumbers' in clients ? clients.tiNumbers : [])),
      ),
    );
    const accounts = plan.people.filter((person) => person.password && person.card);
    const relatedTo = { type: WELCOME, id: 'formateur' };
    await this.outbox.sendEmail(transaction, {
      to: TRAINER_ADDRESS,
      subject: 'Bienvenue dans le bac à sable du Portail Tiers',
      body: [
        'Bonjour,',
        "Ce portail simule l'espace en ligne des tiers mandatés (experts-comptables) pour la formation. Aucun message ne part vers une vraie administration : chaque courriel que le portail envoie arrive dans cette boîte de réception simulée, chaque courrier postal dans le courrier simulé.",
        "L'horloge du bac à sable, affichée en haut de chaque page, peut être avancée pour montrer l'expiration d'un lien ou d'un délai.",
        ...(scenario ? [`Scénario en cours : « ${scenario.title} ». ${scenario.description}`] : []),
        `Comptes de démonstration (identifiant — mot de passe) :\n${accounts.map((person) => `• ${person.card?.label} : ${person.email} — ${person.password}`).join('\n')}`,
        `Clients de l’annuaire à ajouter à un portefeuille (« Ajouter un client »), avec les réponses à leurs questions secrètes :\n${SANDBOX_DIRECTORY.filter(
          (entry) => !attached.has(entry.tiNumber),
        )
          .map(
            (entry) =>
              `• ${entry.firstName} ${entry.lastName.toUpperCase()} — ${entry.siren ? `SIREN ${entry.siren}` : `gérant sans Siret : NIR ${entry.nir}, n° TI ${entry.tiNumber}`} — « ${entry.secretQuestions[0].question} » ${entry.secretQuestions[0].answer} ; « ${entry.secretQuestions[1].question} » ${entry.secretQuestions[1].answer}`,
          )
          .join('\n')}`,
        'La console du formateur (« Bac à sable » → « Console ») change de scénario, crée les fiches des stagiaires et permet d’agir en tant que chacun des personnages.',
        'Bonne formation,\nL’équipe du Portail Tiers',
      ].join('\n\n'),
      links: [
        { label: 'Ouvrir la console du formateur', href: '/bac-a-sable/console' },
        { label: 'Ouvrir le courrier simulé', href: '/bac-a-sable/courrier' },
        { label: "Retour à l'accueil du portail", href: '/' },
      ],
      relatedTo,
    });
    await this.outbox.sendLetter(transaction, {
      to: 'Cabinet de formation',
      postalAddress: ['Cabinet de formation', '1 rue de la Simulation', '75000 Paris'],
      subject: 'Exemple de courrier simulé',
      body: [
        'Madame, Monsieur,',
        'Les courriers que le portail adresse par voie postale — par exemple le code de sécurité qui permet de finaliser le rattachement d’un client — sont reproduits ici, prêts à être imprimés.',
        'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
        'Le Portail Tiers (simulation)',
      ].join('\n\n'),
      relatedTo,
    });
  }
}
