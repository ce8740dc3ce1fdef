import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MailboxPage } from './support/mailbox.po';
import { PortalPage } from './support/portal.po';
import { moveClock } from './support/trainer';

test.describe('Foundation: the public portal and the sandbox', () => {
  test('the home page shows the header, the footer and no serious accessibility violation', async ({ page }) => {
    const portal = new PortalPage(page);
    await portal.open('/');
    await expect(page).toHaveTitle(/Portail Tiers/);
    await expect(portal.header.getByText('Créer votre espace').first()).toBeVisible();
    await expect(portal.header.getByText('Se connecter').first()).toBeVisible();
    await expect(portal.footer).toContainText('3698');
    await expect(portal.footer).toContainText('9h à 17h');
    // « Créer votre espace » sits at the top right, as on the real portal.
    const button = await portal.header.getByText('Créer votre espace').first().boundingBox();
    const viewport = page.viewportSize();
    expect(button && viewport && button.x > viewport.width / 2).toBeTruthy();
    await portal.screenshot('01-accueil');

    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('the simulated mailbox shows the welcome e-mail and its links work', async ({ page }) => {
    const mailbox = new MailboxPage(page);
    await mailbox.open('/');
    await mailbox.openFromSandboxBar('Boîte de réception simulée');
    await mailbox.chooseRecipient('formateur@portail-tiers.test');
    await mailbox.openMessage('Bienvenue dans le bac à sable du Portail Tiers');
    await expect(page.getByRole('main')).toContainText('boîte de réception simulée');
    await mailbox.screenshot('02-courriel-de-bienvenue');

    await page.getByRole('main').getByRole('link', { name: 'Ouvrir le courrier simulé' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Courrier simulé' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Cabinet de formation');
    await mailbox.screenshot('03-courrier-simule');
  });

  test('the sandbox bar shows the sandbox time, which follows the clock', async ({ page, baseURL }) => {
    const portal = new PortalPage(page);
    // The Formateur moves it; the visitor of the page (not logged in) sees it.
    await moveClock(baseURL, { set: '2030-03-15T10:30:00+01:00' });
    await portal.open('/');
    await expect(page.getByText(/15 mars 2030/).first()).toBeVisible();
    await moveClock(baseURL, 'reset');
  });

  test('an unknown page answers in French', async ({ page }) => {
    const portal = new PortalPage(page);
    await portal.open('/cette-page-nexiste-pas');
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });
});
