import { CotisationsTest, anOverview, setUpCotisationsTest, textOf, wordsOf } from '../testing/cotisations-testing';

describe('HistoriquePage', () => {
  let test: CotisationsTest;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
  });

  afterEach(() => test.http.verify());

  it('lists the operations with their amount and author', async () => {
    const page = await test.openClient(
      'historique',
      anOverview({
        history: [
          {
            at: '2027-02-04T10:00:00.000Z',
            label: 'Paiement par carte bancaire de l’échéance de février 2027',
            amountCents: 37_500,
            actor: 'Cabinet Lefebvre (Marie Lefebvre)',
          },
          {
            at: '2027-01-20T15:30:00.000Z',
            label: 'Signature du mandat de prélèvement SEPA',
            amountCents: null,
            actor: 'Vous',
          },
        ],
      }),
    );

    expect(Array.from(page.querySelectorAll('thead th'), (th) => textOf(th))).toEqual([
      'Date',
      'Opération',
      'Montant',
      'Par',
    ]);
    expect(Array.from(page.querySelectorAll('tbody tr'), (row) => wordsOf(row))).toEqual([
      '4 février 2027 à 11:00 Paiement par carte bancaire de l’échéance de février 2027 375,00 € Cabinet Lefebvre (Marie Lefebvre)',
      '20 janvier 2027 à 16:30 Signature du mandat de prélèvement SEPA — Sans montant Vous',
    ]);
  });

  it('says when there is nothing yet', async () => {
    const page = await test.openClient('historique');
    expect(textOf(page.querySelector('.empty-state'))).toBe('Aucune opération pour le moment.');
  });
});
