// Security headers in a real browser: the web app and Swagger UI run under the Content-Security-
// Policy without a single violation (a violation is a console error, which fails the test).
import { baseURL, expect, loginAs, test } from './fixtures.js';

test('the web app and its responses carry the security headers', async ({ page }) => {
  const res = await fetch(baseURL());
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
  await loginAs(page, 'tochuc');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
});

test('Swagger UI at /api/docs works under the policy', async ({ page }) => {
  await loginAs(page, 'tochuc'); // the API documentation is for signed-in users
  await page.goto('/api/docs');
  await page.getByText('CanBo API', { exact: false }).first().waitFor();
  await page.getByText('/api/auth/login').first().waitFor();
});
