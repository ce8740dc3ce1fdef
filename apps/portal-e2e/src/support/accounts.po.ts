import { type Browser, expect, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolation } from './axe';
import { openLatestEmail } from './signup.po';

/** Someone « Ajouter un compte » creates: the fields of the form. */
export interface NewAccount {
  firstName: string;
  lastName: string;
  email: string;
}

export async function login(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel(/Identifiant/).fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' }).or(page.getByRole('banner').getByRole('button').last())).toBeVisible();
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** « Ajouter un compte »: the role, the rights, the fields; the activation e-mail goes out. */
export async function addAccount(page: Page, role: 'Collaborateur' | 'Administrateur', person: NewAccount, rights: string[] = []): Promise<void> {
  await page.goto('/comptes');
  await page.getByRole('link', { name: 'Ajouter un compte' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  for (const right of rights) await page.getByRole('checkbox', { name: right }).check();
  await page.getByRole('radio', { name: 'Madame' }).or(page.getByRole('radio', { name: 'Mme' })).first().check();
  await page.getByLabel('Prénom').fill(person.firstName);
  await page.getByLabel('Nom', { exact: true }).fill(person.lastName);
  await page.getByLabel('Adresse courriel').fill(person.email);
  await page.getByRole('button', { name: 'Ajouter le compte' }).click();
  await expect(page.getByText(/Un courriel a été envoyé automatiquement/)).toBeVisible();
}

/** Opens the newest activation e-mail and follows its link. */
export async function followActivationLink(page: Page, email: string): Promise<void> {
  await openLatestEmail(page, email, /Activez votre compte sur le Portail Tiers/);
  await page.getByRole('main').getByRole('link', { name: 'Activer mon compte' }).click();
}

export async function activate(page: Page, email: string, password: string): Promise<void> {
  await followActivationLink(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Activez votre compte' })).toBeVisible();
  await expectNoSeriousAxeViolation(page);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel(/Confirm/).fill(password);
  await page.getByRole('main').getByRole('button', { name: /Activer/ }).click();
  await expect(page.getByText(/Votre compte est activé/)).toBeVisible();
}
