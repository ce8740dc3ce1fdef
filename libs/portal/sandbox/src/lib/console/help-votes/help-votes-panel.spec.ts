import type { HelpVoteCount } from '@portail/domain';
import {
  type PanelTest,
  apiError,
  buttonByText,
  linkByText,
  setUpPanelTest,
  textOf,
} from '../../testing/sandbox-testing';
import { HelpVotesPanel, groupByTheme } from './help-votes-panel';

function aCount(overrides: Partial<HelpVoteCount>): HelpVoteCount {
  return {
    questionId: 'code-de-securite-perdu',
    question: "Quel est le mode d'emploi si mon client a perdu le courrier contenant le code de sécurité ?",
    themeId: 'experts-comptables',
    theme: 'Experts-comptables : espace et portefeuille',
    useful: 0,
    notUseful: 0,
    ...overrides,
  };
}

const COUNTS: HelpVoteCount[] = [
  aCount({ useful: 3, notUseful: 1 }),
  aCount({
    questionId: 'nombre-de-clients',
    question: 'Ai-je un quota à ne pas dépasser ou puis-je inscrire autant de clients que je le souhaite ?',
  }),
  aCount({
    questionId: 'signaler-un-deces',
    question: 'Comment signaler un décès ?',
    themeId: 'changement-de-situation',
    theme: 'Changement de situation',
    notUseful: 2,
  }),
];

describe('HelpVotesPanel', () => {
  let test: PanelTest;
  let panel: HTMLElement;

  beforeEach(async () => {
    test = await setUpPanelTest(HelpVotesPanel);
    panel = test.element;
  });

  afterEach(() => test.http.verify());

  function rowsOf(table: Element): string[][] {
    return Array.from(table.querySelectorAll('tbody tr'), (row) => Array.from(row.querySelectorAll('th, td'), textOf));
  }

  it('shows one table per theme: question, Oui, Non, total, zeros included', async () => {
    (await test.nextRequest('/api/sandbox/help-votes')).flush(COUNTS);
    await test.settle();

    expect(textOf(panel.querySelector('h2'))).toBe('Questions-Réponses');
    const tables = Array.from(panel.querySelectorAll('table'));
    expect(tables.map((table) => textOf(table.querySelector('caption')))).toEqual([
      'Experts-comptables : espace et portefeuille',
      'Changement de situation',
    ]);
    expect(Array.from(tables[0].querySelectorAll('thead th'), textOf)).toEqual(['Question', 'Oui', 'Non', 'Total']);
    expect(rowsOf(tables[0])).toEqual([
      ["Quel est le mode d'emploi si mon client a perdu le courrier contenant le code de sécurité ?", '3', '1', '4'],
      ['Ai-je un quota à ne pas dépasser ou puis-je inscrire autant de clients que je le souhaite ?', '0', '0', '0'],
    ]);
    expect(rowsOf(tables[1])).toEqual([['Comment signaler un décès ?', '0', '2', '2']]);
    expect(textOf(panel.querySelector('.help-votes__summary [role="status"]'))).toBe('6 réponses au total.');
    expect(linkByText(panel, 'Comment signaler un décès ?').getAttribute('href')).toBe(
      '/aide/questions/signaler-un-deces',
    );
  });

  it('reads the counts again on « Actualiser »', async () => {
    (await test.nextRequest('/api/sandbox/help-votes')).flush(COUNTS);
    await test.settle();
    buttonByText(panel, 'Actualiser').click();
    (await test.nextRequest('/api/sandbox/help-votes')).flush([aCount({ useful: 4, notUseful: 1 })]);
    await test.settle();
    expect(rowsOf(panel.querySelector('table') as Element)).toEqual([
      ["Quel est le mode d'emploi si mon client a perdu le courrier contenant le code de sécurité ?", '4', '1', '5'],
    ]);
  });

  it('shows the API’s refusal and reads again', async () => {
    (await test.nextRequest('/api/sandbox/help-votes')).flush(
      ...apiError(404, 'Cette adresse ne correspond à aucune ressource du portail.'),
    );
    await test.settle();
    expect(textOf(panel.querySelector('[role="alert"] p'))).toBe(
      'Cette adresse ne correspond à aucune ressource du portail.',
    );
    buttonByText(panel, 'Réessayer').click();
    (await test.nextRequest('/api/sandbox/help-votes')).flush([]);
    await test.settle();
    expect(textOf(panel.querySelector('[role="status"]'))).toBe('0 réponse au total.');
  });
});

describe('groupByTheme', () => {
  it('keeps the API’s order', () => {
    expect(groupByTheme(COUNTS).map((theme) => [theme.theme, theme.rows.length])).toEqual([
      ['Experts-comptables : espace et portefeuille', 2],
      ['Changement de situation', 1],
    ]);
  });
});
