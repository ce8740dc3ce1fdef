import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Outbox } from '@portail/api-outbox';
import { DirectorySeed, SANDBOX_DIRECTORY } from '@portail/api-portfolio';
import { SandboxPersonaSeed } from './sandbox-persona-seed';
import { SandboxPortfolioSeed } from './sandbox-portfolio-seed';
import { SANDBOX_PERSONAS } from './sandbox-personas';
import { SANDBOX_COLLABORATOR } from './sandbox-portfolio-seed';
import { DataSource } from 'typeorm';

export const TRAINER_ADDRESS = 'formateur@portail-tiers.test';
const WELCOME = 'sandbox-welcome';

/**
 * A new sandbox opens with its demonstration accounts, and one e-mail and one letter for the
 * trainer, so that the simulated mailbox and letters show at first sight what they are for.
 */
@Injectable()
export class SandboxWelcome implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly personas: SandboxPersonaSeed,
    private readonly directory: DirectorySeed,
    private readonly portfolios: SandboxPortfolioSeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The directory first: the firms' seeded clients come from it.
    await this.directory.ensure();
    await this.dataSource.transaction(async (transaction) => {
      // Several instances may start together: only one writes the welcome messages.
      await transaction.query('SELECT pg_advisory_xact_lock(7469726574)');
      await this.personas.seed(transaction);
      await this.portfolios.seed(transaction);
      const [{ present }] = await transaction.query(
        `SELECT EXISTS (SELECT 1 FROM outbound_message WHERE related_entity_type = $1) AS present`,
        [WELCOME],
      );
      if (present) return;
      const relatedTo = { type: WELCOME, id: 'formateur' };
      await this.outbox.sendEmail(transaction, {
        to: TRAINER_ADDRESS,
        subject: 'Bienvenue dans le bac à sable du Portail Tiers',
        body: [
          'Bonjour,',
          "Ce portail simule l'espace en ligne des tiers mandatés (experts-comptables) pour la formation. Aucun message ne part vers une vraie administration : chaque courriel que le portail envoie arrive dans cette boîte de réception simulée, chaque courrier postal dans le courrier simulé.",
          "L'horloge du bac à sable, affichée en haut de chaque page, peut être avancée pour montrer l'expiration d'un lien ou d'un délai.",
          `Comptes de démonstration (identifiant — mot de passe) :\n${SANDBOX_PERSONAS.map((persona) => `• ${persona.label} : ${persona.email} — ${persona.password}`).join('\n')}\n• Collaboratrice de Marie Lefebvre (consultation et paiement, 5 clients) : ${SANDBOX_COLLABORATOR.email} — ${SANDBOX_COLLABORATOR.password}`,
          `Clients de l’annuaire à ajouter à un portefeuille (« Ajouter un client »), avec les réponses à leurs questions secrètes :\n${SANDBOX_DIRECTORY.filter((entry) => entry.tiNumber !== '90000000006')
            .map(
              (entry) =>
                `• ${entry.firstName} ${entry.lastName.toUpperCase()} — ${entry.siren ? `SIREN ${entry.siren}` : `gérant sans Siret : NIR ${entry.nir}, n° TI ${entry.tiNumber}`} — « ${entry.secretQuestions[0].question} » ${entry.secretQuestions[0].answer} ; « ${entry.secretQuestions[1].question} » ${entry.secretQuestions[1].answer}`,
            )
            .join('\n')}`,
          'Bonne formation,\nL’équipe du Portail Tiers',
        ].join('\n\n'),
        links: [
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
    });
  }
}
