import type { HelpBlock, HelpCentre, HelpLine } from '@portail/domain';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/create-test-app';

/**
 * « Questions-Réponses » reproduces the FAQ of secu-independants.fr verbatim: the seed (a copy in
 * libs/api/help, the project never reads the shared folder) is parsed here, independently of the
 * content's code, and every question and every answer line must be served, whitespace aside,
 * once the typos below are corrected.
 */
const SEED = readFileSync(new URL('../../../libs/api/help/src/lib/faq/faq-secu-independants.txt', import.meta.url), 'utf8');
const PROMPT = 'La réponse à cette question vous a-t-elle été utile ?';
/** « Questions-Réponses », « Foire aux questions » and the two sentences before the first question. */
const INTRO_LINES = 4;

/** The seed's typos, corrected in the served content: [as in the seed, as served], applied to each line in turn. */
const TYPO_CORRECTIONS: [string, string][] = [
  ['semtembre', 'septembre'],
  ['secu-inependants', 'secu-independants'],
  ['précédemennt', 'précédemment'],
  ['perpemettant', 'permettant'],
  ['prennons', 'prenons'],
  ['de votre différent', 'de votre différend.'],
  ['par un délais de recours limité, ce délais est', 'par un délai de recours limité, ce délai est'],
  ['Quelquechose', 'Quelque chose'],
  ['les trois organisme de', 'les trois organismes de'],
  ['expertcomptable', 'expert-comptable'],
  ['puis-je ne créer un', 'puis-je en créer un'],
  ['porte-feuille', 'portefeuille'],
  // Step 9 repeats a garbled step 8.
  [' 2 8. Pour confirmer votre inscription, cliquez sur le lien « Valider mon adresse courriel ».', ''],
  ['vous enverra votre délai', 'vous enverra votre mandat'],
  ['autant de client que', 'autant de clients que'],
  ['SI vous', 'Si vous'],
  ['A qui dois-je', 'À qui dois-je'],
  ['Tout changement compte bancaire', 'Tout changement de compte bancaire'],
  ['(RIB - IBAN)', '(RIB - IBAN) ?'],
  ['s‘affichera', 's’affichera'],
  ['«Créer votre espace»', '« Créer votre espace »'],
  ['«Tiers mandaté»', '« Tiers mandaté »'],
  ['«Suivant »', '« Suivant »'],
  ['«Mes cotisations »', '« Mes cotisations »'],
  ['des entreprises (CFE)', 'des entreprises (CFE).'],
  ['un nouveau compte administrateur', 'un nouveau compte administrateur.'],
];

interface SeedQuestion {
  question: string;
  answer: string[];
}

/** Spaces (no-break ones included) as one, and the list's own bullet or step number dropped. */
function normalise(line: string): string {
  return line.replace(/\s+/g, ' ').trim().replace(/^(•|\d+\.) /, '');
}

function corrected(line: string): string {
  return TYPO_CORRECTIONS.reduce((text, [typo, correction]) => text.replace(typo, correction), line);
}

/** Blocks end with the prompt; a block's first non-empty line is the question, the others its answer. */
function parseSeed(text: string): { intro: string[]; questions: SeedQuestion[] } {
  // The seed's no-break spaces (before « ? », inside « »…) are spaces like the others.
  const blocks = text.replace(/\u00a0/g, ' ').split(PROMPT);
  if (blocks.pop()?.trim() !== '') throw new Error('the seed should end with the prompt');
  const linesOf = (block: string) => block.split('\n').map(normalise).filter((line) => line !== '').map(corrected);
  const [first, ...others] = blocks.map(linesOf);
  const intro = first.splice(0, INTRO_LINES);
  return { intro, questions: [first, ...others].map(([question, ...answer]) => ({ question, answer })) };
}

const textOfLine = (line: HelpLine): string => line.map((run) => run.text).join('');

/** Every line of text a block shows, whatever its shape. */
function servedLines(block: HelpBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return block.lines.map(textOfLine);
    case 'subheading':
      return [block.text];
    case 'bullets':
    case 'steps':
      return block.items.flatMap((item) => item.map(textOfLine));
    case 'screen-link':
      return [block.label];
    case 'external-mention':
      return [block.text];
    case 'situation-table':
      return [
        block.table.changeHeader,
        block.table.interlocutorHeader,
        ...block.table.groups.flatMap((group) => [group.interlocutor, ...group.changes, ...group.bodies]),
      ];
  }
}

