import { expect, type Page } from '@playwright/test';
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
