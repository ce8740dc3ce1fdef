import { expect, type Page, test } from '@playwright/test';

/** Presses Tab until the element with that accessible label has the focus (at most 40 times). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const labelled = element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? element?.textContent ?? '';
      return labelled.replace(/\s+/g, ' ').trim();
    });
    if (focused.startsWith(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`« ${label} » never received the focus`);
}

test.describe('keyboard only', () => {
  test('a person logs in without a mouse, and the 15-character NIR is explained on the way', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, 'Se connecter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await tabTo(page, 'Identifiant');
    await page.keyboard.type('185057505612388');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main')).toContainText("La clé à 2 caractères ne fait pas partie de l'identifiant");
    await tabTo(page, 'Identifiant');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1850575056123');
    await tabTo(page, 'Mot de passe');
    await page.keyboard.type('Plomb024');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Choisissez le compte sur lequel vous souhaitez intervenir' })).toBeVisible();
  });

  test('the signup profile is chosen with the keyboard', async ({ page }) => {
    await page.goto('/inscription');
    await tabTo(page, 'Tiers mandaté');
    await page.keyboard.press('Space');
    await tabTo(page, 'Suivant');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toContainText('Si vous êtes Tiers déclarant');
  });
});