/** What the seed has and the served content lacks (or has more, for questions): empty when verbatim. */
function compare(seed: SeedQuestion[], served: HelpCentre): string[] {
  const servedQuestions = new Map(
    served.themes.flatMap((theme) => theme.questions).map((question) => [normalise(question.question), question]),
  );
  const differences: string[] = [];
  for (const { question, answer } of seed) {
    const match = servedQuestions.get(question);
    if (!match) {
      differences.push(`question manquante : ${question}`);
      continue;
    }
    const lines = new Set(match.answer.flatMap(servedLines).map(normalise));
    for (const line of answer) if (!lines.has(line)) differences.push(`${question} — ligne manquante : ${line}`);
  }
  const seedQuestions = new Set(seed.map(({ question }) => question));
  for (const question of servedQuestions.keys()) {
    if (!seedQuestions.has(question)) differences.push(`question absente de la FAQ d’origine : ${question}`);
  }
  return differences;
}

describe('« Questions-Réponses »: the seed, verbatim', () => {
  let test: TestApp;
  let served: HelpCentre;
  const seed = parseSeed(SEED);

  beforeAll(async () => {
    test = await createTestApp();
    served = (await request(test.http).get('/api/help/questions').expect(200)).body as HelpCentre;
  });
  afterAll(() => test.close());

  it('parses the thirty questions of the seed', () => {
    expect(seed.questions).toHaveLength(30);
    expect(seed.intro).toEqual([
      'Questions-Réponses',
      'Foire aux questions',
      'Cliquez sur le thème de votre choix pour découvrir les réponses à vos questions',
      'Suppression du RSI, accès à Mon compte, perte de carte Vitale, démarches administratives. Les réponses à toutes vos questions sur secu-indépendants.fr.',
    ]);
  });

  it('corrects only typos the seed has', () => {
    const seedLines = SEED.replace(/\u00a0/g, ' ').split('\n').map(normalise);
    const unused = TYPO_CORRECTIONS.filter(([typo]) => !seedLines.some((line) => line.includes(typo)));
    expect(unused).toEqual([]);
  });

  it('serves the page’s title and intro, then every question and every answer line of the seed, and no other question', () => {
    expect([served.title, served.subtitle, ...served.intro]).toEqual(seed.intro);
    expect(compare(seed.questions, served)).toEqual([]);
    expect(served.themes.flatMap((theme) => theme.questions)).toHaveLength(30);
  });

  it('would see a line removed from an answer, a question missing, or a question the seed lacks', () => {
    const altered = structuredClone(served);
    const messaging = altered.themes.flatMap((theme) => theme.questions).find((question) => question.id === 'envoyer-un-courriel');
    messaging?.answer.splice(1, 1);
    const [first] = altered.themes;
    const removed = first.questions.shift();
    first.questions.push({ id: 'inventee', question: 'Une question inventée ?', answer: [] });

    expect(compare(seed.questions, altered)).toEqual([
      `question manquante : ${removed?.question}`,
      'Je ne trouve plus le bouton "envoyer un courriel" sur secu-independants.fr : comment envoyer un mail à l\'Urssaf ? — ligne manquante : ' +
        'Elle est ainsi plus sécurisée et vous permet d\'accéder à l\'historique de vos échanges avec l\'Urssaf.',
      'question absente de la FAQ d’origine : Une question inventée ?',
    ]);
  });

  it('groups the questions by theme, each with a stable id', () => {
    expect(served.themes.map((theme) => [theme.title, theme.questions.length])).toEqual([
      ['Votre compte sur urssaf.fr', 6],
      ['Contacter l’Urssaf', 2],
      ['Experts-comptables : espace et portefeuille', 7],
      ['Collaborateurs et responsable', 3],
      ['Réclamation et médiation', 5],
      ['Difficultés de paiement', 1],
      ['Changement de situation', 6],
    ]);
    const ids = served.themes.flatMap((theme) => [theme.id, ...theme.questions.map((question) => question.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('turns the seed’s link labels into links to the portal’s screens, and never links to another site', () => {
    const links = served.themes.flatMap((theme) =>
      theme.questions.flatMap((question) =>
        question.answer.flatMap((block) => {
          if (block.kind === 'screen-link') return [`${question.id} | ${block.label} → ${block.href}`];
          const lines = block.kind === 'paragraph' ? block.lines : block.kind === 'bullets' || block.kind === 'steps' ? block.items.flat() : [];
          return lines.flat().flatMap((run) => (run.href ? [`${question.id} | ${run.text} → ${run.href}`] : []));
        }),
      ),
    );
    expect(links).toEqual(
      expect.arrayContaining([
        'mon-compte-ouvre-urssaf-fr | Comment ça marche ? → /connexion',
        'identifiant-et-mot-de-passe | Comment ça marche ? → /connexion',
        'nouveaux-services-urssaf-fr | Fiche pratique Urssaf.fr → /messagerie',
        'envoyer-un-courriel | Fiche pratique Urssaf.fr → /messagerie',
        'expert-comptable-creer-un-compte | Créer votre espace → /inscription',
        'expert-comptable-creer-un-compte | Fiche pratique → /inscription',
        'creer-le-portefeuille-clients | Fiche pratique → /portefeuille',
        'code-de-securite-perdu | Ajouter un client → /portefeuille/ajouter',
        'ajouter-un-collaborateur | Gérer les comptes → /comptes',
        'ajouter-un-collaborateur | Ajouter un compte → /comptes/ajouter',
        'changement-de-responsable | transférer tous les clients vers ce nouveau compte → /comptes/transfert',
        'deposer-une-reclamation | Je dépose une réclamation → /reclamations/nouvelle',
        'saisir-le-mediateur | Je saisis le médiateur → /mediation',
        'conditions-de-la-mediation | Saisir le médiateur → /mediation/saisir',
        'domaines-de-la-mediation | Saisir le médiateur → /mediation/saisir',
        'etapes-de-la-mediation | Saisir le médiateur → /mediation/saisir',
        'signaler-un-changement | Changement de situation → /aide/changement-de-situation',
        'signaler-un-deces | Changement de situation → /aide/changement-de-situation',
      ]),
    );
    for (const link of links) expect(link).toMatch(/ → \/[a-z]/);
    // The labels of other sites are named, not linked.
    const mentions = served.themes.flatMap((theme) =>
      theme.questions.flatMap((question) => question.answer.flatMap((block) => (block.kind === 'external-mention' ? [`${block.text} (${block.site})`] : []))),
    );
    expect(mentions).toContain('Attestations Carte Vitale (ameli.fr)');
    expect(JSON.stringify(served)).not.toMatch(/"href":"(?!\/[a-z])/);
  });

  it('completes the organisations the seed showed as logos, in the table and in the answers', () => {
    const answerOf = (id: string) => served.themes.flatMap((theme) => theme.questions).find((question) => question.id === id)?.answer ?? [];
    const table = answerOf('signaler-un-changement').find((block) => block.kind === 'situation-table');
    expect(table?.kind === 'situation-table' && table.table.groups.map((group) => [group.interlocutor, group.bodies, group.changes])).toEqual([
      [
        'à signaler dans le mois qui suit au centre de formalités des entreprises',
        [],
        ['Changement de statut', 'Changement d\'adresse professionnelle', 'Cessation d\'activité'],
      ],
      [
        'à signaler à :',
        ['votre Urssaf', 'votre caisse d’assurance maladie (Cpam)', 'votre caisse de retraite (Carsat)'],
        ['Changement d\'état civil', 'Nouvelle adresse personnelle', 'Changement de coordonnées bancaires / RIB / IBAN'],
      ],
    ]);
    for (const id of ['signaler-un-demenagement', 'changement-d-etat-civil', 'changement-de-compte-bancaire']) {
      expect(answerOf(id).flatMap(servedLines)).toEqual(
        expect.arrayContaining(['votre Urssaf', 'votre caisse d’assurance maladie (Cpam)', 'votre caisse de retraite (Carsat)']),
      );
    }
  });

  it('builds the « Changement de situation » guide from the seed’s own wording', () => {
    const seedText = [...seed.intro, ...seed.questions.flatMap(({ question, answer }) => [question, ...answer])].join('\n');
    const guide = served.situationGuide;
    expect(guide.title).toBe('Changement de situation');
    expect(guide.changes.map((change) => [change.id, change.label, change.delay])).toEqual([
      ['statut', 'Changement de statut', 'Dans le mois qui suit le changement'],
      ['adresse-professionnelle', 'Changement d\'adresse professionnelle', 'Dans le mois qui suit le changement'],
      ['cessation', 'Cessation d\'activité', 'Dans le mois qui suit le changement'],
      ['etat-civil', 'Changement d\'état civil', 'Dès que possible : aucun délai n’est fixé'],
      ['adresse-personnelle', 'Nouvelle adresse personnelle', 'Dès que possible : aucun délai n’est fixé'],
      ['coordonnees-bancaires', 'Changement de coordonnées bancaires / RIB / IBAN', 'Dès que possible : aucun délai n’est fixé'],
      ['deces', 'Décès', 'Dès que possible : aucun délai n’est fixé'],
    ]);
    const questionIds = new Set(served.themes.flatMap((theme) => theme.questions.map((question) => question.id)));
    for (const change of guide.changes) {
      for (const quoted of [change.rule, ...change.sentences]) expect(seedText, change.id).toContain(quoted);
      if (change.id !== 'deces') expect(seedText.split('\n')).toContain(change.label);
      expect(questionIds.has(change.questionId), change.questionId).toBe(true);
    }
    const deces = guide.changes.find((change) => change.id === 'deces');
    expect(deces?.rule).toBe(
      'la famille doit prévenir les trois organismes de sécurité sociale, en envoyant un bulletin de décès ou la photocopie du livret de famille mis à jour.',
    );
    const etatCivil = guide.changes.find((change) => change.id === 'etat-civil');
    expect(etatCivil?.links.map((link) => link.href)).toEqual(['/messagerie', '/reclamations/nouvelle']);
  });
});
