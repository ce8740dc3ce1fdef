import { CARD_MESSAGES, type CotisationsOverview, IBAN_MESSAGES } from '@portail/domain';
import {
  CotisationsTest,
  anInstalment,
  anOverview,
  apiError,
  buttonByText,
  errorOf,
  fieldByLabel,
  selectByLabel,
  setUpCotisationsTest,
  textOf,
  wordsOf,
  typeInto,
  withInstalmentPaid,
} from '../testing/cotisations-testing';

const BASE = '/api/portfolio/clients/client-42/cotisations';
const VALID_IBAN = 'FR76 3000 6000 0112 3456 7890 189';

describe('PaiementsPage', () => {
  let test: CotisationsTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
  });

  afterEach(() => test.http.verify());

  async function open(overview: CotisationsOverview = anOverview(), query = ''): Promise<void> {
    page = await test.openClient(`paiements${query}`, overview);
  }

  function section(titleId: string): HTMLElement {
    const found = page.querySelector<HTMLElement>(`section[aria-labelledby="${titleId}"]`);
    if (!found) {
      throw new Error(`No section ${titleId}`);
    }
    return found;
  }

  describe('Carte bancaire', () => {
    const card = () => section('carte-titre');

    async function fillCard(number: string): Promise<HTMLInputElement> {
      const cardNumber = fieldByLabel(card(), 'Numéro de carte');
      typeInto(cardNumber, number);
      typeInto(fieldByLabel(card(), 'Date d’expiration (MM/AA)'), '12/29');
      typeInto(fieldByLabel(card(), 'Cryptogramme visuel'), '123');
      typeInto(fieldByLabel(card(), 'Titulaire de la carte'), 'Paul Durand');
      await test.settle();
      return cardNumber;
    }

    it('offers last year’s balance and a regularisation by their names, oldest first', async () => {
      const overview = anOverview();
      const regularisation = { ...anInstalment(13, 'a-payer', 2026), dueDate: '2027-03-20', amountCents: 120_000 };
      await open({ ...overview, previousYearsDueCents: 157_500, instalments: [anInstalment(12, 'en-retard', 2026), regularisation, ...overview.instalments] });

      const options = Array.from(selectByLabel(card(), 'Échéance à payer').options, (option) => textOf(option));
      expect(options.slice(0, 3)).toEqual([
        'Échéance de décembre 2026 — 375,00 € (En retard)',
        'Régularisation 2026 — 1 200,00 € (À payer)',
        'Échéance de mars 2027 — 375,00 € (En retard)',
      ]);
    });

    it('offers the unpaid instalments, the one chosen on the échéancier first, and the test cards', async () => {
      await open(anOverview(), '?echeance=inst-5');

      const instalment = selectByLabel(card(), 'Échéance à payer');
      expect(instalment.value).toBe('inst-5');
      expect(Array.from(instalment.options, (option) => textOf(option))[0]).toBe(
        'Échéance de mars 2027 — 375,00 € (En retard)',
      );
      expect(instalment.options).toHaveLength(10);
      expect(textOf(card().querySelector('.sandbox-cards'))).toContain(
        'Carte acceptée : 4970 1011 2233 4455. Carte refusée par la banque : 4000 0000 0000 0002.',
      );
      const cardNumber = fieldByLabel(card(), 'Numéro de carte');
      expect(cardNumber.getAttribute('autocomplete')).toBe('cc-number');
      expect(cardNumber.getAttribute('inputmode')).toBe('numeric');
    });

    it('refuses a number whose Luhn key is wrong as soon as it is typed, and sends nothing', async () => {
      await open();
      const cardNumber = await fillCard('4970 1011 2233 4456');

      expect(errorOf(cardNumber)).toBe(CARD_MESSAGES.numberChecksum);
      buttonByText(card(), 'Payer par carte bancaire').click();
      await test.settle();
      test.http.expectNone(`${BASE}/paiements/carte`);
      expect(cardNumber.getAttribute('aria-invalid')).toBe('true');
    });

    it('refuses an expired card, by the sandbox clock', async () => {
      await open();
      await fillCard('4970 1011 2233 4455');
      const expiry = fieldByLabel(card(), 'Date d’expiration (MM/AA)');
      typeInto(expiry, '02/27');
      buttonByText(card(), 'Payer par carte bancaire').click();
      await test.settle();

      expect(errorOf(expiry)).toBe(CARD_MESSAGES.expired);
      test.http.expectNone(`${BASE}/paiements/carte`);
    });

    it('shows the bank’s refusal of the declined card, and empties the number', async () => {
      await open();
      const cardNumber = await fillCard('4000 0000 0000 0002');
      buttonByText(card(), 'Payer par carte bancaire').click();

      const request = await test.nextRequest(`${BASE}/paiements/carte`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        instalmentId: 'inst-3',
        cardNumber: '4000000000000002',
        expiry: '12/29',
        cvc: '123',
        holder: 'Paul Durand',
      });
      request.flush(...apiError(422, CARD_MESSAGES.declined, { reason: 'card-declined' }));
      await test.settle();

      expect(textOf(card().querySelector('[role="alert"]'))).toBe(CARD_MESSAGES.declined);
      expect(cardNumber.value).toBe('');
      expect(fieldByLabel(card(), 'Cryptogramme visuel').value).toBe('');
      // Emptied, not refused: no « obligatoire » under the field.
      expect(errorOf(cardNumber)).toBeNull();
      expect(fieldByLabel(card(), 'Titulaire de la carte').value).toBe('Paul Durand');
    });

    it('pays the instalment with the accepted card, then offers the next one', async () => {
      await open();
      const cardNumber = await fillCard('4970101122334455');
      buttonByText(card(), 'Payer par carte bancaire').click();
      (await test.nextRequest(`${BASE}/paiements/carte`)).flush(withInstalmentPaid(anOverview(), 3));
      await test.settle();

      expect(textOf(card().querySelector('[role="status"]'))).toBe(
        'Paiement accepté : l’échéance de mars 2027 (375,00 €) est payée par carte bancaire.',
      );
      expect(cardNumber.value).toBe('');
      expect(selectByLabel(card(), 'Échéance à payer').value).toBe('inst-4');
    });
  });

  describe('Télépaiement', () => {
    const telepayment = () => section('telepaiement-titre');

    it('records the order from a French account', async () => {
      await open();
      const iban = fieldByLabel(telepayment(), 'IBAN du compte à débiter');
      typeInto(iban, 'FR76 3000 6000 0112 3456 7890 188');
      await test.settle();
      expect(errorOf(iban)).toBe(IBAN_MESSAGES.checksum);

      typeInto(iban, VALID_IBAN.toLowerCase());
      buttonByText(telepayment(), 'Valider l’ordre de télépaiement').click();
      const request = await test.nextRequest(`${BASE}/paiements/telepaiement`);
      expect(request.request.body).toEqual({ instalmentId: 'inst-3', iban: 'FR7630006000011234567890189' });
      request.flush(withInstalmentPaid(anOverview(), 3, 'telepaiement'));
      await test.settle();

      expect(textOf(telepayment().querySelector('[role="status"]'))).toContain(
        'Ordre de télépaiement enregistré : l’échéance de mars 2027 (375,00 €)',
      );
    });
  });

  describe('Prélèvement automatique', () => {
    const debit = () => section('prelevement-titre');

    it('checks the IBAN before signing the SEPA mandate', async () => {
      await open();
      expect(textOf(debit())).toContain('les échéances non payées (10, soit 3 750,00 €) seront prélevées');
      typeInto(fieldByLabel(debit(), 'Titulaire du compte'), 'Paul Durand');
      const iban = fieldByLabel(debit(), 'IBAN du compte à prélever');
      typeInto(iban, 'DE89 3704 0044 0532 0130 00');
      buttonByText(debit(), 'Signer le mandat de prélèvement SEPA').click();
      await test.settle();

      expect(errorOf(iban)).toBe(IBAN_MESSAGES.country);
      test.http.expectNone(`${BASE}/prelevement`);

      typeInto(iban, VALID_IBAN);
      buttonByText(debit(), 'Signer le mandat de prélèvement SEPA').click();
      const request = await test.nextRequest(`${BASE}/prelevement`);
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual({ holder: 'Paul Durand', iban: 'FR7630006000011234567890189' });
      request.flush(
        anOverview({
          mandate: {
            holder: 'Paul Durand',
            maskedIban: 'FR76 **** **** **** **** ***0 189',
            reference: 'RUM-2027-000042',
            signedAt: '2027-03-10T09:00:00.000Z',
          },
        }),
      );
      await test.settle();

      expect(Array.from(debit().querySelectorAll('.mandate div'), (row) => wordsOf(row))).toEqual([
        'Titulaire du compte Paul Durand',
        'IBAN FR76 **** **** **** **** ***0 189',
        'Référence unique de mandat (RUM) RUM-2027-000042',
        'Signé le 10 mars 2027',
      ]);
      expect(textOf(debit().querySelector('[role="status"]'))).toContain('Le mandat de prélèvement SEPA est signé');
    });

    it('revokes the mandate once confirmed', async () => {
      const mandate = {
        holder: 'Paul Durand',
        maskedIban: 'FR76 **** **** **** **** ***0 189',
        reference: 'RUM-2027-000042',
        signedAt: '2027-03-01T09:00:00.000Z',
      };
      await open(anOverview({ mandate }));
      buttonByText(debit(), 'Révoquer le mandat').click();
      await test.settle();

      const dialog = document.querySelector<HTMLElement>('mat-dialog-container');
      expect(textOf(dialog?.querySelector('h2'))).toBe('Révoquer le mandat de prélèvement ?');
      buttonByText(dialog as HTMLElement, 'Révoquer le mandat').click();
      const request = await test.nextRequest(`${BASE}/prelevement`);
      expect(request.request.method).toBe('DELETE');
      request.flush(anOverview());
      await test.settle();

      expect(debit().querySelector('.mandate')).toBeNull();
      expect(buttonByText(debit(), 'Signer le mandat de prélèvement SEPA')).toBeTruthy();
    });
  });
});
