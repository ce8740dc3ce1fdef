import {
  CotisationsTest,
  anOverview,
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  setUpCotisationsTest,
  textOf,
  wordsOf,
  typeInto,
} from '../testing/cotisations-testing';

describe('RevenusPage', () => {
  let test: CotisationsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
    page = await test.openClient('revenus');
  });

  afterEach(() => test.http.verify());

  it('declares « 32 500,50 » as 3 250 050 cents of the declaration year, then shows the recalculated amount', async () => {
    typeInto(fieldByLabel(page, 'Revenu professionnel 2026'), '32 500,50');
    buttonByText(page, 'Déclarer le revenu').click();

    const request = await test.nextRequest('/api/portfolio/clients/client-42/cotisations/revenus');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ year: 2026, incomeCents: 3_250_050 });
    request.flush(
      anOverview({
        annualAmountCents: 1_462_523,
        remainingCents: 1_387_523,
        declarations: [
          {
            year: 2026,
            incomeCents: 3_250_050,
            declaredAt: '2027-03-10T09:00:00.000Z',
            declaredBy: 'Cabinet Lefebvre',
          },
          ...anOverview().declarations,
        ],
      }),
    );
    await test.settle();

    expect(textOf(page.querySelector('[role="status"]'))).toBe(
      'Vos cotisations 2027 ont été recalculées : 14 625,23 € pour l’année, dont 13 875,23 € restant à payer. Voir l’échéancier',
    );
    expect(fieldByLabel(page, 'Revenu professionnel 2026').value).toBe('');
    expect(Array.from(page.querySelectorAll('tbody tr'), (row) => wordsOf(row))).toEqual([
      '2026 32 500,50 € 10 mars 2027 Cabinet Lefebvre',
      '2025 10 000,00 € 12 avril 2026 Urssaf',
    ]);
  });

  it('accepts 0, for a year without income', async () => {
    typeInto(fieldByLabel(page, 'Revenu professionnel 2026'), '0');
    buttonByText(page, 'Déclarer le revenu').click();
    const request = await test.nextRequest('/api/portfolio/clients/client-42/cotisations/revenus');
    expect(request.request.body).toEqual({ year: 2026, incomeCents: 0 });
    request.flush(anOverview());
    await test.settle();
  });

  it('refuses an amount it cannot read, without any request', async () => {
    const income = fieldByLabel(page, 'Revenu professionnel 2026');
    typeInto(income, '32.500,50');
    buttonByText(page, 'Déclarer le revenu').click();
    await test.settle();

    expect(errorOf(income)).toBe('Le revenu doit être un montant en euros, par exemple 32 500,50.');
    expect(income.getAttribute('aria-invalid')).toBe('true');
    test.http.expectNone('/api/portfolio/clients/client-42/cotisations/revenus');
  });

  it('shows the API’s refusal at the field', async () => {
    const income = fieldByLabel(page, 'Revenu professionnel 2026');
    typeInto(income, '1000');
    buttonByText(page, 'Déclarer le revenu').click();
    (await test.nextRequest('/api/portfolio/clients/client-42/cotisations/revenus')).flush(
      ...apiError(400, 'Données invalides.', {
        errors: [{ field: 'incomeCents', message: 'Les revenus 2026 ne peuvent plus être modifiés.' }],
      }),
    );
    await test.settle();
    expect(errorOf(income)).toBe('Les revenus 2026 ne peuvent plus être modifiés.');
  });
});
