import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FIRM_RIGHTS, type SessionState } from '@portail/domain';
import { SiteHeader } from './site-header';

const SESSION: SessionState = {
  person: {
    id: 'p1',
    email: 'claire.martin@cabinet-martin.fr',
    civility: 'Mme',
    firstName: 'Claire',
    lastName: 'Martin',
    backofficeRole: null,
  },
  mustChangePassword: false,
  spaces: [
    { id: 's1', kind: 'tiers', name: 'Cabinet Martin', siret: '73282932000074', status: 'actif', role: 'administrateur', rights: [...FIRM_RIGHTS] },
    { id: 's2', kind: 'travailleur-independant', name: 'Claire Martin', siret: null, status: 'actif', role: 'titulaire', rights: [...FIRM_RIGHTS] },
  ],
  currentSpaceId: 's1',
};

describe('SiteHeader', () => {
  async function render(inputs: Record<string, unknown> = {}) {
    TestBed.configureTestingModule({ imports: [SiteHeader], providers: [provideRouter([])] });
    // The account menu is a @defer block: its code must be resolved first.
    await TestBed.compileComponents();
    const fixture = TestBed.createComponent(SiteHeader);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function linksByLabel(element: HTMLElement): Map<string | undefined, string | null> {
    const links = Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a'));
    return new Map(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')]));
  }

  function messagingLink(element: HTMLElement): HTMLAnchorElement | undefined {
    return Array.from(element.querySelectorAll<HTMLAnchorElement>('nav a')).find((link) => link.textContent?.includes('Messagerie'));
  }

  function button(element: HTMLElement, label: string): HTMLButtonElement | undefined {
    return Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes(label));
  }

  it('is the banner landmark and names the portal', async () => {
    const { element } = await render();
    const header = element.querySelector('header');
    expect(header).not.toBeNull();
    expect(header?.textContent).toContain('Portail Tiers');
    expect(element.querySelector('a.brand')?.getAttribute('href')).toBe('/');
  });

  it('offers « Se connecter » and « Créer votre espace » to an anonymous visitor', async () => {
    const { element } = await render();
    const byLabel = linksByLabel(element);
    expect(byLabel.get('Se connecter')).toBe('/connexion');
    expect(byLabel.get('Créer votre espace')).toBe('/inscription');
  });

  it('shows no account link while the session is being read', async () => {
    const { element } = await render({ ready: false });
    expect(element.querySelectorAll('nav')).toHaveLength(0);
  });

  it('names the signed-in person and the current space, with the profile and sign-out', async () => {
    const { element } = await render({ session: SESSION });
    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Votre compte');
    expect(nav?.textContent).toContain('Claire Martin');
    expect(nav?.textContent).toContain('Cabinet Martin');
    expect(linksByLabel(element).get('Mon profil')).toBe('/profil');
    expect(linksByLabel(element).has('Se connecter')).toBe(false);
    expect(linksByLabel(element).has('Espace conseiller')).toBe(false);
    expect(button(element, 'Se déconnecter')).toBeDefined();
  });

  it('shows no « Messagerie » link until the count of unread messages is known', async () => {
    const { element } = await render({ session: SESSION });
    expect(linksByLabel(element).has('Messagerie')).toBe(false);
  });

  it('links to the « Messagerie » without a badge when every message is read', async () => {
    const { element } = await render({ session: SESSION, unreadMessages: 0 });
    const link = messagingLink(element);
    expect(link?.getAttribute('href')).toBe('/messagerie');
    expect(link?.textContent?.trim()).toBe('Messagerie');
    expect(link?.getAttribute('aria-label')).toBeNull();
    expect(link?.querySelector('.messaging-link__badge')).toBeNull();
  });

  it('shows the number of unread messages as text, and names it in the link', async () => {
    const { fixture, element } = await render({ session: SESSION, unreadMessages: 2 });
    let link = messagingLink(element);
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Messagerie 2');
    expect(link?.querySelector('.messaging-link__badge')?.textContent?.trim()).toBe('2');
    expect(link?.getAttribute('aria-label')).toBe('Messagerie, 2 messages non lus');

    fixture.componentRef.setInput('unreadMessages', 1);
    await fixture.whenStable();
    link = messagingLink(element);
    expect(link?.getAttribute('aria-label')).toBe('Messagerie, 1 message non lu');
  });

  it('offers no « Messagerie » while the password must be changed', async () => {
    const { element } = await render({ session: { ...SESSION, mustChangePassword: true }, unreadMessages: 2 });
    expect(messagingLink(element)).toBeUndefined();
  });

  it('lists the spaces in « Changer d’espace » and emits the chosen one', async () => {
    const { fixture, element } = await render({ session: SESSION });
    const chosen: string[] = [];
    fixture.componentInstance.spaceChange.subscribe((id) => chosen.push(id));

    button(element, "Changer d'espace")?.click();
    await fixture.whenStable();

    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('.mat-mdc-menu-panel [mat-menu-item]'));
    expect(items.map((item) => item.querySelector('.space-item__kind')?.textContent)).toEqual([
      'Tiers mandaté',
      'Travailleur indépendant',
    ]);
    expect(items[0].getAttribute('aria-current')).toBe('true');
    items[1].click();
    expect(chosen).toEqual(['s2']);
  });

  it('emits logout on « Se déconnecter »', async () => {
    const { fixture, element } = await render({ session: SESSION });
    let loggedOut = false;
    fixture.componentInstance.logout.subscribe(() => (loggedOut = true));
    button(element, 'Se déconnecter')?.click();
    expect(loggedOut).toBe(true);
  });

  it('links a conseiller to the « Espace conseiller »', async () => {
    const conseiller: SessionState = {
      ...SESSION,
      person: { ...SESSION.person, backofficeRole: 'conseiller' },
      spaces: [],
      currentSpaceId: null,
    };
    const { element } = await render({ session: conseiller });
    expect(linksByLabel(element).get('Espace conseiller')).toBe('/conseiller');
  });

  it('offers only « Se déconnecter » while the password must be changed', async () => {
    const { element } = await render({ session: { ...SESSION, mustChangePassword: true } });
    expect(linksByLabel(element).size).toBe(0);
    expect(button(element, "Changer d'espace")).toBeUndefined();
    expect(button(element, 'Se déconnecter')).toBeDefined();
  });
});
