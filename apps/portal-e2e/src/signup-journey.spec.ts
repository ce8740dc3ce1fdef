import { expect, test } from '@playwright/test';
import { openLatestEmail, SignupPage, signUpAsTiers } from './support/signup.po';

// A SIRET of its own for each run (Luhn-valid), so the journey can run against any sandbox.
function newSiret(): string {
  for (;;) {
    const digits = Array.from({ length: 13 }, () => Math.floor(Math.random() * 10));
    for (let last = 0; last < 10; last += 1) {
      const candidate = [...digits, last];
      const sum = candidate
        .slice()
        .reverse()
        .reduce((total, digit, index) => total + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
      const siren = candidate.slice(0, 9);
      const sirenSum = siren
        .slice()
        .reverse()
        .reduce((total, digit, index) => total + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
      if (sum % 10 === 0 && sirenSum % 10 === 0 && candidate.join('').slice(0, 9) !== '356000000') return candidate.join('');
    }
  }
}

test.describe('« Créer votre espace »: the FAQ’s 12 steps, then the Conseiller finalises', () => {
  test('a new expert-comptable signs up, changes the provisional password, and is unlocked by the Conseiller', async ({ page }) => {
    test.setTimeout(120_000);
    const signup = new SignupPage(page);
    const suffix = Date.now().toString(36);
    const firm = {
      siret: newSiret(),
      email: `camille.roux.${suffix}@cabinet-roux.fr`,
      lastName: 'Roux',
      firstName: 'Camille',
      companyName: 'Cabinet Roux Expertise',
    };

    await signUpAsTiers(page, { ...firm, password: { provisional: 'Prov1s0r', personal: 'Perso026' } }, { shots: 'signup' });
    await signup.logout();

    // The Conseiller Urssaf finalises the configuration.
    await page.goto('/connexion');
    await signup.field('Identifiant').fill('conseiller@urssaf.test');
    await signup.field('Mot de passe').fill('Conseil1');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await expect(signup.heading('Espaces en attente de paramétrage')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(firm.companyName) });
    await expect(row).toBeVisible();
    await signup.screenshot('conseiller-01-espaces-en-attente');
    await row.getByRole('button', { name: 'Finaliser le paramétrage' }).click();
    await expect(row).toBeHidden();
    await signup.screenshot('conseiller-02-parametrage-finalise');
    await signup.logout();

    // The accountant is e-mailed, and the portfolio is now open to them.
    await openLatestEmail(page, firm.email, /paramétrage/);
    await page.goto('/connexion');
    await signup.field('Identifiant').fill(firm.email);
    await signup.field('Mot de passe').fill('Perso026');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await expect(signup.heading(firm.companyName)).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Votre espace est paramétré');
    await signup.screenshot('signup-13-espace-parametre');
  });
});
