import type { MandateNotice } from '@portail/domain';
import {
  CotisationsTest,
  anOverview,
  apiError,
  setUpCotisationsTest,
  textOf,
  wordsOf,
} from '../testing/cotisations-testing';

describe('CotisationsShellPage', () => {
  let test: CotisationsTest;

  beforeEach(async () => {
    test = await setUpCotisationsTest();
  });

  afterEach(() => test.http.verify());

  function sectionLinks(page: HTMLElement): string[][] {
    return Array.from(page.querySelectorAll('nav.sections a'), (link) => [
      textOf(link),
      link.getAttribute('href') ?? '',
      link.getAttribute('aria-current') ?? '',
    ]);
  }

  it('reads an attached client’s account, by the client id of the ancestor route, and opens the échéancier', async () => {
    const page = await test.navigate('/portefeuille/clients/client-42/cotisations');
    const request = await test.nextRequest('/api/portfolio/clients/client-42/cotisations');
    expect(request.request.method).toBe('GET');
    request.flush(anOverview());
    await test.settle();

    expect(test.router.url).toBe('/portefeuille/clients/client-42/cotisations/echeancier');
    expect(textOf(page.querySelector('h1'))).toBe('Mes cotisations');
    expect(wordsOf(page.querySelector('.contributor'))).toBe(
      'DURAND Paul Boulangerie Durand SIREN 732 829 320 N° TI 12345678901',
    );
    const back = page.querySelector<HTMLAnchorElement>('a.back-link');
    expect(textOf(back)).toBe('← Retour au portefeuille');
    expect(back?.getAttribute('href')).toBe('/portefeuille');
    const base = '/portefeuille/clients/client-42/cotisations';
    expect(sectionLinks(page)).toEqual([
      ['Échéancier', `${base}/echeancier`, 'page'],
      ['Revenus', `${base}/revenus`, ''],
      ['Paiements', `${base}/paiements`, ''],
      ['Demandes', `${base}/demandes`, ''],
      ['Historique', `${base}/historique`, ''],
    ]);
    // The accountant's mount has no tiers notices to read.
    test.http.expectNone('/api/me/tiers');
  });

  it('reads the TI’s own account and says which tiers déclarants are attached or asking to be', async () => {
    const page = await test.navigate('/mes-cotisations');
    (await test.nextRequest('/api/me/cotisations')).flush(anOverview());
    const notices: MandateNotice[] = [
      { firmName: 'Cabinet Lefebvre', status: 'rattache', since: '2027-01-15T10:00:00.000Z' },
      { firmName: 'Cabinet Bernard', status: 'en-attente', since: '2027-03-02T16:30:00.000Z' },
    ];
    (await test.nextRequest('/api/me/tiers')).flush(notices);
    await test.settle();

    expect(test.router.url).toBe('/mes-cotisations/echeancier');
    expect(Array.from(page.querySelectorAll('.mandates p:not(.notice__heading)'), (p) => textOf(p))).toEqual([
      'Cabinet Lefebvre est votre tiers déclarant depuis le 15 janvier 2027.',
      'Cabinet Bernard a demandé à être rattaché à votre compte le 2 mars 2027.',
    ]);
    expect(page.querySelector('a.back-link')).toBeNull();
  });

  it('reads the overview once for all the sub-pages', async () => {
    const page = await test.openClient('echeancier');
    page.querySelectorAll<HTMLAnchorElement>('nav.sections a')[4].click();
    await test.settle();

    expect(test.router.url).toBe('/portefeuille/clients/client-42/cotisations/historique');
    expect(textOf(page.querySelector('h2'))).toBe('Historique');
    test.http.expectNone('/api/portfolio/clients/client-42/cotisations');
  });

  it('follows the URL to another client, never showing the previous one’s figures meanwhile', async () => {
    const page = await test.openClient('revenus');
    await test.navigate('/portefeuille/clients/client-43/cotisations/revenus');
    expect(page.querySelector('.contributor')).toBeNull();
    expect(textOf(page.querySelector('[role="status"]'))).toBe('Chargement…');

    (await test.nextRequest('/api/portfolio/clients/client-43/cotisations')).flush(
      anOverview({ contributor: { name: 'MARTIN Claire', tradeName: null, siren: null, tiNumber: '10987654321' } }),
    );
    await test.settle();
    expect(wordsOf(page.querySelector('.contributor'))).toBe('MARTIN Claire N° TI 10987654321');
  });

  it('shows the API’s refusal of a client outside the portfolio', async () => {
    const page = await test.navigate('/portefeuille/clients/client-99/cotisations');
    (await test.nextRequest('/api/portfolio/clients/client-99/cotisations')).flush(
      ...apiError(404, 'Ce client ne fait pas partie de votre portefeuille.'),
    );
    await test.settle();

    expect(textOf(page.querySelector('pt-notice[role="alert"]'))).toBe(
      'Ce client ne fait pas partie de votre portefeuille.',
    );
    expect(page.querySelector('router-outlet')).toBeNull();
  });
});
