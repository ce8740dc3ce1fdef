import { expect, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './axe';
import { PortalPage } from './portal.po';

export interface NewFirm {
  siret: string;
  email: string;
  lastName: string;
  firstName: string;
  companyName: string;
}

/** « Créer votre espace », the FAQ's steps, screen by screen. */
export class SignupPage extends PortalPage {
  constructor(page: Page) {
    super(page);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Suivant' }).click();
  }

  field(label: string | RegExp) {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }
}

/** Reads an e-mail of the simulated mailbox through the portal, as a trainee would. */
export async function openLatestEmail(page: Page, recipient: string, subject: string | RegExp): Promise<void> {
  await page.goto(`/bac-a-sable/courriels?destinataire=${encodeURIComponent(recipient)}`);
  await page.getByRole('main').getByText(subject).first().click();
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();
}

/**
 * The FAQ's 12 steps of « Créer votre espace » for a tiers mandaté, screen by screen, up to the
 * space « en attente de paramétrage ». `atStep(n)` runs as each step begins (the guided mode's
 * checks); screenshots are named `<shots>-NN-…`.
 */
export async function signUpAsTiers(
  page: Page,
  firm: NewFirm & { password: { provisional: string; personal: string } },
  options: { shots: string; atStep?: (step: number) => Promise<void> },
): Promise<void> {
  const signup = new SignupPage(page);
  const { shots } = options;
  const atStep = options.atStep ?? (async () => undefined);
  await atStep(1);
  // 1. « Créer votre espace », at the top right of the home page.
  await signup.open('/');
  await signup.header.getByRole('link', { name: 'Créer votre espace' }).click();
  await atStep(2);
  // 2. The profile « Tiers mandaté ».
  await expect(signup.heading('Sélectionnez votre profil')).toBeVisible();
  await signup.screenshot(`${shots}-02-profil`);
  await expectNoSeriousAxeViolation(page);
  await page.getByText('Tiers mandaté', { exact: true }).click();
  await signup.next();
  await atStep(3);
  // 3. The information message, verbatim.
  await expect(page.getByRole('main')).toContainText(
    'Si vous êtes Tiers déclarant, à l’issue de votre inscription en ligne, merci de bien vouloir contacter votre Urssaf.',
  );
  await signup.screenshot(`${shots}-03-message-information`);
  await page.getByRole('link', { name: 'Continuer' }).click();
  await atStep(4);
  // 4. The membership request: the SIRET, checked live, then « Suivant ».
  await expect(signup.heading("Demande d'adhésion aux services en ligne")).toBeVisible();
  await signup.field('SIRET').fill(firm.siret.slice(0, 13) + String((Number(firm.siret[13]) + 1) % 10));
  await signup.field('SIRET').blur();
  await expect(page.getByRole('main')).toContainText(/clé de contrôle|n'est pas valide|invalide/i);
  await signup.field('SIRET').fill(firm.siret);
  await signup.screenshot(`${shots}-04-siret`);
  await expectNoSeriousAxeViolation(page);
  await signup.next();
  await atStep(5);
  // 5. Account category and e-mail.
  await expect(signup.heading('Catégorie de compte et adresse courriel')).toBeVisible();
  await page.getByText('Expert-comptable', { exact: true }).click();
  await signup.field('Adresse courriel').fill(firm.email);
  await signup.field("Confirmation de l'adresse courriel").fill(firm.email);
  await signup.screenshot(`${shots}-05-categorie-courriel`);
  await signup.next();
  await atStep(6);
  // 6. Personal information, mandatory fields with an asterisk.
  await expect(signup.heading('Informations personnelles')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('astérisque');
  await page.getByText('Madame', { exact: true }).click();
  await signup.field(/^Nom/).fill(firm.lastName);
  await signup.field(/^Prénom/).fill(firm.firstName);
  await signup.field(/^Raison sociale du cabinet/).fill(firm.companyName);
  await signup.screenshot(`${shots}-06-informations-personnelles`);
  await signup.next();
  await atStep(7);
  // 7. The validation e-mail is sent.
  await expect(signup.heading('Courriel de validation envoyé')).toBeVisible();
  await expect(page.getByRole('main')).toContainText(firm.email);
  await signup.screenshot(`${shots}-07-courriel-envoye`);

  await atStep(8);
  // 8. « Valider mon adresse courriel », from the simulated mailbox.
  await openLatestEmail(page, firm.email, /Validez votre adresse courriel|adresse courriel/);
  await signup.screenshot(`${shots}-08-courriel-de-validation`);
  await page.getByRole('main').getByRole('link', { name: 'Valider mon adresse courriel' }).click();
  await atStep(9);
  // 9. The password creation page, each criterion shown live.
  await expect(signup.heading('Création du mot de passe')).toBeVisible();
  await signup.field('Mot de passe').fill('abc');
  await expect(page.getByRole('main')).toContainText('Exactement 8 caractères');
  await signup.screenshot(`${shots}-09-criteres-en-direct`);
  await signup.field('Mot de passe').fill(firm.password.provisional);
  await signup.field('Confirmation du mot de passe').fill(firm.password.provisional);
  await expectNoSeriousAxeViolation(page);
  await page.getByRole('button', { name: /Enregistrer|Valider|Créer/ }).click();
  await atStep(10);
  // 10. The e-mail says the password is provisional, shown masked.
  await expect(page.getByRole('main')).toContainText('provisoire');
  await signup.screenshot(`${shots}-10-mot-de-passe-provisoire`);
  await openLatestEmail(page, firm.email, /provisoire/);
  await expect(page.getByRole('main')).not.toContainText(firm.password.provisional);
  await signup.screenshot(`${shots}-10-courriel-provisoire`);

  await atStep(11);
  // 11. First login: the provisional password must be replaced; a pop-in confirms; « Fermer » → home.
  await page.goto('/connexion');
  await expect(signup.heading('Se connecter')).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await signup.field('Identifiant').fill(firm.siret);
  await signup.field('Mot de passe').fill(firm.password.provisional);
  await signup.screenshot(`${shots}-11-connexion`);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  await expect(signup.heading('Modifier mon mot de passe')).toBeVisible();
  await signup.field('Mot de passe provisoire').fill(firm.password.provisional);
  await signup.field('Nouveau mot de passe').fill('Perso2026');
  await expect(page.getByRole('main')).toContainText('Exactement 8 caractères');
  await signup.field('Nouveau mot de passe').fill(firm.password.personal);
  await signup.field('Confirmation du mot de passe').fill(firm.password.personal);
  await signup.screenshot(`${shots}-11-changement-du-mot-de-passe`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await signup.screenshot(`${shots}-11-pop-in-de-confirmation`);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await atStep(12);
  // 12. The space waits for the Conseiller: contact your Urssaf, 3698.
  await expect(signup.heading(firm.companyName)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('3698');
  await expect(page.getByRole('main')).toContainText('en attente de paramétrage');
  await signup.screenshot(`${shots}-12-en-attente-de-parametrage`);
}
