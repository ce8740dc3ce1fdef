import type { HelpTheme } from '@portail/domain';
import { bullets, paragraph, screenLink, steps } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

const { signup, login, portfolio, addClient } = PORTAL_SCREENS;

/** « Créer votre espace » as a tiers mandaté, the mandates, the client portfolio. */
export const EXPERTS_COMPTABLES: HelpTheme = {
  id: 'experts-comptables',
  title: 'Experts-comptables : espace et portefeuille',
  questions: [
    {
      id: 'expert-comptable-creer-un-compte',
      question:
        'Je suis expert comptable et je n\'avais pas de compte sur secu-independants.fr, puis-je en créer un pour accéder aux services de gestion des cotisations sur urssaf.fr ?',
      answer: [
        paragraph('Oui :'),
        steps(
          ['En haut à droite sur urssaf.fr,', `Cliquez sur « [Créer votre espace](${signup.href}) »`],
          'Sélectionnez le profil « Tiers mandaté » qui vous est proposé.',
          [
            'Le message d’information suivant s’affiche : « Si vous êtes Tiers déclarant, à l’issue de votre inscription en ligne, merci de bien vouloir contacter votre Urssaf.',
            'Un conseiller réalisera le paramétrage de votre compte en ligne, afin de vous permettre d’effectuer le rattachement de vos comptes clients. »',
          ],
          [
            'Vous êtes ensuite redirigé vers la page de demande d’adhésion aux services en ligne où vous devrez renseigner votre SIRET.',
            'Cliquez ensuite sur « Suivant »',
          ],
          'Choisissez votre catégorie de compte et renseignez votre adresse courriel, puis cliquez sur « Suivant ».',
          'Remplissez obligatoirement vos informations personnelles dans les champs suivis d’un astérisque, puis cliquez sur « Suivant ».',
          'Une fois que vous avez rempli les informations demandées pour votre inscription, un courriel de validation vous est envoyé à l’adresse que vous avez saisie.',
          'Pour confirmer votre inscription, cliquez sur le lien « Valider mon adresse courriel ».',
          'Une fois l’adresse courriel validée, vous serez redirigé vers la page de création du mot de passe. Le mot de passe doit comporter exactement 8 caractères avec au moins 1 chiffre et 1 lettre, sans caractères spéciaux.',
          'Vous recevrez un courriel à l’adresse renseignée, contenant ce mot de passe provisoire, à changer dès la première connexion.',
          'Après avoir enregistré votre mot de passe personnalisé, une pop-in de confirmation s’ouvre. En cliquant sur « Fermer » vous êtes redirigé vers la page d’accueil du site.',
          'Il ne vous reste plus qu’à contacter votre Urssaf pour que votre conseiller finalise le paramétrage de votre compte !',
        ),
        screenLink('Fiche pratique', signup),
      ],
    },
    {
      id: 'conserver-les-mandats',
      question:
        'Je suis expert comptable, vais-je conserver le mandat que mes clients m\'avaient donné pour leur compte secu-independants.fr ?',
      answer: [
        paragraph('Oui.'),
        paragraph(
          'Les cotisations des travailleurs indépendants étaient et restent gérées par l\'Urssaf.',
          'Ainsi, les mandats attribués à des tiers par les artisans et commerçants pour leur compte secu-independants.fr gardent leur valeur et sont transférés sur votre nouvel espace expert comptable sur Urssaf.fr.',
        ),
        paragraph('Pour y accéder :'),
        bullets(
          [
            'si vous n\'aviez pas encore de compte Urssaf.fr :',
            `[Connectez-vous](${login.href}) sur urssaf.fr avec votre adresse courriel ou votre SIRET, ainsi que le mot de passe habituel que vous utilisiez sur secu-independants.fr.`,
            'Vous devrez modifier votre mot de passe lors de la 1ère connexion.',
            'Vous ne pourrez pas vous connecter sur urssaf.fr avec l’identifiant à 8 chiffres que vous utilisiez sur secu-independants.fr.',
          ],
          [
            'si vous avez déjà un compte sur Urssaf.fr,',
            `Vous pouvez vous connecter avec vos identifiants actuels urssaf.fr et vos clients artisans/commerçants seront directement rattachés à votre [portefeuille de comptes](${portfolio.href}).`,
          ],
        ),
      ],
    },
    {
      id: 'creer-le-portefeuille-clients',
      question:
        'En tant qu\'expert comptable, comment créer mon portefeuille clients, pour gérer les cotisations des artisans et commerçants sur Urssaf.fr ?',
      answer: [
        paragraph(
          'Si vous avez déjà un compte et un portefeuille clients sur secu-independants.fr, ils sont transférés automatiquement sur votre espace Urssaf.fr.',
        ),
        paragraph(
          'Si vous n\'aviez pas de compte sur secu-independants.fr, vous pouvez créer un compte sur Urssaf.fr, puis créer votre portefeuille clients :',
        ),
        steps(
          'Connectez-vous à votre compte expert-comptable sur le site Urssaf.fr',
          'Choisissez le compte sur lequel vous souhaitez intervenir.',
          [
            'Afin de rattacher un compte Travailleur indépendant à votre compte, saisissez le SIREN de l’entreprise.',
            'Pour ajouter un compte gérant majoritaire sans Siret dans un portefeuille tiers déclarant, saisissez le numéro de sécurité sociale et numéro de Travailleur Indépendant de votre client.',
            'Un courriel sera envoyé au cotisant afin de l’avertir de son rattachement à votre compte en ligne.',
          ],
          'Pour finaliser le rattachement d’un compte Travailleur indépendant, répondez aux deux questions secrètes. Un courriel sera envoyé à votre client afin de l’avertir de son rattachement.',
          [
            'En tant qu’expert-comptable mandaté, vous avez accès uniquement au module « Mes cotisations » des établissements de votre portefeuille.',
            'Toutes les fonctionnalités de ce module sont disponibles (ainsi que le télépaiement).',
          ],
        ),
        screenLink('Fiche pratique', portfolio),
      ],
    },
    {
      id: 'services-des-experts-comptables',
      question:
        'Quels sont les services mis à disposition des experts comptables pour gérer les cotisations des travailleurs indépendants sur Urssaf.fr ?',
      answer: [
        paragraph(
          'En tant qu’expert-comptable mandaté, vous aurez accès à l\'ensemble des fonctionnalités précédemment dont vous disposiez sur le module « Mes cotisations » du compte de votre client sur secu-independants.fr.',
        ),
        paragraph(
          'Les fonctionnalités de paiement vous seront également accessibles (prélèvement automatique, télépaiement et carte bancaire) à compter du 24 septembre.',
        ),
      ],
    },
    {
      id: 'code-de-securite-perdu',
      question: 'Quel est le mode d\'emploi si mon client a perdu le courrier contenant le code de sécurité ?',
      answer: [
        paragraph('Si votre client a perdu le code de sécurité, il faut sur votre compte expert-comptable :'),
        bullets(
          `[supprimer le client](${portfolio.href})`,
          `l'ajouter de nouveau en cliquant sur [Ajouter un client](${addClient.href}).`,
        ),
        paragraph('Un courrier, contenant un nouveau code qui vous permet d\'accéder à son dossier, lui sera envoyé.'),
      ],
    },
    {
      id: 'nombre-de-clients',
      question: 'Ai-je un quota à ne pas dépasser ou puis-je inscrire autant de clients que je le souhaite ?',
      answer: [
        paragraph('Oui. Le compte administrateur peut ajouter autant de clients que nécessaire, il n\'y a pas de limite.'),
      ],
    },
    {
      id: 'delai-d-envoi-du-mandat',
      question: 'Mon client a-t-il un délai pour m\'envoyer son mandat ?',
      answer: [
        paragraph('Non, il n\'y a pas de délai. Plus tôt le client vous enverra votre mandat, plus tôt vous accéderez à son dossier.'),
      ],
    },
  ],
};
