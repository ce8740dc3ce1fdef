import type { SpaceSummary } from '@portail/domain';
import { identityRoutes } from '../identity.routes';
import {
  PENDING_TIERS_SPACE,
  PortalTest,
  TI_SPACE,
  aSession,
  setUpPortalTest,
  textOf,
} from '../testing/identity-testing';

const ACTIVE_TIERS_SPACE: SpaceSummary = { ...PENDING_TIERS_SPACE, status: 'actif' };

describe('SpaceHomePage', () => {
  let test: PortalTest;

  beforeEach(async () => {
    test = await setUpPortalTest(identityRoutes);
  });

  afterEach(() => test.http.verify());

  async function open(space: SpaceSummary, portfolioAvailable: boolean): Promise<HTMLElement> {
    await test.signIn(aSession({ spaces: [space], currentSpaceId: space.id }));
    const page = await test.navigate('/espace');
    (await test.nextRequest('/api/spaces/current')).flush({ space, portfolioAvailable });
    await test.settle();
    return page;
  }

  function service(page: HTMLElement, title: string): HTMLElement | undefined {
    return Array.from(page.querySelectorAll<HTMLElement>('.service')).find(
      (s) => textOf(s.querySelector('h3')) === title,
    );
  }

  it('asks to call the Urssaf at 3698 while the space waits for its set-up', async () => {
    const page = await open(PENDING_TIERS_SPACE, false);
    expect(textOf(page.querySelector('h1'))).toBe('Cabinet Martin');
    expect(textOf(page.querySelector('pt-notice'))).toBe(
      'Votre espace est en attente de paramétrage. Contactez votre Urssaf au 3698 (Service gratuit + prix d’un appel), de 9h à 17h : un conseiller finalisera le paramétrage de votre compte afin de vous permettre d’effectuer le rattachement de vos comptes clients.'.replace(
        'd’effectuer',
        "d'effectuer",
      ),
    );
    const portfolio = service(page, 'Portefeuille clients');
    expect(portfolio?.classList).toContain('service--disabled');
    expect(portfolio?.querySelector('button')?.disabled).toBe(true);
    expect(portfolio?.querySelector('a')).toBeNull();
  });

  it('links the portfolio card once the set-up is done', async () => {
    const page = await open(ACTIVE_TIERS_SPACE, true);
    expect(page.textContent).not.toContain('3698');
    expect(textOf(page.querySelector('pt-notice'))).toContain('Votre espace est paramétré');
    const portfolio = service(page, 'Portefeuille clients');
    expect(portfolio?.classList).not.toContain('service--disabled');
    expect(textOf(portfolio?.querySelector('p'))).toBe(
      'Ajouter un client, finaliser les rattachements, accéder au module « Mes cotisations » de vos clients.',
    );
    const link = portfolio?.querySelector('a');
    expect(textOf(link)).toBe('Accéder au portefeuille');
    expect(link?.getAttribute('href')).toBe('/portefeuille');
    expect(portfolio?.querySelector('button')).toBeNull();
  });

  it('offers an administrator « Gérer les comptes » and the « Historique » once the set-up is done', async () => {
    const page = await open(ACTIVE_TIERS_SPACE, true);
    const accounts = service(page, 'Gérer les comptes');
    expect(textOf(accounts?.querySelector('p'))).toBe(
      'Ajouter un compte pour un collaborateur, définir ses droits, lui attribuer un portefeuille clients.',
    );
    expect(accounts?.querySelector('a')?.getAttribute('href')).toBe('/comptes');
    expect(service(page, 'Historique')?.querySelector('a')?.getAttribute('href')).toBe('/historique');
  });

  it('keeps the accounts and the history closed while the space waits for its set-up', async () => {
    const page = await open(PENDING_TIERS_SPACE, false);
    expect(service(page, 'Gérer les comptes')).toBeUndefined();
    expect(service(page, 'Historique')).toBeUndefined();
  });

  it('shows a collaborator the portfolio only', async () => {
    const page = await open({ ...ACTIVE_TIERS_SPACE, role: 'collaborateur', rights: ['paiement'] }, true);
    expect(service(page, 'Portefeuille clients')?.querySelector('a')?.getAttribute('href')).toBe('/portefeuille');
    expect(service(page, 'Gérer les comptes')).toBeUndefined();
    expect(service(page, 'Historique')).toBeUndefined();
  });

  it('links a self-employed person to « Mes cotisations »', async () => {
    const page = await open(TI_SPACE, false);
    expect(page.textContent).not.toContain('3698');
    expect(service(page, 'Portefeuille clients')).toBeUndefined();
    expect(service(page, 'Gérer les comptes')).toBeUndefined();
    const link = service(page, 'Mes cotisations')?.querySelector('a');
    expect(textOf(link)).toBe('Accéder à mes cotisations');
    expect(link?.getAttribute('href')).toBe('/mes-cotisations');
  });

  it.each([
    ['an administrator, even before the set-up', PENDING_TIERS_SPACE],
    ['a self-employed person', TI_SPACE],
    ['a collaborator with the right', { ...ACTIVE_TIERS_SPACE, role: 'collaborateur' as const, rights: ['messagerie' as const] }],
  ])('opens the Messagerie, réclamations and médiation to %s', async (_who, space) => {
    const page = await open(space, space.status === 'actif');
    expect(service(page, 'Messagerie')?.querySelector('a')?.getAttribute('href')).toBe('/messagerie');
    expect(Array.from(service(page, 'Réclamation et médiation')?.querySelectorAll('a') ?? [], (link) => link.getAttribute('href'))).toEqual([
      '/reclamations',
      '/mediation',
    ]);
  });

  it('keeps them from a collaborator without the « Messagerie » right, who still has the Questions-Réponses', async () => {
    const page = await open({ ...ACTIVE_TIERS_SPACE, role: 'collaborateur', rights: ['paiement'] }, true);
    expect(service(page, 'Messagerie')).toBeUndefined();
    expect(service(page, 'Réclamation et médiation')).toBeUndefined();
    expect(service(page, 'Questions-Réponses')?.querySelector('a')?.getAttribute('href')).toBe('/aide');
  });

  it('sends a person with several spaces to the choice first', async () => {
    await test.signIn(aSession({ spaces: [PENDING_TIERS_SPACE, TI_SPACE], currentSpaceId: null }));
    await test.navigate('/espace');
    expect(test.router.url).toBe('/espace/choisir');
  });

  it('sends a provisional password to its change first', async () => {
    await test.signIn(aSession({ mustChangePassword: true }));
    await test.navigate('/espace');
    expect(test.router.url).toBe('/mot-de-passe/changer');
  });
});
