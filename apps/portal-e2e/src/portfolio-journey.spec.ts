import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './support/axe';
import { openLatestEmail } from './support/signup.po';
import { PortfolioPage } from './support/portfolio.po';
import { moveClock } from './support/trainer';

// Clients of the sandbox directory nobody has added yet (README, « Demonstration accounts »).
const SOPHIE = { siren: '912345675', email: 'sophie.martin@boulangerie-martin.fr', letterTo: 'Sophie MARTIN', answers: ['saint etienne', 'NOISETTE'] };
const LUC = { nir: '178036912390104', tiNumber: '90000000002', letterTo: 'Luc ROUSSEAU' };
const CLAIRE = { siren: '934567124', letterTo: 'Claire GIRARD' };

test.describe('« Portefeuille clients »: the FAQ’s 5 steps, the lost letter, then « Mes cotisations »', () => {
  // The échéancier depends on the date: 10 March next year, whatever day the suite runs (the
  // instalments of January to March are due and paid, April is the next one to pay).
  test.beforeAll(async ({ baseURL }) => {
    await moveClock(baseURL, { set: `${new Date().getFullYear() + 1}-03-10T10:00:00+01:00` });
  });
  test.afterAll(async ({ baseURL }) => {
    await moveClock(baseURL, 'reset');
  });

  test('a finalised firm attaches clients by SIREN and by NIR + n° TI, recovers a lost letter, and pays', async ({ page }) => {
    test.setTimeout(180_000);
    const portfolio = new PortfolioPage(page);

    // 1–2. « Connectez-vous… » then « Choisissez le compte sur lequel vous souhaitez intervenir ».
    await portfolio.open('/connexion');
    await page.getByLabel(/Identifiant/).fill('marie.lefebvre@cabinet-lefebvre.fr');
    await page.getByLabel('Mot de passe', { exact: true }).fill('Bilan024');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('heading', { name: 'Choisissez le compte sur lequel vous souhaitez intervenir' })).toBeVisible();
    await portfolio.screenshot('portfolio-01-choose-space');
    await page.getByRole('button', { name: /Cabinet Lefebvre.*Tiers/ }).click();
    await page.getByRole('link', { name: 'Accéder au portefeuille' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Portefeuille clients/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Rattachés/ })).toContainText('29');
    await portfolio.screenshot('portfolio-02-list');
    await expectNoSeriousAxeViolation(page);

    // 3. « …saisissez le SIREN de l’entreprise » — the contributor is e-mailed, a letter goes out.
    await portfolio.addBySiren(SOPHIE.siren);
    const finaliseSophie = page.url();
    await portfolio.screenshot('portfolio-03-added-pending');
    await expectNoSeriousAxeViolation(page);
    await openLatestEmail(page, SOPHIE.email, 'Cabinet Lefebvre demande le rattachement de votre compte');
    await expect(page.getByRole('main')).toContainText('Cabinet Lefebvre');
    await portfolio.screenshot('portfolio-04-contributor-email');
    await portfolio.securityCodeFromLetter(SOPHIE.letterTo);
    await portfolio.screenshot('portfolio-05-security-code-letter');

    // 4. « …répondez aux deux questions secrètes » (case, accents and spaces do not matter).
    await page.goto(finaliseSophie);
    await expect(page.getByText('Quelle est la ville de naissance de votre mère ?')).toBeVisible();
    await portfolio.answerSecretQuestions(SOPHIE.answers[0], SOPHIE.answers[1]);
    await portfolio.expectAttached();
    await portfolio.screenshot('portfolio-06-attached-by-answers');
    await openLatestEmail(page, SOPHIE.email, 'Votre compte est rattaché à Cabinet Lefebvre');

    // A gérant majoritaire sans Siret: NIR + n° TI, finalised with the letter's code.
    await portfolio.addGerant(LUC.nir, LUC.tiNumber);
    const finaliseLuc = page.url();
    const lucCode = await portfolio.securityCodeFromLetter(LUC.letterTo);
    await page.goto(finaliseLuc);
    await portfolio.enterSecurityCode(lucCode.toLowerCase());
    await portfolio.expectAttached();

    // Lost letter: delete the client, add it again: a new code; the old one is refused.
    await portfolio.addBySiren(CLAIRE.siren);
    const lostCode = await portfolio.securityCodeFromLetter(CLAIRE.letterTo);
    await portfolio.deleteClient('girard', 'GIRARD Claire');
    await portfolio.addBySiren(CLAIRE.siren);
    const finaliseClaire = page.url();
    const newCode = await portfolio.securityCodeFromLetter(CLAIRE.letterTo);
    expect(newCode).not.toBe(lostCode);
    await page.goto(finaliseClaire);
    await portfolio.enterSecurityCode(lostCode);
    await expect(page.getByText(/ne permettent pas de finaliser le rattachement/).first()).toBeVisible();
    await expect(page.getByText(/Essais restants : 4/)).toBeVisible();
    await portfolio.screenshot('portfolio-07-old-code-refused');
    await portfolio.enterSecurityCode(newCode);
    await portfolio.expectAttached();

    // 5. « …vous avez accès uniquement au module « Mes cotisations » ».
    await page.getByRole('link', { name: 'Mes cotisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes cotisations' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('row')).toHaveCount(13);
    await portfolio.screenshot('portfolio-08-echeancier');
    await expectNoSeriousAxeViolation(page);

    await page.getByRole('link', { name: 'Revenus' }).click();
    await page.getByLabel(/Revenu professionnel/).fill('32 500,50');
    await page.getByRole('button', { name: 'Déclarer le revenu' }).click();
    await expect(page.getByText(/ont été recalculées/)).toBeVisible();
    await portfolio.screenshot('portfolio-09-revenus');

    await page.getByRole('link', { name: 'Paiements' }).click();
    await page.getByLabel('Numéro de carte').fill('4970 1011 2233 4455');
    await page.getByLabel('Date d’expiration (MM/AA)').fill('12/39');
    await page.getByLabel('Cryptogramme visuel').fill('123');
    await page.getByLabel('Titulaire de la carte').fill('Claire Girard');
    await page.getByRole('button', { name: 'Payer par carte bancaire' }).click();
    await expect(page.getByText(/Paiement accepté : l’échéance d.avril/)).toBeVisible();
    await expect(page.getByLabel('Numéro de carte')).toHaveValue('');
    await page.getByLabel('Titulaire du compte').fill('Claire Girard');
    await page.getByLabel('IBAN du compte à prélever').fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByRole('button', { name: 'Signer le mandat de prélèvement SEPA' }).click();
    await expect(page.getByText('FR76 **** **** **** **** ***0 189')).toBeVisible();
    await page.getByRole('link', { name: 'Échéancier' }).click();
    await expect(page.getByText('Prélèvement programmé').first()).toBeVisible();
    await page.getByRole('link', { name: 'Paiements' }).click();
    await portfolio.screenshot('portfolio-10-paiements');
    await expectNoSeriousAxeViolation(page);

    await page.getByRole('link', { name: 'Historique' }).click();
    await expect(page.getByRole('main')).toContainText('Paiement par carte bancaire');
    await expect(page.getByRole('main')).toContainText('Mandat de prélèvement SEPA signé');
    await portfolio.screenshot('portfolio-11-historique');
  });
});

test.describe('the travailleur indépendant’s side', () => {
  test('Paul Durand logs in with his NIR, opens his own « Mes cotisations » and sees his tiers déclarant', async ({ page }) => {
    const portal = new PortfolioPage(page);
    await portal.open('/connexion');
    await page.getByLabel(/Identifiant/).fill('1850575056123');
    await page.getByLabel('Mot de passe', { exact: true }).fill('Plomb024');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: /Paul Durand.*Travailleur indépendant/ }).click();
    await page.getByRole('link', { name: 'Accéder à mes cotisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes cotisations' })).toBeVisible();
    await expect(page.getByText(/Cabinet Lefebvre est votre tiers déclarant depuis le/)).toBeVisible();
    await expect(page.getByText('DURAND Paul')).toBeVisible();
    await portal.screenshot('portfolio-12-ti-own-cotisations');
    await expectNoSeriousAxeViolation(page);
  });
});
