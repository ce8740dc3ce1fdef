/**
 * Test-only helpers for the help centre's specs (never exported from the library's index).
 */
import { Component } from '@angular/core';
import { FIRM_RIGHTS, type HelpCentre, type SessionState } from '@portail/domain';
import { type RoutedTest, setUpRoutedTest } from '@portail/portal-forms/testing';
import { helpRoutes } from '../help.routes';

export {
  apiError,
  buttonByText,
  chooseRadio,
  fieldByLabel,
  linkByText,
  textOf,
  typeInto,
} from '@portail/portal-forms/testing';

/** Where the answers' links lead outside the library. */
@Component({ template: '<h1>Ailleurs</h1>' })
class ElsewherePage {}

export const ACCOUNTANT: SessionState = {
  person: {
    id: 'person-claire',
    email: 'claire.martin@cabinet-martin.fr',
    civility: 'Mme',
    firstName: 'Claire',
    lastName: 'Martin',
    backofficeRole: null,
  },
  mustChangePassword: false,
  spaces: [
    {
      id: 'space-martin',
      kind: 'tiers',
      name: 'Cabinet Martin',
      siret: '73282932000074',
      status: 'actif',
      role: 'administrateur',
      rights: [...FIRM_RIGHTS],
    },
  ],
  currentSpaceId: 'space-martin',
  actingTrainer: null,
};

const BODIES = ['votre Urssaf', 'votre caisse d’assurance maladie (Cpam)', 'votre caisse de retraite (Carsat)'];

