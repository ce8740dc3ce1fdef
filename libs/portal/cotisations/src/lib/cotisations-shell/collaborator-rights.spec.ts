import { CotisationsTest, setUpCotisationsTest, textOf } from '../testing/cotisations-testing';

/** A collaborator with « Consultation des cotisations » only: reads everything, is offered no action. */
describe('« Mes cotisations » for a collaborator with consultation rights only', () => {
  let test: CotisationsTest;

  beforeEach(async () => {
    test = await setUpCotisationsTest(['consultation-cotisations']);
  });

  afterEach(() => test.http.verify());

  it('offers no « Payer », no Paiements or Demandes sub-page', async () => {
    const page = await test.openClient('echeancier');

    expect(page.querySelectorAll('tbody tr')).toHaveLength(12);
    expect(page.querySelectorAll('td.action a')).toHaveLength(0);
    expect(Array.from(page.querySelectorAll('.sections__link'), (link) => textOf(link))).toEqual([
      'Échéancier',
      'Revenus',
      'Historique',
    ]);
  });

  it('says which right is missing instead of the payment forms', async () => {
    const payments = await test.openClient('paiements');
    expect(payments.querySelector('form')).toBeNull();
    expect(textOf(payments.querySelector('pt-notice'))).toContain('ne dispose pas du droit « Paiement »');
  });

  it('says which right is missing instead of the income declaration form', async () => {
    const income = await test.openClient('revenus');
    expect(income.querySelector('form')).toBeNull();
    expect(textOf(income.querySelector('pt-notice'))).toContain('« Déclaration des revenus »');
  });
});
