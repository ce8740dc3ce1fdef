import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve(__dirname, '../../../../dist/e2e/screenshots');

/** The public shell every page shares: sandbox bar, header, footer. */
export class PortalPage {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('banner');
  }

  get footer(): Locator {
    return this.page.getByRole('contentinfo');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('main')).toBeVisible();
  }

  /** « Se déconnecter » sits in the header, or in its account menu when the person has several spaces. */
  async logout(): Promise<void> {
    const direct = this.header.getByRole('button', { name: 'Se déconnecter' });
    if (await direct.isVisible()) {
      await direct.click();
    } else {
      await this.header.getByRole('button').last().click();
      await this.page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    }
    await expect(this.header.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}