/** A help centre of three themes, with every kind of block of the real one. */
export const HELP: HelpCentre = {
  title: 'Questions-Réponses',
  subtitle: 'Foire aux questions',
  intro: [
    'Cliquez sur le thème de votre choix pour découvrir les réponses à vos questions',
    'Suppression du RSI, accès à Mon compte, perte de carte Vitale, démarches administratives. Les réponses à toutes vos questions sur secu-indépendants.fr.',
  ],
  themes: [
    {
      id: 'experts-comptables',
      title: 'Experts-comptables : espace et portefeuille',
      questions: [
        {
          id: 'code-de-securite-perdu',
          question: "Quel est le mode d'emploi si mon client a perdu le courrier contenant le code de sécurité ?",
          answer: [
            {
              kind: 'paragraph',
              lines: [
                [{ text: 'Si votre client a perdu le code de sécurité, il faut sur votre compte expert-comptable :' }],
              ],
            },
            {
              kind: 'bullets',
              items: [
                [[{ text: 'supprimer le client', href: '/portefeuille' }]],
                [
                  [
                    { text: "l'ajouter de nouveau en cliquant sur " },
                    { text: 'Ajouter un client', href: '/portefeuille/ajouter' },
                    { text: '.' },
                  ],
                ],
              ],
            },
          ],
        },
        {
          id: 'delai-d-envoi-du-mandat',
          question: "Mon client a-t-il un délai pour m'envoyer son mandat ?",
          answer: [
            {
              kind: 'paragraph',
              lines: [
                [
                  {
                    text: "Non, il n'y a pas de délai. Plus tôt le client vous enverra votre mandat, plus tôt vous accéderez à son dossier.",
                  },
                ],
              ],
            },
          ],
        },
        {
          id: 'expert-comptable-creer-un-compte',
          question:
            "Je suis expert comptable et je n'avais pas de compte sur secu-independants.fr, puis-je en créer un ?",
          answer: [
            { kind: 'paragraph', lines: [[{ text: 'Oui :' }]] },
            {
              kind: 'steps',
              items: [
                [
                  [{ text: 'En haut à droite sur urssaf.fr,' }],
                  [{ text: 'Cliquez sur « ' }, { text: 'Créer votre espace', href: '/inscription' }, { text: ' »' }],
                ],
                [[{ text: 'Sélectionnez le profil « Tiers mandaté » qui vous est proposé.' }]],
              ],
            },
            { kind: 'screen-link', label: 'Fiche pratique', href: '/inscription', screen: 'Créer votre espace' },
          ],
        },
      ],
    },
    {
      id: 'reclamation-et-mediation',
      title: 'Réclamation et médiation',
      questions: [
        {
          id: 'deposer-une-reclamation',
          question: 'En cas de question sur mon dossier, comment déposer une réclamation ?',
          answer: [
            {
              kind: 'screen-link',
              label: 'Je dépose une réclamation',
              href: '/reclamations/nouvelle',
              screen: 'Je dépose une réclamation',
            },
            {
              kind: 'paragraph',
              lines: [
                [
                  {
                    text: 'Pour toute question relative à vos cotisations, prestations santé ou retraite, contactez directement votre Urssaf, votre Cpam ou votre Carsat.',
                  },
                ],
              ],
            },
          ],
        },
        {
          id: 'conditions-de-la-mediation',
          question: 'Dans quelle situation puis-je faire une demande de médiation ?',
          answer: [
            {
              kind: 'bullets',
              items: [
                [
                  [
                    {
                      text: 'si vous avez adressé une réclamation à un organisme du régime général et si la réponse apportée n’a pas été satisfaisante ou aucune réponse n’a été réceptionnée dans un délai de 30 jours',
                    },
                  ],
                ],
              ],
            },
            {
              kind: 'screen-link',
              label: 'Saisir le médiateur',
              href: '/mediation/saisir',
              screen: 'Saisir le médiateur',
            },
          ],
        },
      ],
    },
    {
      id: 'changement-de-situation',
      title: 'Changement de situation',
      questions: [
        {
          id: 'signaler-un-changement',
          question: "J'aimerais signaler un changement personnel et/ou professionnel. À qui dois-je m'adresser ?",
          answer: [
            {
              kind: 'situation-table',
              table: {
                changeHeader: 'Quel changement ?',
                interlocutorHeader: 'quel interlocuteur ?',
                groups: [
                  {
                    interlocutor: 'à signaler dans le mois qui suit au centre de formalités des entreprises',
                    bodies: [],
                    changes: ['Changement de statut', "Changement d'adresse professionnelle", "Cessation d'activité"],
                  },
                  {
                    interlocutor: 'à signaler à :',
                    bodies: BODIES,
                    changes: [
                      "Changement d'état civil",
                      'Nouvelle adresse personnelle',
                      'Changement de coordonnées bancaires / RIB / IBAN',
                    ],
                  },
                ],
              },
            },
            {
              kind: 'screen-link',
              label: 'Changement de situation',
              href: '/aide/changement-de-situation',
              screen: 'qui prévenir, dans quel délai',
            },
          ],
        },
        {
          id: 'changement-d-etat-civil',
          question: "Comment signaler un changement d'état civil / rattachement d'ayant droit ?",
          answer: [
            {
              kind: 'paragraph',
              lines: [
                [
                  {
                    text: "Naissance, adoption, mariage, etc. : tout changement d'état civil est à signaler auprès de :",
                  },
                ],
              ],
            },
            { kind: 'bullets', items: BODIES.map((body) => [[{ text: body }]]) },
            { kind: 'subheading', text: 'Voir aussi' },
            { kind: 'external-mention', text: 'Attestations Carte Vitale', site: 'ameli.fr' },
          ],
        },
        {
          id: 'signaler-un-deces',
          question: 'Comment signaler un décès ?',
          answer: [
            {
              kind: 'paragraph',
              lines: [
                [
                  {
                    text: "En cas de décès d'un assuré, la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.",
                  },
                ],
              ],
            },
          ],
        },
        {
          id: 'changement-de-statut',
          question: 'Comment signaler un changement de statut juridique ou fiscal ?',
          answer: [
            {
              kind: 'paragraph',
              lines: [
                [
                  {
                    text: 'Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).',
                  },
                ],
              ],
            },
          ],
        },
      ],
    },
  ],
  situationGuide: {
    title: 'Changement de situation',
    intro: 'Choisissez le changement à signaler : le guide vous indique qui prévenir, dans quel délai et comment.',
    changes: [
      {
        id: 'statut',
        label: 'Changement de statut',
        rule: 'à signaler dans le mois qui suit au centre de formalités des entreprises',
        bodies: ['le centre de formalités des entreprises (CFE)'],
        delay: 'Dans le mois qui suit le changement',
        how: 'Par une déclaration auprès du centre de formalités des entreprises : elle ne se fait pas sur ce portail. Pour une question sur votre dossier, écrivez à votre Urssaf.',
        sentences: [
          'Le changement de statut est à signaler dans le mois qui suit au centre de formalités des entreprises (CFE).',
        ],
        links: [{ label: 'Écrire à votre Urssaf', href: '/messagerie', screen: 'Messagerie' }],
        questionId: 'changement-de-statut',
      },
      {
        id: 'etat-civil',
        label: "Changement d'état civil",
        rule: 'à signaler à :',
        bodies: BODIES,
        delay: 'Dès que possible : aucun délai n’est fixé',
        how: 'Prévenez chacun des trois organismes. Sur ce portail, la Messagerie vous permet d’écrire à votre Urssaf, et une réclamation peut être adressée à votre Urssaf, à votre Cpam ou à votre Carsat.',
        sentences: ["Naissance, adoption, mariage, etc. : tout changement d'état civil est à signaler auprès de :"],
        links: [
          { label: 'Écrire à votre Urssaf', href: '/messagerie', screen: 'Messagerie' },
          {
            label: 'Je dépose une réclamation',
            href: '/reclamations/nouvelle',
            screen: 'à votre Urssaf, votre Cpam ou votre Carsat',
          },
        ],
        questionId: 'changement-d-etat-civil',
      },
      {
        id: 'deces',
        label: 'Décès',
        rule: 'la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.',
        bodies: ['l’Urssaf', 'la caisse d’assurance maladie (Cpam)', 'la caisse de retraite (Carsat)'],
        delay: 'Dès que possible : aucun délai n’est fixé',
        how: 'La famille envoie à chacun des trois organismes un bulletin de décès ou la photocopie du livret de famille mis à jour.',
        sentences: [],
        links: [{ label: 'Écrire à votre Urssaf', href: '/messagerie', screen: 'Messagerie' }],
        questionId: 'signaler-un-deces',
      },
    ],
  },
};

