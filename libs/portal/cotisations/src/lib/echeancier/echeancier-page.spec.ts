import {
  CotisationsTest,
  anInstalment,
  anOverview,
  setUpCotisationsTest,
  textOf,
  withInstalmentPaid,
  wordsOf,
} from '../testing/cotisations-testing';

describe('EcheancierPage', () => {
  let test: CotisationsTest;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
  });

  afterEach(() => test.http.verify());

  function rows(page: HTMLElement): string[][] {
    return Array.from(page.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => wordsOf(cell)),
    );
  }

  it('shows the year’s totals in euros, and the formula', async () => {
    const page = await test.openClient('echeancier');

    expect(textOf(page.querySelector('h2'))).toBe('Échéancier 2027');
    expect(Array.from(page.querySelectorAll('.totals__item'), (item) => wordsOf(item))).toEqual([
      'Cotisations 2027 4 500,00 €',
      'Déjà payé 750,00 €',
      'Reste à payer 3 750,00 €',
    ]);
    expect(textOf(page.querySelector('.formula'))).toContain('45 % du revenu professionnel');
  });

  it('lists the 12 instalments, with « Payer » on the unpaid ones', async () => {
    const page = await test.openClient('echeancier');

    expect(Array.from(page.querySelectorAll('thead th'), (th) => textOf(th))).toEqual([
      'Échéance n°',
      'Date d’échéance',
      'Montant',
      'Statut',
      'Payée le / par',
      'Action',
    ]);
    const table = rows(page);
    expect(table).toHaveLength(12);
    expect(table[0]).toEqual(['1', '5 janvier 2027', '375,00 €', 'Payée', '4 janvier 2027 — Carte bancaire', '']);
    expect(table[2]).toEqual([
      '3',
      '5 mars 2027',
      '375,00 €',
      'En retard',
      '— Non payée',
      'Payer l’échéance de mars 2027',
    ]);
    expect(table[11][0]).toBe('12');
    expect(table[11][1]).toBe('5 décembre 2027');

    const payLinks = Array.from(page.querySelectorAll<HTMLAnchorElement>('td.action a'));
    expect(payLinks).toHaveLength(10);
    expect(payLinks[0].getAttribute('href')).toBe(
      '/portefeuille/clients/client-42/cotisations/paiements?echeance=inst-3',
    );
  });

  it('summarises the chart for assistive technologies, and follows the overview', async () => {
    const page = await test.openClient('echeancier', withInstalmentPaid(anOverview(), 3));

    const canvas = page.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(textOf(page.querySelector('h3#repartition-titre'))).toBe('Répartition de l’année');
    expect(canvas?.getAttribute('aria-label')?.replace(/\s/g, ' ')).toBe(
      'Graphique des 12 échéances 2027 : 3 payées pour 1 125,00 €, 9 non payées pour 3 375,00 €. ' +
        'Le détail figure dans le tableau des échéances.',
    );
    expect(test.getContext).toHaveBeenCalledWith('2d');
  });

  it('shows what earlier years still owe above the year, each with « Payer »', async () => {
    const overview = anOverview();
    const page = await test.openClient(
      'echeancier',
      { ...overview, previousYearsDueCents: 37_500, instalments: [anInstalment(12, 'en-retard', 2026), ...overview.instalments] },
    );

    expect(textOf(page.querySelector('#solde-titre'))).toBe('Solde des années précédentes : 375,00 € à régler');
    const balance = page.querySelector('.balance');
    expect(Array.from(balance?.querySelectorAll('tbody tr') ?? [], (row) => Array.from(row.querySelectorAll('th, td'), (cell) => wordsOf(cell)))).toEqual([
      ['12', '5 décembre 2026', '375,00 €', 'En retard', '— Non payée', 'Payer l’échéance de décembre 2026'],
    ]);
    expect(rows(page)).toHaveLength(13);
    expect(page.querySelector('canvas')?.getAttribute('aria-label')).toContain('Graphique des 12 échéances 2027');
  });

  it('shows no balance section when earlier years owe nothing, and no provisional schedule before December', async () => {
    const page = await test.openClient('echeancier');

    expect(page.querySelector('.balance')).toBeNull();
    expect(page.querySelector('#provisionnel-titre')).toBeNull();
  });

  it('shows next year’s provisional schedule once it is published, payable', async () => {
    const overview = anOverview();
    const next = Array.from({ length: 12 }, (_, index) => anInstalment(index + 1, 'a-payer', 2028));
    const page = await test.openClient('echeancier', {
      ...overview,
      nextYear: { year: 2028, annualAmountCents: 450_000 },
      instalments: [...overview.instalments, ...next],
    });

    expect(textOf(page.querySelector('#provisionnel-titre'))).toBe('Échéancier provisionnel 2028 : 4 500,00 €');
    const table = rows(page);
    expect(table).toHaveLength(24);
    expect(table[12]).toEqual(['1', '5 janvier 2028', '375,00 €', 'À payer', '— Non payée', 'Payer l’échéance de janvier 2028']);
    expect(page.querySelector('canvas')?.getAttribute('aria-label')).toContain('Graphique des 12 échéances 2027');
  });

  it('names the regularisation in its row, in « Payer » and in the chart', async () => {
    const overview = anOverview();
    const regularisation = { ...anInstalment(13, 'a-payer'), dueDate: '2028-01-09', amountCents: 120_000 };
    const page = await test.openClient('echeancier', { ...overview, instalments: [...overview.instalments, regularisation] });

    expect(rows(page)[12]).toEqual(['Régularisation 2027', '9 janvier 2028', '1 200,00 €', 'À payer', '— Non payée', 'Payer la régularisation 2027']);
    expect(page.querySelector('canvas')?.getAttribute('aria-label')).toContain('Graphique des 13 échéances 2027');
  });
});
