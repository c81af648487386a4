// Smoke: the server is up, the login page renders, and an organising user gets the app shell.
import { allowConsoleErrors, baseURL, expect, loginAs, test } from './fixtures.js';

test('the health check answers ok', async () => {
  const res = await fetch(`${baseURL()}api/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('the login page renders in Vietnamese', async ({ page }) => {
  await page.goto('/login');
  await expect.poll(() => page.title()).toContain('CanBo');
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  expect(await page.getByLabel('Tên đăng nhập').isVisible()).toBe(true);
  expect(await page.getByLabel('Mật khẩu').isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Đăng nhập' }).isEnabled()).toBe(true);
});

test('a wrong password is refused on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('tochuc');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  // The 401 of the refused sign-in shows as a failed resource load in chromium's console.
  allowConsoleErrors(page, /status of 401/);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('alert').waitFor();
  expect(page.url()).toContain('/login');
});

test('signing in as tochuc shows the app shell with the menu and the user', async ({ page }) => {
  await loginAs(page, 'tochuc');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  expect(await nav.getByRole('link', { name: 'Cán bộ' }).isVisible()).toBe(true);
  expect(await nav.getByRole('link', { name: 'Tổ chức' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Tài khoản của tôi' }).isVisible()).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/');
});