export interface HelpTest extends RoutedTest {
  /**
   * Navigates and answers the help centre, then the session (the page reads it for the votes):
   * `null` for an anonymous visitor; a session then reads its votes, answered with `votes`.
   */
  open(url: string, answers: { session: SessionState | null; votes?: Record<string, boolean> }): Promise<HTMLElement>;
}

/** The library's routes, mounted where the app mounts them. */
export async function setUpHelpTest(): Promise<HelpTest> {
  const test = await setUpRoutedTest([
    { path: 'aide', children: helpRoutes },
    { path: '**', component: ElsewherePage },
  ]);
  return {
    ...test,
    async open(url, { session, votes = {} }) {
      const page = await test.navigate(url);
      const sessionRequest = await test.nextRequest('/api/auth/session');
      if (session) {
        sessionRequest.flush(session);
      } else {
        sessionRequest.flush(
          { statusCode: 401, message: 'Non connecté.' },
          { status: 401, statusText: 'Unauthorized' },
        );
      }
      (await test.nextRequest('/api/help/questions')).flush(HELP);
      if (session) {
        (await test.nextRequest('/api/help/votes')).flush(votes);
      }
      await test.settle();
      return page;
    },
  };
}

/** The question's element (`pt-help-question`) whose button reads `question`. */
export function questionItem(root: ParentNode, question: string): HTMLElement {
  const found = Array.from(root.querySelectorAll<HTMLElement>('pt-help-question')).find((element) =>
    element.querySelector('button.question__toggle')?.textContent?.replace(/\s+/g, ' ').trim().endsWith(question),
  );
  if (!found) {
    throw new Error(`No question « ${question} »`);
  }
  return found;
}
