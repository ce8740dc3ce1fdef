import { identityRoutes } from '../identity.routes';
import {
  PENDING_TIERS_SPACE,
  PortalTest,
  TI_SPACE,
  aSession,
  apiError,
  setUpPortalTest,
  textOf,
} from '../testing/identity-testing';

describe('ChooseSpacePage', () => {
  let test: PortalTest;
  let page: HTMLElement;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
    await test.signIn(aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }));
    page = await test.navigate('/espace/choisir');
  });

  afterEach(() => test.http.verify());

  function cards(): HTMLButtonElement[] {
    return Array.from(page.querySelectorAll<HTMLButtonElement>('button.space-card'));
  }

  it('shows one card per space: kind, name, SIRET and status', () => {
    expect(textOf(page.querySelector('h1'))).toBe('Choisissez le compte sur lequel vous souhaitez intervenir');
    expect(cards().map((card) => card.getAttribute('aria-label'))).toEqual([
      'Cabinet Martin, Tiers mandaté, SIRET 732 829 320 00074, En attente de paramétrage',
      'Claire Martin, Travailleur indépendant, Actif',
    ]);
    expect(textOf(cards()[0].querySelector('.space-card__status'))).toBe('En attente de paramétrage');
  });

  it('posts the chosen space, then opens its home', async () => {
    cards()[1].click();
    const request = await test.nextRequest('/api/auth/space');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ spaceId: 'space-ti' });
    request.flush(aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: 'space-ti' }));

    (await test.nextRequest('/api/spaces/current')).flush({ space: TI_SPACE, portfolioAvailable: false });
    await vi.waitFor(() => expect(test.router.url).toBe('/espace'));
  });

  it('says why the choice failed', async () => {
    cards()[0].click();
    (await test.nextRequest('/api/auth/space')).flush(...apiError(404, "Cet espace n'est pas l'un des vôtres."));
    await test.settle();
    expect(textOf(page.querySelector('[role="alert"]'))).toBe("Cet espace n'est pas l'un des vôtres.");
    expect(test.router.url).toBe('/espace/choisir');
    expect(cards()[0].disabled).toBe(false);
  });
});
