// My account: a weak new password is refused with a Vietnamese message under the field; switching
// the language to English changes the menu. Uses `vanphong`, which no other browser test signs in
// with, because the language choice is saved on the account.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, allowConsoleErrors, expect, loginAs, screenshot, test } from './fixtures.js';

/** The error text antd shows under a form field (linked to the input by aria-describedby). */
async function fieldError(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ').trim();
}

test('a weak password is refused under the field in Vietnamese; English changes the menu', async ({ page }) => {
  await loginAs(page, 'vanphong');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  expect(await nav.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Trang chủ', 'Tổ chức', 'Cán bộ']));

  // ---- Change password from the user menu.
  await page.getByRole('button', { name: 'Tài khoản của tôi' }).click();
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL((url) => url.pathname === '/account' && url.hash === '#password');
  await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('abc123');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('abc123');
  allowConsoleErrors(page, /status of 400/); // chromium logs the refused request
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/password');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  expect((await answer).status()).toBe(400);

  const message = await fieldError(page, 'Mật khẩu mới');
  expect(message).toContain('Mật khẩu cần ít nhất 10 ký tự.');
  expect(await page.getByText('Đã đổi mật khẩu.').count()).toBe(0);
  // Whatever else the page says about it is for people: no internal field names.
  expect(await page.getByRole('main').first().textContent()).not.toContain('newPassword');
  // The other fields are fine.
  expect(await page.getByLabel('Mật khẩu hiện tại').getAttribute('aria-invalid')).not.toBe('true');

  // ---- English: the menu and the page change language.
  const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/locale' && r.request().method() === 'PUT');
  await page.getByRole('banner').getByText('EN', { exact: true }).click();
  expect((await saved).status()).toBeLessThan(300);
  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  await navEn.getByRole('link', { name: 'Home', exact: true }).waitFor();
  expect(await navEn.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Home', 'Organisation', 'People']));
  expect(await navEn.getByRole('link', { name: 'Trang chủ' }).count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'My account', level: 1 }).isVisible()).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await screenshot(page, 'account--english');

  // Back to Vietnamese, so the account is left as it was.
  const restored = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/locale' && r.request().method() === 'PUT');
  await page.getByRole('banner').getByText('VI', { exact: true }).click();
  expect((await restored).status()).toBeLessThan(300);
  await nav.getByRole('link', { name: 'Trang chủ' }).waitFor();
});
