import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import type { TraineeCard } from '@portail/domain';
import { activate, addAccount, login, newPage } from './support/accounts.po';
import { expectNoSeriousAxeViolation } from './support/axe';
import { PortalPage } from './support/portal.po';
import { PortfolioPage } from './support/portfolio.po';
import { openLatestEmail, signUpAsTiers } from './support/signup.po';
import { moveClock, TRAINER } from './support/trainer';

// The last journey of the run (alphabetical order): it resets the sandbox to « Démarrage », which
// erases what the other journeys built.
const TRAINEE_PASSWORDS = { provisional: 'Stag1air', personal: 'Class026' };
const COLLABORATOR = { firstName: 'Inès', lastName: 'Garcia', email: 'ines.garcia@formation.test', password: 'Equipe26' };

/** The trainer's screen, on the projector: the console, the mailbox, the letters, personas. */
class TrainerScreen extends PortalPage {
  async openConsoleTab(tab: 'Horloge' | 'Scénarios' | 'Personnages' | 'Stagiaires' | 'Incidents'): Promise<void> {
    if (!new URL(this.page.url()).pathname.startsWith('/bac-a-sable/console')) await this.page.goto('/bac-a-sable/console');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Console du formateur' })).toBeVisible();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  /** The newest letter of « Courrier simulé » (its addressee is selected first). */
  async openNewestLetter(): Promise<Locator> {
    await this.page.goto('/bac-a-sable/courrier');
    await this.page.getByRole('main').getByText('Votre code de sécurité pour le rattachement').first().click();
    const letter = this.page.getByRole('main');
    await expect(letter.getByText(/Votre code de sécurité : /)).toBeVisible();
    return letter;
  }

  async securityCodeOf(letter: Locator): Promise<string> {
    const code = /Votre code de sécurité : ([A-Z0-9-]{14})/.exec(await letter.innerText())?.[1];
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    return code ?? '';
  }
}

/** The guided mode's panel: the step the trainee is at, by its FAQ number. */
async function expectGuidedStep(page: Page, step: number): Promise<void> {
  const current = page.getByRole('complementary', { name: 'Mode guidé' }).locator('[aria-current="step"]');
  await expect(current).toHaveAttribute('value', String(step));
}

async function chooseProcedure(page: Page, title: RegExp): Promise<void> {
  const select = page.getByRole('complementary', { name: 'Mode guidé' }).getByLabel('Procédure suivie');
  const value = await select.locator('option').filter({ hasText: title }).getAttribute('value');
  await select.selectOption(value ?? '');
}

/** Neither the sandbox bar nor the guided panel covers the product: their boxes do not overlap its controls. */
async function expectNothingHidesTheProduct(page: Page): Promise<void> {
  const bar = await page.getByRole('complementary', { name: 'Bac à sable' }).boundingBox();
  const header = await page.getByRole('banner').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  const panel = await page.getByRole('complementary', { name: 'Mode guidé' }).boundingBox();
  expect(bar && header && main).toBeTruthy();
  if (!bar || !header || !main) return;
  expect(bar.y + bar.height).toBeLessThanOrEqual(header.y + 0.5);
  if (panel) expect(panel.x + panel.width <= main.x + 0.5 || panel.y + panel.height <= main.y + 0.5).toBe(true);
}

function identifier(client: TraineeCard['clients'][number], label: RegExp): string | undefined {
  return client.identifiers.find((entry) => label.test(entry.label))?.value.replace(/\s/g, '');
}

async function addTraineeClient(portfolio: PortfolioPage, client: TraineeCard['clients'][number]): Promise<void> {
  const siren = identifier(client, /SIREN/);
  if (siren) {
    await portfolio.addBySiren(siren);
  } else {
    await portfolio.addGerant(identifier(client, /NIR/) ?? '', identifier(client, /TI/) ?? '');
  }
}

async function trainerScreen(browser: Browser): Promise<TrainerScreen> {
  const page = await newPage(browser);
  await login(page, TRAINER.identifier, TRAINER.password);
  return new TrainerScreen(page);
}

test.describe('A trainer’s full demonstration, from an empty sandbox', () => {
  test.afterAll(async ({ baseURL }) => {
    await moveClock(baseURL, 'reset');
  });

  test('reset to « Démarrage », a trainee’s signup in guided mode, the Conseiller, a client by code, a collaborator’s expired link, a lost letter', async ({ browser }) => {
    test.setTimeout(300_000);
    const trainer = await trainerScreen(browser);
    const screen = trainer.page;

    // « Démarrage »: nothing but the directory, with a progress bar.
    await trainer.openConsoleTab('Scénarios');
    await screen.getByRole('button', { name: /Réinitialiser avec ce scénario : Démarrage/ }).click();
    await screen.getByRole('dialog').getByRole('button', { name: 'Réinitialiser' }).click();
    await expect(screen.getByText(/Le bac à sable est réinitialisé avec le scénario « Démarrage »/)).toBeVisible({ timeout: 30_000 });
    await trainer.screenshot('trainer-01-reset-demarrage');
    await expectNoSeriousAxeViolation(screen);

    // One trainee: a card with the SIRET to sign up with and clients of their own.
    await trainer.openConsoleTab('Stagiaires');
    await screen.getByLabel('Nombre de stagiaires').fill('1');
    await screen.getByRole('button', { name: 'Créer les comptes' }).click();
    await expect(screen.getByRole('heading', { name: /Stagiaire n° 1/ })).toBeVisible();
    await expect(screen.getByText(/créez votre espace avec ce SIRET et ce courriel/)).toBeVisible();
    await trainer.screenshot('trainer-02-trainee-card');
    await expectNoSeriousAxeViolation(screen);
    await screen.emulateMedia({ media: 'print' });
    await trainer.screenshot('trainer-03-trainee-card-print');
    await screen.emulateMedia({ media: 'screen' });
    const cards = (await (await screen.request.get('/api/sandbox/trainees')).json()) as TraineeCard[];
    const card = cards[0];
    expect(card.accountExists).toBe(false);
    expect(card.clients.length).toBeGreaterThanOrEqual(2);

    // The trainee signs up, the FAQ's 12 steps, the guided mode beside the screens.
    const trainee = await newPage(browser);
    const traineeScreen = new PortalPage(trainee);
    await trainee.goto('/');
    await trainee.getByRole('button', { name: 'Mode guidé' }).click();
    await chooseProcedure(trainee, /Créer votre espace/);
    await expectGuidedStep(trainee, 1);
    await traineeScreen.screenshot('trainer-04-guided-home');
    await expectNoSeriousAxeViolation(trainee);
    const firm = { siret: card.siret, email: card.email, lastName: 'Stagiaire', firstName: 'Alex', companyName: card.firmName };
    const guidedSteps = new Set([4, 7, 9, 12]);
    await signUpAsTiers(trainee, { ...firm, password: TRAINEE_PASSWORDS }, {
      shots: 'trainer-signup',
      atStep: async (step) => {
        // The panel follows the screens: these steps each have a page of their own.
        if (guidedSteps.has(step)) await expectGuidedStep(trainee, step);
        if (step === 7) await expectNothingHidesTheProduct(trainee);
      },
    });
    await expectGuidedStep(trainee, 12);
    await traineeScreen.screenshot('trainer-05-guided-step-12');
    // On a phone the bar wraps and the panel folds under the header: still nothing over the page.
    await trainee.setViewportSize({ width: 390, height: 844 });
    await expectNothingHidesTheProduct(trainee);
    await traineeScreen.screenshot('trainer-05-guided-narrow');
    await trainee.setViewportSize({ width: 1366, height: 900 });

    // The trainer acts as the Conseiller Urssaf and finalises the new space, then comes back.
    await trainer.openConsoleTab('Personnages');
    await expect(screen.getByRole('button', { name: /Agir en tant que Sophie Garnier/ })).toBeVisible();
    await expectNoSeriousAxeViolation(screen);
    await screen.getByRole('button', { name: /Agir en tant que Sophie Garnier/ }).click();
    await expect(screen.getByRole('heading', { level: 1, name: 'Espaces en attente de paramétrage' })).toBeVisible();
    await expect(screen.getByText(/Vous agissez en tant que/)).toBeVisible();
    const row = screen.getByRole('row', { name: new RegExp(card.firmName) });
    await row.getByRole('button', { name: 'Finaliser le paramétrage' }).click();
    await expect(row).toBeHidden();
    await trainer.screenshot('trainer-06-conseiller-persona');
    await screen.getByRole('button', { name: 'Revenir à la console' }).click();
    await expect(screen.getByRole('heading', { level: 1, name: 'Console du formateur' })).toBeVisible();

    // The trainee adds one of their clients; the trainer shows the letter; the code finalises.
    const portfolio = new PortfolioPage(trainee);
    await chooseProcedure(trainee, /portefeuille clients/);
    await addTraineeClient(portfolio, card.clients[0]);
    await expectGuidedStep(trainee, 4);
    const letter = await trainer.openNewestLetter();
    await trainer.screenshot('trainer-07-letter');
    await screen.emulateMedia({ media: 'print' });
    await trainer.screenshot('trainer-08-letter-print');
    await screen.emulateMedia({ media: 'screen' });
    await expectNoSeriousAxeViolation(screen);
    await portfolio.enterSecurityCode(await trainer.securityCodeOf(letter));
    await portfolio.expectAttached();
    await traineeScreen.screenshot('trainer-09-attached-by-code');

    // A collaborator; +25 h on the console; the mailbox shows the link « Expiré »; « Renvoyer »; activation.
    await chooseProcedure(trainee, /nouveau collaborateur/);
    await addAccount(trainee, 'Collaborateur', COLLABORATOR, ['Consultation des cotisations']);
    await expectGuidedStep(trainee, 3);
    await trainer.openConsoleTab('Horloge');
    await screen.getByRole('button', { name: '+25 h' }).click();
    await expect(screen.getByText(/L’horloge a avancé/)).toBeVisible();
    await openLatestEmail(screen, COLLABORATOR.email, /Activez votre compte sur le Portail Tiers/);
    await expect(screen.getByRole('main').getByText('Expiré', { exact: true })).toBeVisible();
    await trainer.screenshot('trainer-10-link-expired');
    await screen.getByRole('button', { name: 'Renvoyer' }).click();
    await expect(screen.getByText('Remplacé par un lien plus récent')).toBeVisible();
    await screen.getByRole('link', { name: 'Ouvrir le nouveau courriel' }).click();
    await expect(screen.getByRole('main').getByText('Valide', { exact: true })).toBeVisible();
    await trainer.screenshot('trainer-11-link-resent');
    const collaborator = await newPage(browser);
    await activate(collaborator, COLLABORATOR.email, COLLABORATOR.password);

    // The lost letter: the trainer loses the next one; delete and re-add sends a new code.
    await trainer.openConsoleTab('Incidents');
    await screen.getByRole('button', { name: /Déclencher : Le prochain courrier est perdu/ }).click();
    await expect(screen.getByText(/Armé depuis/)).toBeVisible();
    await expectNoSeriousAxeViolation(screen);
    await chooseProcedure(trainee, /perdu le code/);
    await addTraineeClient(portfolio, card.clients[1]);
    await trainer.openNewestLetter();
    await expect(screen.getByText('Perdu', { exact: true })).toBeVisible();
    await trainer.screenshot('trainer-12-letter-lost');
    // The card says « NOM Prénom (Entreprise) »; the portfolio's search takes the SIREN, or the name.
    const lostName = card.clients[1].name.split(' (')[0];
    await portfolio.deleteClient(identifier(card.clients[1], /SIREN/) ?? lostName.split(' ')[0], lostName);
    await addTraineeClient(portfolio, card.clients[1]);
    await expectGuidedStep(trainee, 3);
    const newLetter = await trainer.openNewestLetter();
    await expect(screen.getByText('Perdu', { exact: true })).toHaveCount(0);
    await portfolio.enterSecurityCode(await trainer.securityCodeOf(newLetter));
    await portfolio.expectAttached();
    await traineeScreen.screenshot('trainer-13-recovered-after-lost-letter');
  });
});
