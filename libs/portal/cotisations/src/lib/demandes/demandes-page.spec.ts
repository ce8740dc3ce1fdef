import type { ContributionRequest } from '@portail/domain';
import {
  CotisationsTest,
  anOverview,
  buttonByText,
  errorOf,
  setUpCotisationsTest,
  textAreaByLabel,
  textOf,
  wordsOf,
  typeInto,
} from '../testing/cotisations-testing';

const FILED: ContributionRequest = {
  id: 'request-1',
  kind: 'delai',
  reason: 'Un client important a payé avec trois mois de retard.',
  status: 'en-cours',
  createdAt: '2027-03-10T09:00:00.000Z',
  decidedAt: null,
  decisionComment: null,
};

describe('DemandesPage', () => {
  let test: CotisationsTest;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
  });

  afterEach(() => test.http.verify());

  function chooseKind(page: HTMLElement, label: string): void {
    const radio = Array.from(page.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find((input) =>
      textOf(input.closest('mat-radio-button')).includes(label),
    );
    if (!radio) {
      throw new Error(`No choice « ${label} »`);
    }
    radio.click();
  }

  it('files a request for a payment delay, then lists it as being examined', async () => {
    const page = await test.navigate('/mes-cotisations/demandes');
    (await test.nextRequest('/api/me/cotisations')).flush(anOverview());
    (await test.nextRequest('/api/me/tiers')).flush([]);
    await test.settle();
    expect(page.querySelector('.empty-state')).not.toBeNull();

    chooseKind(page, 'Demander un délai de paiement');
    typeInto(textAreaByLabel(page, 'Motif de la demande'), `  ${FILED.reason}  `);
    buttonByText(page, 'Envoyer la demande').click();

    const request = await test.nextRequest('/api/me/cotisations/demandes');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ kind: 'delai', reason: FILED.reason });
    request.flush(anOverview({ requests: [FILED] }), { status: 201, statusText: 'Created' });
    await test.settle();

    expect(textOf(page.querySelector('[role="status"]'))).toBe(
      'Votre demande de délai de paiement est transmise à un conseiller Urssaf. Sa réponse s’affichera dans la liste des demandes.',
    );
    expect(Array.from(page.querySelectorAll('.request'), (item) => wordsOf(item))).toEqual([
      `Demande de délai de paiement En cours d’instruction Envoyée le 10 mars 2027 ${FILED.reason}`,
    ]);
    expect(textAreaByLabel(page, 'Motif de la demande').value).toBe('');
  });

  it('requires the kind and the motive, without any request', async () => {
    const page = await test.openClient('demandes');
    buttonByText(page, 'Envoyer la demande').click();
    await test.settle();

    expect(textOf(page.querySelector('#type-demande-erreur'))).toBe('Choisissez le type de demande.');
    expect(page.querySelector('mat-radio-group')?.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(textAreaByLabel(page, 'Motif de la demande'))).toBe('Le motif de la demande est obligatoire.');
    test.http.expectNone('/api/portfolio/clients/client-42/cotisations/demandes');
  });

  it('shows the conseiller’s answer', async () => {
    const page = await test.openClient(
      'demandes',
      anOverview({
        requests: [
          {
            ...FILED,
            kind: 'recalcul',
            status: 'refusee',
            decidedAt: '2027-03-12T14:00:00.000Z',
            decisionComment: 'Les revenus 2026 déclarés sont confirmés par votre bilan.',
          },
        ],
      }),
    );

    const answered = page.querySelector('.request');
    expect(textOf(answered?.querySelector('.request__heading'))).toBe('Demande de recalcul des cotisations Refusée');
    expect(textOf(answered?.querySelector('.request__decision p'))).toBe(
      'Réponse du conseiller Urssaf, le 12 mars 2027',
    );
    expect(textOf(answered?.querySelector('.request__decision .request__reason'))).toBe(
      'Les revenus 2026 déclarés sont confirmés par votre bilan.',
    );
  });
});
