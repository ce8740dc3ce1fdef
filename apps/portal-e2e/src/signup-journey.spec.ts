import { expect, test } from '@playwright/test';
import { openLatestEmail, SignupPage } from './support/signup.po';
import { expectNoSeriousAxeViolation } from './support/axe';

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

    // 1. « Créer votre espace », at the top right of the home page.
    await signup.open('/');
    await signup.header.getByRole('link', { name: 'Créer votre espace' }).click();
    // 2. The profile « Tiers mandaté ».
    await expect(signup.heading('Sélectionnez votre profil')).toBeVisible();
    await signup.screenshot('signup-02-profil');
    await expectNoSeriousAxeViolation(page);
    await page.getByText('Tiers mandaté', { exact: true }).click();
    await signup.next();
    // 3. The information message, verbatim.
    await expect(page.getByRole('main')).toContainText(
      'Si vous êtes Tiers déclarant, à l’issue de votre inscription en ligne, merci de bien vouloir contacter votre Urssaf.',
    );
    await signup.screenshot('signup-03-message-information');
    await page.getByRole('link', { name: 'Continuer' }).click();
    // 4. The membership request: the SIRET, checked live, then « Suivant ».
    await expect(signup.heading("Demande d'adhésion aux services en ligne")).toBeVisible();
    await signup.field('SIRET').fill(firm.siret.slice(0, 13) + String((Number(firm.siret[13]) + 1) % 10));
    await signup.field('SIRET').blur();
    await expect(page.getByRole('main')).toContainText(/clé de contrôle|n'est pas valide|invalide/i);
    await signup.field('SIRET').fill(firm.siret);
    await signup.screenshot('signup-04-siret');
    await expectNoSeriousAxeViolation(page);
    await signup.next();
    // 5. Account category and e-mail.
    await expect(signup.heading('Catégorie de compte et adresse courriel')).toBeVisible();
    await page.getByText('Expert-comptable', { exact: true }).click();
    await signup.field('Adresse courriel').fill(firm.email);
    await signup.field("Confirmation de l'adresse courriel").fill(firm.email);
    await signup.screenshot('signup-05-categorie-courriel');
    await signup.next();
    // 6. Personal information, mandatory fields with an asterisk.
    await expect(signup.heading('Informations personnelles')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('astérisque');
    await page.getByText('Madame', { exact: true }).click();
    await signup.field(/^Nom/).fill(firm.lastName);
    await signup.field(/^Prénom/).fill(firm.firstName);
    await signup.field(/^Raison sociale du cabinet/).fill(firm.companyName);
    await signup.screenshot('signup-06-informations-personnelles');
    await signup.next();
    // 7. The validation e-mail is sent.
    await expect(signup.heading('Courriel de validation envoyé')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(firm.email);
    await signup.screenshot('signup-07-courriel-envoye');

    // 8. « Valider mon adresse courriel », from the simulated mailbox.
    await openLatestEmail(page, firm.email, /Validez votre adresse courriel|adresse courriel/);
    await signup.screenshot('signup-08-courriel-de-validation');
    await page.getByRole('main').getByRole('link', { name: 'Valider mon adresse courriel' }).click();
    // 9. The password creation page, each criterion shown live.
    await expect(signup.heading('Création du mot de passe')).toBeVisible();
    await signup.field('Mot de passe').fill('abc');
    await expect(page.getByRole('main')).toContainText('Exactement 8 caractères');
    await signup.screenshot('signup-09-criteres-en-direct');
    await signup.field('Mot de passe').fill('Prov1s0r');
    await signup.field('Confirmation du mot de passe').fill('Prov1s0r');
    await expectNoSeriousAxeViolation(page);
    await page.getByRole('button', { name: /Enregistrer|Valider|Créer/ }).click();
    // 10. The e-mail says the password is provisional, shown masked.
    await expect(page.getByRole('main')).toContainText('provisoire');
    await signup.screenshot('signup-10-mot-de-passe-provisoire');
    await openLatestEmail(page, firm.email, /provisoire/);
    await expect(page.getByRole('main')).not.toContainText('Prov1s0r');
    await signup.screenshot('signup-10-courriel-provisoire');

    // 11. First login: the provisional password must be replaced; a pop-in confirms; « Fermer » → home.
    await page.goto('/connexion');
    await expect(signup.heading('Se connecter')).toBeVisible();
    await expectNoSeriousAxeViolation(page);
    await signup.field('Identifiant').fill(firm.siret);
    await signup.field('Mot de passe').fill('Prov1s0r');
    await signup.screenshot('signup-11-connexion');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await expect(signup.heading('Modifier mon mot de passe')).toBeVisible();
    await signup.field('Mot de passe provisoire').fill('Prov1s0r');
    await signup.field('Nouveau mot de passe').fill('Perso2026');
    await expect(page.getByRole('main')).toContainText('Exactement 8 caractères');
    await signup.field('Nouveau mot de passe').fill('Perso026');
    await signup.field('Confirmation du mot de passe').fill('Perso026');
    await signup.screenshot('signup-11-changement-du-mot-de-passe');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await signup.screenshot('signup-11-pop-in-de-confirmation');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    // 12. The space waits for the Conseiller: contact your Urssaf, 3698.
    await expect(signup.heading(firm.companyName)).toBeVisible();
    await expect(page.getByRole('main')).toContainText('3698');
    await expect(page.getByRole('main')).toContainText('en attente de paramétrage');
    await signup.screenshot('signup-12-en-attente-de-parametrage');
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
