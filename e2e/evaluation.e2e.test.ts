// Evaluation on the demo organisation (issue 4): the organising body opens a quarter for commune #1,
// the cadre self-assesses and sees the tasks behind the results score, the organising body
// appraises, the standing committee decides the peer group and publishes, the cadre sees the result.
import type { Page } from 'playwright-core';
import { expect, loginAs, test } from './fixtures.js';

interface Me {
  displayName: string;
  csrfToken: string;
  roles: { unitId: string; unitName: string }[];
}

const api = <T>(page: Page, path: string, body?: unknown): Promise<T> =>
  page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(body) };
      const res = await fetch(path, init);
      return (await res.json()) as T;
    },
    { path, body },
  ) as Promise<T>;

async function switchUser(page: Page, username: string) {
  await page.context().clearCookies();
  await loginAs(page, username);
}

/** The criteria sets the demo may not assign yet (each group of commune #1 needs one to open a period). */
async function ensureCriteria(page: Page, unitId: string) {
  const have = await api<{ items: { cadreGroup: string }[] }>(page, `/api/criteria-assignments?unitId=${unitId}`);
  const families: Record<string, string> = { collective: '1', leader_commune: '3', staff: '4', party_member_outside: '5' };
  for (const [group, n] of Object.entries(families)) {
    if (have.items.some((a) => a.cadreGroup === group)) continue;
    await api(page, '/api/criteria-assignments', { family: `c3660000-0000-4000-8000-00000000000${n}`, cadreGroups: [group], unitId, effectiveFrom: '2025-01-01' });
  }
}

test('a quarter from opening to the published result', { timeout: 240_000 }, async ({ page }) => {
  // ---- tochuc.xa opens a quarter (Q4 is not offered: it folds into the year)
  await loginAs(page, 'tochuc.xa');
  const me = await api<Me>(page, '/api/auth/me');
  const unitId = me.roles[0]!.unitId;
  await ensureCriteria(page, unitId);
  const year = new Date().getFullYear();
  const existing = await api<{ items: { unitId: string; kind: string; number: number; status: string }[] }>(page, `/api/evaluation/periods?unitId=${unitId}&year=${year}&kind=quarter`);
  const free = [1, 2, 3].find((n) => !existing.items.some((p) => p.unitId === unitId && p.number === n));
  expect(free, 'a quarter of this year still to open').toBeDefined();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Đơn vị').fill(me.roles[0]!.unitName);
  await page.locator('.ant-select-item-option').first().click();
  await dialog.getByText('Quý IV không đánh giá riêng', { exact: false }).waitFor();
  await dialog.getByRole('combobox', { name: 'Quý' }).click();
  const quarters = page.locator('.ant-select-dropdown').last();
  await expect.poll(() => quarters.locator('.ant-select-item-option').allTextContents()).toEqual(['I', 'II', 'III']);
  await quarters.getByText(['I', 'II', 'III'][free! - 1]!, { exact: true }).click();
  await dialog.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  await page.getByRole('status').waitFor();
  await page.getByText('Hoàn tất.').waitFor({ timeout: 180_000 });
  const label = `Quý ${['I', 'II', 'III'][free! - 1]}/${year}`;

  // ---- canbo self-assesses and sees the tasks behind the results score
  await switchUser(page, 'canbo');
  const cadre = await api<Me>(page, '/api/auth/me');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Tự đánh giá của tôi' }).click();
  await page.getByText('Phần kết quả thực hiện nhiệm vụ').waitFor();
  const assigned = page.getByRole('button', { name: /^Được giao: \d+$/ });
  const n = Number((await assigned.textContent())?.trim());
  await assigned.click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByText('Nhiệm vụ: Được giao').waitFor();
  if (n > 0) await expect.poll(() => drawer.locator('tbody tr.ant-table-row').count()).toBe(Math.min(n, 200));
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();
  for (const input of await page.locator('.ant-input-number input[aria-label]').all()) await input.fill('5');
  await page.getByLabel('Nhận xét').fill('Hoàn thành các nhiệm vụ được giao đúng hạn.');
  await page.getByLabel('Mức tự xếp loại').click();
  await page.locator('.ant-select-dropdown').last().getByText('Hoàn thành tốt nhiệm vụ', { exact: true }).click();
  await page.getByRole('button', { name: 'Gửi' }).click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await page.getByText('Đã tự đánh giá', { exact: true }).waitFor();

  // ---- tochuc.xa appraises (the cadre's row among the submitted ones)
  await switchUser(page, 'tochuc.xa');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Xem kỳ' }).click();
  await page.getByText('Danh sách đánh giá').waitFor();
  await page.getByLabel('Trạng thái').click();
  await page.locator('.ant-select-dropdown').last().getByText('Đã tự đánh giá', { exact: true }).click();
  await page.getByRole('link', { name: cadre.displayName, exact: true }).click();
  await page.getByText('Điều kiện xếp loại').waitFor();
  // The level offered is the system's proposal (the gates may lower it below the self-assessed one).
  await page.getByRole('button', { name: 'Thẩm định' }).click();
  await page.getByText('Đã thẩm định', { exact: true }).first().waitFor();

  // ---- thuongvu decides the peer group and publishes
  await switchUser(page, 'thuongvu');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Xem kỳ' }).click();
  await page.getByText('Tỷ lệ HTXS theo nhóm').waitFor();
  await page.getByRole('button', { name: /^Quyết định: / }).first().click();
  const decide = page.getByRole('dialog');
  await decide.getByText(cadre.displayName).waitFor();
  await decide.getByRole('button', { name: 'Quyết định' }).click();
  await page.getByText('Đã quyết định 1 người.').waitFor();
  await page.getByRole('button', { name: 'Công bố kết quả' }).click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await page.getByText(/Đã công bố \d+ kết quả\./).waitFor();

  // ---- canbo sees the decided level
  await switchUser(page, 'canbo');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Tự đánh giá của tôi' }).click();
  await page.getByText('Kết quả xếp loại').waitFor();
  await page.getByText(/Mức: (Không hoàn thành|Hoàn thành)[^—]* nhiệm vụ — [\d.]+ điểm/).waitFor();
});
