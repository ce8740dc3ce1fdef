import type { HelpTheme } from '@portail/domain';
import { bullets, paragraph } from '../faq-blocks';
import { PORTAL_SCREENS } from '../portal-screens';

const { accounts, addAccount, transfer } = PORTAL_SCREENS;

/** « Gérer les comptes »: collaborators, their activation, the change of responsible. */
export const COLLABORATEURS: HelpTheme = {
  id: 'collaborateurs',
  title: 'Collaborateurs et responsable',
  questions: [
    {
      id: 'ajouter-un-collaborateur',
      question: 'J\'aimerais ajouter un nouveau collaborateur. Quel est le mode d\'emploi ?',
      answer: [
        paragraph('Une fois connecté à votre espace Urssaf :'),
        bullets(
          `vous cliquez sur [Gérer les comptes](${accounts.href}) et sur [Ajouter un compte](${addAccount.href})`,
          ['vous définissez les droits que vous souhaitez lui confier', 'vous remplissez les champs'],
          ['un courriel est envoyé automatiquement à votre collaborateur', 'pour activer son compte'],
          'vous pouvez lui attribuer un portefeuille clients',
        ),
      ],
    },
    {
      id: 'delai-d-activation-du-collaborateur',
      question:
        'Mon collaborateur dispose-t-il d\'un temps défini pour activer son compte, après réception du mail de création de son accès ?',
      answer: [
        paragraph(
          'Oui. Votre collaborateur doit activer son compte dans les 24h qui suivent la création de son accès par l\'administrateur.',
        ),
      ],
    },
    {
      id: 'changement-de-responsable',
      question: 'Je viens d\'apprendre le changement d\'un responsable. Comment puis-je récupérer son portefeuille ?',
      answer: [
        paragraph(
          `Pour éviter de supprimer et de réenregistrer la liste des clients, vous pouvez [créer un nouveau compte administrateur](${addAccount.href}).`,
          `Il faudra ensuite [transférer tous les clients vers ce nouveau compte](${transfer.href}).`,
        ),
      ],
    },
  ],
};
