import type { HelpTheme } from '@portail/domain';
import { bullets, paragraph, screenLink, subheading } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

/** The move from secu-independants.fr to urssaf.fr: where the services went, how to log in. */
export const COMPTE_URSSAF: HelpTheme = {
  id: 'compte-urssaf',
  title: 'Votre compte sur urssaf.fr',
  questions: [
    {
      id: 'services-compte-rsi',
      question: 'Où trouver les services dont je disposais auparavant sur mon compte RSI ?',
      answer: [
        subheading('Cotisations'),
        bullets(
          [
            'Travailleurs indépendants, depuis le 20 septembre 2021, les services sont disponibles sur votre espace urssaf.fr.',
            'Vous continuerez à accéder à l\'ensemble des services précédemment proposés sur le compte RSI "Mes cotisations", avec les mêmes identifiant et mot de passe.',
          ],
          'Auto-entrepreneurs, une seule adresse : autoentrepreneur.urssaf.fr.',
        ),
        subheading('Retraite'),
        paragraph('Retrouvez votre espace personnel sur lassuranceretraite.fr pour votre retraite.'),
        subheading('Santé'),
        paragraph('Retrouvez votre espace personnel sur ameli.fr.'),
      ],
    },
    {
      id: 'mon-compte-ouvre-urssaf-fr',
      question:
        'Lorsque je clique sur "Mon compte" sur le site secu-independants.fr, pourquoi le site urssaf.fr s\'ouvre-t-il ?',
      answer: [
        paragraph(
          'Depuis le 1er janvier 2020, les Travailleurs indépendants ont été intégrés au Régime général de la sécurité sociale.',
        ),
        paragraph('Le 20 septembre 2021, tous les services de "Mon compte" ont été reportés vers votre espace connecté Urssaf.fr.'),
        paragraph(
          'Vous pouvez vous identifier sur le site urssaf.fr avec le même identifiant (Numéro de sécurité sociale sans la clé) et mot de passe que vous utilisiez auparavant sur le compte secu-independants.fr.',
        ),
        screenLink('Comment ça marche ?', PORTAL_SCREENS.login),
      ],
    },
    {
      id: 'identifiant-et-mot-de-passe',
      question: 'Avec quel identifiant et quel mot de passe me connecter sur mon compte, transféré sur Urssaf.fr ?',
      answer: [
        paragraph('À partir du 20 septembre 2021, vos services arrivent sur urssaf.fr.'),
        paragraph(
          'Si vous avez déjà un compte sur secu-independants.fr, pas la peine de créer de nouveau compte sur Urssaf.fr.',
          'Votre identifiant (numéro de sécurité sociale, sans la clé) et votre mot de passe pour vous connecter à l\'espace Urssaf.fr restent les mêmes que sur votre ancien compte secu-independants.fr.',
        ),
        paragraph('Vous pouvez également utiliser votre adresse courriel comme identifiant, les deux fonctionnent.'),
        screenLink('Comment ça marche ?', PORTAL_SCREENS.login),
      ],
    },
    {
      id: 'cle-du-numero-de-securite-sociale',
      question: 'Mon identifiant est mon numéro de sécurité sociale : est-ce que la clé en fait partie ?',
      answer: [
        paragraph('Lorsque vous vous connectez à urssaf.fr, votre identifiant est votre numéro de sécurité sociale sans la clé.'),
        paragraph('Il est composé de 13 chiffres.'),
        paragraph('La clé à 2 caractères ne fait pas partie de l\'identifiant.'),
      ],
    },
    {
      id: 'independant-et-employeur',
      question: 'Je suis indépendant, mais également employeur, dois-je créer un deuxième compte ?',
      answer: [
        paragraph('Votre accès à tous les services s\'effectue avec un seul et unique compte.'),
        paragraph(
          'Après vous être authentifié, vous accéderez à la page d’accueil et aux services sécurisés de votre compte en ligne.',
        ),
        paragraph(
          'Sur cet espace, en tant qu\'employeur, votre accès au compte du Régime général (en qualité d’employeur) sera toujours possible et vous accéderez aux nouveaux services dédiés aux indépendants.',
        ),
      ],
    },
    {
      id: 'nouveaux-services-urssaf-fr',
      question:
        'Les nouveaux services sur urssaf.fr sont-ils les mêmes que ceux auxquels j\'avais accès sur mon compte secu-independants.fr ?',
      answer: [
        paragraph(
          'La rubrique « Mes cotisations » du site urssaf.fr correspond à l’ancien module « Mes cotisations » du site secu-independants.fr.',
        ),
        paragraph(
          'Dès lors que vous cliquerez sur la rubrique ou sur les sous-rubriques (exemple « Revenus »), l’écran concerné s’affichera automatiquement, avec les mêmes fonctionnalités que celles dont vous disposiez sur secu-independants.fr.',
        ),
        subheading('Nouveauté'),
        paragraph('La rubrique « Messagerie » vous permet d’accéder à une messagerie connectée à votre compte en ligne.'),
        paragraph(
          'Cet écran affiche vos derniers échanges avec votre Urssaf ainsi que les canaux de contact mis à votre disposition.',
        ),
        screenLink('Fiche pratique Urssaf.fr', PORTAL_SCREENS.messaging),
      ],
    },
  ],
};
