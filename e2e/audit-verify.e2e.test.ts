// The audit page's integrity check: the inspection committee verifies the demo's trail intact;
// a broken trail (the server's answer replaced here, since the demo is shared by every spec) is
// shown with every broken event and its reason, numbers in Vietnamese format.
import { expect, loginAs, screenshot, test } from './fixtures.js';

test('verify shows an intact trail, and lists every break of a broken one', async ({ page }) => {
  await loginAs(page, 'kiemtra');
  await page.goto('/audit');
  await page.getByRole('heading', { name: 'Nhật ký thay đổi', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const ok = page.getByRole('status').filter({ hasText: 'Nhật ký toàn vẹn' });
  await ok.waitFor();
  expect(await ok.textContent()).toMatch(/đã kiểm tra [\d.]+ sự kiện/);

  await page.route('**/api/audit/verify', (route) =>
    route.fulfill({
      json: {
        intact: false,
        checked: 12345,
        lastSeq: 12346,
        brokenAt: { seq: 12, reason: 'hash_mismatch' },
        breaks: [
          { seq: 12, reason: 'hash_mismatch' },
          { seq: 4000, reason: 'gap', toSeq: 4001 },
          { seq: 9876, reason: 'link_mismatch' },
        ],
        brokenCount: 3,
      },
    }),
  );
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nhật ký bị sai lệch' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('3 chỗ trong 12.345 sự kiện đã kiểm tra');
  const items = alert.getByRole('list', { name: 'Các chỗ sai lệch' }).getByRole('listitem');
  expect(await items.allTextContents()).toEqual([
    'Sự kiện số 12: Nội dung sự kiện không khớp mã băm.',
    'Sự kiện số 4.000–4.001: Thiếu sự kiện trong chuỗi (bị xóa).',
    'Sự kiện số 9.876: Liên kết với sự kiện trước bị sai.',
  ]);
  await screenshot(page, 'audit-verify-broken');
});
