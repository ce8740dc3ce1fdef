import type { PendingContributionRequest } from '@portail/domain';
import { type RoutedTest, setUpRoutedTest, textOf } from '@portail/portal-forms/testing';
import { backofficeRoutes } from '../backoffice.routes';

const LIST_URL = '/api/backoffice/contribution-requests';

const DELAY: PendingContributionRequest = {
  id: 'request-delay',
  kind: 'delai',
  reason: 'Un client important a payé avec trois mois de retard.',
  status: 'en-cours',
  createdAt: '2027-03-10T09:00:00.000Z',
  decidedAt: null,
  decisionComment: null,
  contributorName: 'DURAND Paul',
  tiNumber: '12345678901',
  filedBy: 'Cabinet Lefebvre',
};

const RECALCULATION: PendingContributionRequest = {
  ...DELAY,
  id: 'request-recalculation',
  kind: 'recalcul',
  reason: 'Mon revenu 2026 a baissé de moitié.',
  status: 'refusee',
  decidedAt: '2027-03-11T14:00:00.000Z',
  decisionComment: 'Le revenu déclaré est confirmé par votre bilan.',
  contributorName: 'MARTIN Claire',
  filedBy: 'MARTIN Claire',
};

describe('ContributionRequestsPage', () => {
  let http: RoutedTest['http'];
  let nextRequest: RoutedTest['nextRequest'];
  let settle: RoutedTest['settle'];
  let page: HTMLElement;

  beforeEach(async () => {
    const test = await setUpRoutedTest([{ path: 'conseiller', children: backofficeRoutes }], { inputBinding: false });
    ({ http, nextRequest, settle } = test);
    page = await test.navigate('/conseiller/demandes');
  });

  afterEach(() => http.verify());

  function pendingRequest(id: string): HTMLElement {
    const title = page.querySelector(`#demande-${id}`);
    const item = title?.closest<HTMLElement>('li');
    if (!item) {
      throw new Error(`No pending request ${id}`);
    }
    return item;
  }

  function button(root: ParentNode, text: string): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((element) => textOf(element) === text);
    if (!found) {
      throw new Error(`No button « ${text} »`);
    }
    return found;
  }

  it('lists the pending requests apart from the decided ones, and links to the other back-office page', async () => {
    (await nextRequest(LIST_URL)).flush([DELAY, RECALCULATION]);
    await settle();

    expect(textOf(page.querySelector('h1'))).toBe('Demandes de délai et de recalcul');
    expect(
      Array.from(page.querySelectorAll('pt-backoffice-nav a'), (link) => [
        textOf(link),
        link.getAttribute('href'),
        link.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['Espaces en attente de paramétrage', '/conseiller', null],
      ['Demandes de délai et de recalcul', '/conseiller/demandes', 'page'],
      ['Messagerie', '/conseiller/messagerie', null],
      ['Réclamations', '/conseiller/reclamations', null],
      ['Médiations', '/conseiller/mediations', null],
    ]);
    expect(textOf(page.querySelector('#a-traiter-titre'))).toBe('À traiter (1)');
    expect(textOf(pendingRequest('request-delay').querySelector('h3'))).toBe(
      'Demande de délai de paiement — DURAND Paul',
    );
    const decided = page.querySelector('section[aria-labelledby="traitees-titre"] li');
    expect(textOf(decided?.querySelector('h3'))).toBe('Demande de recalcul des cotisations — MARTIN Claire Refusée');
    expect(textOf(decided?.querySelector('.request__decision'))).toBe(
      'Motif de la décision : Le revenu déclaré est confirmé par votre bilan.',
    );
  });

  it('requires the motive of the decision before sending it', async () => {
    (await nextRequest(LIST_URL)).flush([DELAY]);
    await settle();

    const item = pendingRequest('request-delay');
    button(item, 'Refuser').click();
    await settle();

    expect(textOf(item.querySelector('mat-error'))).toBe('Le motif de la décision est obligatoire.');
    expect(document.activeElement).toBe(item.querySelector('textarea'));
    http.expectNone(`${LIST_URL}/request-delay/decision`);
  });

  it('accepts a request with its motive, then reads the list again', async () => {
    (await nextRequest(LIST_URL)).flush([DELAY]);
    await settle();

    const item = pendingRequest('request-delay');
    const comment = item.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = ' Délai de trois mois accordé. ';
    comment.dispatchEvent(new Event('input'));
    button(item, 'Accepter').click();

    const decision = await nextRequest(`${LIST_URL}/request-delay/decision`);
    expect(decision.request.method).toBe('POST');
    expect(decision.request.body).toEqual({ decision: 'acceptee', comment: 'Délai de trois mois accordé.' });
    decision.flush({
      ...DELAY,
      status: 'acceptee',
      decidedAt: '2027-03-12T10:00:00.000Z',
      decisionComment: 'Délai de trois mois accordé.',
    });

    const decided = {
      ...DELAY,
      status: 'acceptee' as const,
      decidedAt: '2027-03-12T10:00:00.000Z',
      decisionComment: 'Délai de trois mois accordé.',
    };
    (await nextRequest(LIST_URL)).flush([decided]);
    await settle();

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'La demande de délai de paiement de DURAND Paul est acceptée. Le déclarant en est informé par courriel.',
    );
    expect(textOf(page.querySelector('#a-traiter-titre'))).toBe('À traiter (0)');
    expect(textOf(page.querySelector('section[aria-labelledby="traitees-titre"] h3'))).toBe(
      'Demande de délai de paiement — DURAND Paul Acceptée',
    );
  });

  it('reads the list again when a colleague decided first (409)', async () => {
    (await nextRequest(LIST_URL)).flush([DELAY]);
    await settle();

    const item = pendingRequest('request-delay');
    const comment = item.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Refus : aucune difficulté établie.';
    comment.dispatchEvent(new Event('input'));
    button(item, 'Refuser').click();
    (await nextRequest(`${LIST_URL}/request-delay/decision`)).flush(
      { statusCode: 409, message: 'Cette demande a déjà été traitée.' },
      { status: 409, statusText: 'Conflict' },
    );
    (await nextRequest(LIST_URL)).flush([{ ...RECALCULATION, id: DELAY.id }]);
    await settle();

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Cette demande a déjà été traitée.',
    );
  });
});
