// Planning: the commune's organising body opens the 2030–2035 plan, is refused a candidate who holds no
// post of the ladder with the rule and its numbers shown, and records a nomination ballot for the
// standing deputy secretary post (who reaches the threshold is shown); the standing committee approves
// the plan with a decision number; the plan then reads as approved, with the decision listed, and the
// ballot tally and the approval decision download as PDF.
import type { Response } from 'playwright-core';
import { allowConsoleErrors, expect, screenshot, test } from './fixtures.js';
import { switchTo } from './work-helpers.js';

test('organising body is refused with the rule shown; the standing committee approves', async ({ page }) => {
  const cadre = await switchTo(page, 'canbo');

  await switchTo(page, 'tochuc.xa');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quy hoạch', exact: true }).click();
  await page.getByRole('heading', { name: 'Quy hoạch cán bộ' }).waitFor();
  const term = page.locator('.ant-card').filter({ hasText: 'Nhiệm kỳ 2030–2035' });
  await term.getByRole('button', { name: 'Mở quy hoạch' }).click();
  const secretary = page.getByTestId('post-commune.party.secretary');
  await secretary.waitFor();
  await screenshot(page, 'planning-plan');

  // The refusal is a 400 the browser logs: expected here.
  allowConsoleErrors(page, /status of 400 .*\/api\/planning\/plans\/[^/]+\/candidates/);
  await secretary.getByRole('button', { name: 'Thêm nhân sự' }).click();
  const dialog = page.getByRole('dialog', { name: /Thêm nhân sự quy hoạch/ });
  const picker = dialog.getByRole('combobox').first();
  await picker.click();
  await picker.fill(cadre.displayName);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: cadre.displayName })
    .first()
    .click();
  await dialog.getByRole('button', { name: 'Thêm nhân sự' }).click();
  const refusal = dialog.getByRole('alert');
  await expect.poll(() => refusal.first().textContent()).toContain('Quy định 377-QĐ/TW');
  await expect.poll(() => refusal.first().textContent()).toContain('Bí thư Đảng ủy cao hơn');
  await screenshot(page, 'planning-refused');
  await dialog
    .getByRole('button', { name: /Hủy|Đóng/ })
    .first()
    .click();

  // A nomination ballot for the standing deputy secretary post (the demo's secretary post has nobody
  // qualified yet): 12 of 15 present, every candidate's votes.
  const deputy = page.getByTestId('post-commune.party.standing_deputy_secretary');
  await deputy.getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
  const ballot = page.getByRole('dialog', { name: /Ghi kết quả bỏ phiếu giới thiệu/ });
  await ballot.getByRole('spinbutton', { name: 'Tổng số thành viên được triệu tập' }).fill('15');
  await ballot.getByRole('spinbutton', { name: 'Số có mặt' }).fill('12');
  const votes = ballot.getByRole('spinbutton', { name: /Số phiếu của / });
  const count = await votes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await votes.nth(i).fill(String(i === 0 ? 10 : 4));
  await ballot.getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
  await deputy.getByText(/Vòng 1 \(\d{2}\/\d{2}\/\d{4}\): có mặt 12\/15/).waitFor();
  await deputy.getByText(/^Được giới thiệu: /).waitFor();
  await screenshot(page, 'planning-ballot');

  await switchTo(page, 'thuongvu');
  await page.goto('/planning');
  await term.getByRole('button', { name: 'Mở quy hoạch' }).click();
  await page.getByTestId('post-commune.party.secretary').waitFor();
  await page.getByRole('button', { name: 'Phê duyệt' }).click();
  const approve = page.getByRole('dialog', { name: 'Ban Thường vụ phê duyệt quy hoạch' });
  await approve.getByLabel('Số quyết định').fill('31-QĐ/ĐU');
  await approve.getByRole('button', { name: 'Phê duyệt' }).click();
  await page.getByText('Đã phê duyệt', { exact: true }).first().waitFor();
  await page.getByText(/Quyết định 31-QĐ\/ĐU ngày/).waitFor();
  await screenshot(page, 'planning-approved');

  // The HD 45 forms: the ballot tally and the approval decision as real PDFs.
  for (const [form, label] of [
    ['tally', 'Biên bản kiểm phiếu'],
    ['decision', 'Quyết định phê duyệt kèm danh sách'],
  ] as const) {
    const [res, download] = await Promise.all([
      page.waitForResponse((r: Response) => new URL(r.url()).pathname.endsWith(`/${form}.pdf`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Tải ${label} (PDF)` }).click(),
    ]);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  }
});
