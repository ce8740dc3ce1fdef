import { expect, type Page } from '@playwright/test';
import { PortalPage } from './portal.po';

/** « Portefeuille clients », « Ajouter un client » and the finalising page. */
export class PortfolioPage extends PortalPage {
  constructor(page: Page) {
    super(page);
  }

  async openPortfolio(): Promise<void> {
    await this.page.goto('/portefeuille');
    await expect(this.page.getByRole('heading', { level: 1, name: /Portefeuille clients/ })).toBeVisible();
  }

  async addBySiren(siren: string): Promise<void> {
    await this.openAddClient();
    await this.page.getByRole('textbox', { name: 'SIREN de l’entreprise' }).fill(siren);
    await this.submitAddition();
  }

  async addGerant(nir: string, tiNumber: string): Promise<void> {
    await this.openAddClient();
    await this.page.getByRole('radio', { name: /Gérant majoritaire sans Siret/ }).check();
    await this.page.getByRole('textbox', { name: /Numéro de sécurité sociale/ }).fill(nir);
    await this.page.getByRole('textbox', { name: /Numéro de Travailleur Indépendant/ }).fill(tiNumber);
    await this.submitAddition();
  }

  async answerSecretQuestions(first: string, second: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Répondre aux deux questions secrètes' }).check();
    const answers = this.page.getByRole('main').getByRole('textbox');
    await answers.nth(0).fill(first);
    await answers.nth(1).fill(second);
    await this.submitProof();
  }

  async enterSecurityCode(code: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Saisir le code de sécurité reçu par courrier' }).check();
    await this.page.getByRole('textbox', { name: /Code de sécurité/ }).fill(code);
    await this.submitProof();
  }

  async expectAttached(): Promise<void> {
    await expect(this.page.getByText('Le rattachement est finalisé.')).toBeVisible();
  }

  /** The security code printed on the newest letter to this addressee (« Courrier simulé »). */
  async securityCodeFromLetter(addressee: string): Promise<string> {
    await this.page.goto(`/bac-a-sable/courrier?destinataire=${encodeURIComponent(addressee)}`);
    await this.page.getByRole('main').getByText('Votre code de sécurité pour le rattachement').first().click();
    const letter = this.page.getByRole('main');
    await expect(letter.getByText(/Votre code de sécurité : /)).toBeVisible();
    const code = /Votre code de sécurité : ([A-Z0-9-]{14})/.exec(await letter.innerText())?.[1];
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    return code ?? '';
  }

  async deleteClient(search: string, name: string): Promise<void> {
    await this.openPortfolio();
    await this.page.getByLabel('Rechercher un client (nom ou SIREN)').fill(search);
    const row = this.page.getByRole('row').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: 'Supprimer' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Supprimer le client' }).click();
    await expect(this.page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  }

  private async openAddClient(): Promise<void> {
    await this.openPortfolio();
    await this.page.getByRole('link', { name: 'Ajouter un client' }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Ajouter un client' })).toBeVisible();
  }

  private async submitAddition(): Promise<void> {
    await this.page.getByRole('button', { name: 'Ajouter le client' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Finaliser le rattachement' })).toBeVisible();
    await expect(this.page.getByText(/Un courriel a été envoyé au cotisant/)).toBeVisible();
  }

  private async submitProof(): Promise<void> {
    await this.page.getByRole('main').locator('button[type="submit"]').click();
  }
}
