import { expect, type Page } from '@playwright/test';
import { PortalPage } from './portal.po';

/** « Boîte de réception simulée » and « Courrier simulé ». */
export class MailboxPage extends PortalPage {
  constructor(page: Page) {
    super(page);
  }

  async openFromSandboxBar(label: 'Boîte de réception simulée' | 'Courrier simulé'): Promise<void> {
    await this.page.getByRole('link', { name: label }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  }

  async chooseRecipient(recipient: string): Promise<void> {
    await this.page.getByRole('main').getByText(recipient, { exact: false }).first().click();
  }

  async openMessage(subject: string): Promise<void> {
    await this.page.getByRole('main').getByText(subject).first().click();
    await expect(this.page.getByRole('heading', { name: subject })).toBeVisible();
  }
}
