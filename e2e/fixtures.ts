// Browser-test fixtures: `test` gives each test a fresh browser context and `page` on the shared
// server (global-setup.ts), fails the test on any console error or uncaught page error, and
// writes a screenshot of the final state to artifacts/screenshots/. `loginAs` signs in through
// the login page like a user would.
//
//   import { expect, loginAs, test } from './fixtures.js';
//   test('people list', async ({ page }) => { await loginAs(page, 'tochuc'); … });
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, test as base, expect, inject } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/seed/accounts.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';

export { expect };
export { DEMO_PASSWORD };

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts/screenshots');

let browser: Promise<Browser> | undefined;
/** One chromium per spec file; playwright gives each launch a fresh temporary user-data-dir. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  return browser;
}
afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export const baseURL = (): string => inject('baseURL');

const errorsOf = new WeakMap<Page, { errors: string[]; allowed: RegExp[] }>();

/** Saves a full-page screenshot of a state worth looking at to artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Lets a test that provokes an error on purpose (e.g. a 409) accept matching console errors. */
export function allowConsoleErrors(page: Page, pattern: RegExp): void {
  errorsOf.get(page)?.allowed.push(pattern);
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);

export const test = base.extend<{ page: Page }>({
  page: async ({ task }, use) => {
    const context = await (
      await sharedBrowser()
    ).newContext({
      baseURL: baseURL(),
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 860 },
    });
    const page = await context.newPage();
    const tracked = { errors: [] as string[], allowed: [] as RegExp[] };
    errorsOf.set(page, tracked);
    page.on('console', (m) => {
      if (m.type() === 'error') tracked.errors.push(`console error: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => tracked.errors.push(`page error: ${e.message}`));
    try {
      await use(page);
    } finally {
      const file = path.basename(task.file?.name ?? 'spec').replace(/\.e2e\.test\.ts$/, '');
      fs.mkdirSync(screenshotDir, { recursive: true });
      // Let pending requests land so the screenshot shows the page, not its spinner.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      await page.screenshot({ path: path.join(screenshotDir, `${file}--${slug(task.name)}.png`), fullPage: true }).catch(() => {});
      await context.close();
    }
    const unexpected = tracked.errors.filter((e) => !tracked.allowed.some((re) => re.test(e)));
    if (unexpected.length) throw new Error(`the browser reported errors:\n${unexpected.join('\n')}`);
  },
});

/** Signs in through the login page (Vietnamese labels) and waits for the app shell (at any width). */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The side menu, or on a phone the button opening the menu drawer.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .or(page.getByRole('button', { name: 'Mở menu' }))
    .waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * Chooses `option` (its exact text) in an antd Select. The dropdown animates in and closes when
 * the form re-renders under it, so a click that lands on a moving or vanished list is retried
 * with the list opened again; done when the select shows the choice.
 */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  const root = select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 1; ; attempt += 1) {
    await select.click();
    const item = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ has: page.getByText(option, { exact: true }) })
      .first();
    try {
      await item.click({ timeout: 5_000 });
      await expect.poll(() => root.locator('.ant-select-content').first().textContent(), { timeout: 2_000 }).toContain(option);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}
