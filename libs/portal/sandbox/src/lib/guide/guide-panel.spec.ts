import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { SandboxMode } from '@portail/portal-ui';
import { GuidePanel } from './guide-panel';
import { GuideStep } from './guide-step';
import { GuideStore } from './guide-store';
import { GUIDE_ENABLED_KEY, GUIDE_PROGRESS_KEY } from './guide-storage';
import { GuideToggle } from './guide-toggle';

@Component({ template: '<h1>Page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class AnyPage {}

/** Stands for the portfolio page: its « Supprimer le client » pop-in sets a marker while it is open. */
@Component({
  imports: [GuideStep],
  template: `
    <h1>Portefeuille clients</h1>
    @if (deleting()) {
      <ng-container [ptGuideStep]="'portfolio.delete-client'" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PortfolioPage {
  static readonly deleting = signal(false);
  protected readonly deleting = PortfolioPage.deleting;
}

/** Stands for « Ajouter un compte »: once the account is created, the page marks « activation sent ». */
@Component({
  selector: 'pt-test-add-account-page',
  imports: [GuideStep],
  template: `
    <h1>Ajouter un compte</h1>
    @if (created()) {
      <ng-container [ptGuideStep]="'accounts.activation-sent'" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class AddAccountPage {
  static readonly created = signal(false);
  protected readonly created = AddAccountPage.created;
}

@Component({
  imports: [RouterOutlet, GuidePanel, GuideToggle],
  template: `
    <pt-guide-toggle />
    <pt-guide-panel />
    <main id="contenu" tabindex="-1"><router-outlet /></main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Shell {}

describe('GuidePanel', () => {
  let fixture: ComponentFixture<Shell>;
  let element: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    PortfolioPage.deleting.set(false);
    AddAccountPage.created.set(false);
  });

  async function start(options: { enabled?: boolean; url?: string; sandbox?: boolean | null } = {}): Promise<void> {
    if (options.enabled ?? true) {
      localStorage.setItem(GUIDE_ENABLED_KEY, 'on');
    }
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'portefeuille', component: PortfolioPage },
          { path: 'comptes/ajouter', component: AddAccountPage },
          { path: '**', component: AnyPage },
        ]),
      ],
    });
    // What SandboxClock reports once the API answered its clock (null: not yet).
    const sandbox = options.sandbox === undefined ? true : options.sandbox;
    if (sandbox !== null) {
      TestBed.inject(SandboxMode).report(sandbox);
    }
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement as HTMLElement;
    await navigate(options.url ?? '/');
  }

  async function navigate(url: string): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
  }

  const panel = () => element.querySelector<HTMLElement>('pt-guide-panel aside');
  const select = () => element.querySelector<HTMLSelectElement>('pt-guide-panel select');
  const steps = () => Array.from(element.querySelectorAll<HTMLLIElement>('pt-guide-panel ol > li'));
  const current = () => element.querySelector<HTMLLIElement>('pt-guide-panel li[aria-current="step"]');
  const passed = () =>
    steps()
      .filter((step) => step.querySelector('.guide__passed'))
      .map((step) => step.value);
  const announcement = () => {
    const region = element.querySelector('pt-guide-panel .guide__announcement');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    return region?.textContent?.trim();
  };
  const toggle = () => element.querySelector<HTMLButtonElement>('pt-guide-toggle button');

  async function choose(value: string): Promise<void> {
    const control = select();
    if (!control) {
      throw new Error('No select');
    }
    control.value = value;
    control.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('lists the procedures and asks for one before a page chooses it', async () => {
    await start();

    expect(panel()?.querySelector('h2')?.textContent).toBe('Mode guidé');
    expect(Array.from(select()?.options ?? []).map((option) => option.textContent?.trim())).toEqual([
      'Choisissez une procédure',
      'Créer votre espace (expert-comptable)',
      'Créer votre portefeuille clients',
      'Ajouter un nouveau collaborateur',
      'Récupérer le portefeuille d’un responsable',
      'Votre client a perdu le code de sécurité',
    ]);
    expect(steps()).toEqual([]);
    expect(panel()?.textContent).toContain('Choisissez la procédure que vous suivez');
  });

  it('follows the signup wizard: the page chooses the procedure and highlights its step', async () => {
    await start({ url: '/inscription/siret' });

    expect(select()?.value).toBe('signup');
    expect(steps().map((step) => step.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(current()?.value).toBe(4);
    expect(current()?.textContent).toContain('renseigner votre SIRET');
    expect(current()?.textContent).toContain('Vous êtes ici');
    expect(announcement()).toBe(
      'Étape 4 sur 12 : Vous êtes ensuite redirigé vers la page de demande d’adhésion aux services en ligne où vous devrez renseigner votre SIRET. Cliquez ensuite sur «Suivant »',
    );

    await navigate('/inscription/compte');
    expect(current()?.value).toBe(5);
    expect(announcement()).toMatch(/^Étape 5 sur 12 : Choisissez votre catégorie de compte/);
    expect(passed()).toEqual([1, 2, 3, 4]);

    // The e-mails of the simulated mailbox: the validation one comes after step 7.
    await navigate('/inscription/courriel-envoye');
    await navigate('/bac-a-sable/courriels');
    expect(current()?.value).toBe(7);
    await navigate('/bac-a-sable/courriels/m1');
    expect(current()?.value).toBe(8);
    expect(passed()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the passed steps when the trainee goes back, and says when a page is outside the procedure', async () => {
    await start({ url: '/inscription/informations-personnelles' });
    await navigate('/inscription/siret');

    // Step 6 was reached: the steps before it count as passed, but for the current one.
    expect(current()?.value).toBe(4);
    expect(passed()).toEqual([1, 2, 3, 5]);
    await navigate('/inscription/information');
    expect(current()?.value).toBe(3);
    expect(passed()).toEqual([1, 2, 4, 5]);

    await navigate('/profil');
    expect(current()).toBeNull();
    expect(panel()?.textContent).toContain('Cette page ne correspond à aucune étape de cette procédure.');
    expect(announcement()).toBe('');
  });

  it('changes the list when another procedure is chosen, and keeps it on shared pages', async () => {
    await start({ url: '/portefeuille' });
    expect(select()?.value).toBe('');

    await choose('lost-code');
    expect(panel()?.textContent).toContain(
      'Si votre client a perdu le code de sécurité, il faut sur votre compte expert-comptable :',
    );
    expect(steps().map((step) => step.textContent?.replace('Vous êtes ici', '').trim())).toEqual([
      'Supprimer le client',
      'L’ajouter de nouveau en cliquant sur Ajouter un client.',
      'Un courrier, contenant un nouveau code qui vous permet d’accéder à son dossier, lui sera envoyé.',
    ]);
    expect(current()?.value).toBe(1);

    // Also a page of « Créer votre portefeuille clients »: the choice stands.
    await navigate('/portefeuille/ajouter');
    expect(select()?.value).toBe('lost-code');
    expect(current()?.value).toBe(2);

    await choose('portfolio');
    expect(steps()).toHaveLength(5);
    expect(current()?.value).toBe(3);
  });

  it('lets a page of one procedure only take over from the chosen one', async () => {
    await start({ url: '/comptes' });
    await choose('collaborator');
    expect(current()?.value).toBe(1);

    await navigate('/comptes/transfert');
    expect(select()?.value).toBe('transfer');
    expect(current()?.value).toBe(2);
  });

  it('follows the first login of the signup: password change, then the space awaiting its set-up', async () => {
    await start({ url: '/inscription/mot-de-passe-enregistre' });
    await navigate('/connexion');
    expect(current()?.value).toBe(10);
    await navigate('/mot-de-passe/changer');
    expect(current()?.value).toBe(11);
    await navigate('/espace');
    expect(current()?.value).toBe(12);
    expect(passed()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('highlights the step a page marks, while the marker holds (a pop-in)', async () => {
    await start({ url: '/portefeuille/clients/c1/finaliser' });
    await choose('lost-code');
    expect(current()?.value).toBe(3);
    // Back on the list after step 3: still step 3, the URL alone cannot tell more.
    await navigate('/portefeuille');
    expect(current()?.value).toBe(3);

    PortfolioPage.deleting.set(true);
    await fixture.whenStable();
    expect(TestBed.inject(GuideStore).location().markers).toEqual(['portfolio.delete-client']);
    expect(current()?.value).toBe(1);
    expect(announcement()).toBe('Étape 1 sur 3 : Supprimer le client');

    PortfolioPage.deleting.set(false);
    await fixture.whenStable();
    expect(TestBed.inject(GuideStore).location().markers).toEqual([]);
    expect(current()?.value).toBe(1);
  });

  it('forgets a marker set by code once the trainee leaves its page', async () => {
    await start({ url: '/bac-a-sable/courriels/m1' });
    await choose('signup');
    expect(current()?.value).toBe(8);

    TestBed.inject(GuideStore).mark('signup.password-email');
    await fixture.whenStable();
    expect(current()?.value).toBe(10);

    await navigate('/bac-a-sable/courriels/m2');
    expect(TestBed.inject(GuideStore).location().markers).toEqual([]);
    expect(current()?.value).toBe(10);
  });

  it('is hidden by « Masquer le mode guidé », persisted, and brought back by the toggle', async () => {
    await start({ url: '/inscription' });
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true');

    const hide = Array.from(element.querySelectorAll('button')).find((button) =>
      button.textContent?.includes('Masquer le mode guidé'),
    );
    hide?.click();
    await fixture.whenStable();
    expect(panel()).toBeNull();
    expect(localStorage.getItem(GUIDE_ENABLED_KEY)).toBe('off');
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(toggle());

    toggle()?.click();
    await fixture.whenStable();
    expect(localStorage.getItem(GUIDE_ENABLED_KEY)).toBe('on');
    // Followed while hidden: shown where the trainee is.
    expect(current()?.value).toBe(2);
  });

  it('is off by default and shows nothing outside the sandbox', async () => {
    await start({ enabled: false, url: '/inscription' });
    expect(panel()).toBeNull();
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');

    toggle()?.click();
    await fixture.whenStable();
    expect(panel()).not.toBeNull();

    TestBed.inject(SandboxMode).report(false);
    await fixture.whenStable();
    expect(panel()).toBeNull();
    expect(toggle()).toBeNull();
  });

  it('waits for the API to say the sandbox is on', async () => {
    await start({ sandbox: null, url: '/inscription' });
    expect(panel()).toBeNull();
    expect(toggle()).toBeNull();

    TestBed.inject(SandboxMode).report(true);
    await fixture.whenStable();
    expect(current()?.value).toBe(2);
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
  });

  it('folds the steps under the current one until asked for (narrow screens)', async () => {
    await start({ url: '/inscription/compte' });
    const disclosure = element.querySelector<HTMLButtonElement>('.guide__disclosure');
    const content = element.querySelector('#guide-contenu');
    expect(disclosure?.getAttribute('aria-expanded')).toBe('false');
    expect(disclosure?.getAttribute('aria-controls')).toBe('guide-contenu');
    expect(content?.classList).toContain('guide__content--folded');
    expect(element.querySelector('.guide__summary')?.textContent).toMatch(/^Étape 5 sur 12 : /);

    disclosure?.click();
    await fixture.whenStable();
    expect(disclosure?.getAttribute('aria-expanded')).toBe('true');
    expect(content?.classList).not.toContain('guide__content--folded');
  });

  it('resumes the session’s progress after a reload', async () => {
    sessionStorage.setItem(
      GUIDE_PROGRESS_KEY,
      JSON.stringify({ procedure: 'portfolio', byProcedure: { portfolio: { last: 4, furthest: 4 } } }),
    );
    await start({ url: '/portefeuille' });

    expect(select()?.value).toBe('portfolio');
    // After finalising (step 4), the portfolio list is step 5, not step 3 again.
    expect(current()?.value).toBe(5);
    expect(passed()).toEqual([1, 2, 3, 4]);
  });

  it('keeps a procedure chosen on a page outside it across a reload', async () => {
    await start({ url: '/portefeuille' });
    const choice = select();
    if (!choice) throw new Error('no procedure select');
    choice.value = 'collaborator';
    choice.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    // What a page reload reads back (seen in a browser: the choice was lost on `page.goto`).
    expect(JSON.parse(sessionStorage.getItem(GUIDE_PROGRESS_KEY) ?? 'null')?.procedure).toBe('collaborator');
  });

  it('settles when a marker moves the step off the one its page has without it (no loop)', async () => {
    await start({ url: '/comptes/ajouter' });
    await choose('collaborator');
    expect(current()?.value).toBe(2);

    // Seen in a browser: the marker's effect tracked the store's signals it wrote, and the page froze.
    AddAccountPage.created.set(true);
    await fixture.whenStable();
    expect(current()?.value).toBe(3);
    expect(TestBed.inject(GuideStore).location().markers).toEqual(['accounts.activation-sent']);
  });
});
