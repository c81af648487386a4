// Evaluation on the demo organisation (issue 4), which carries the published history of the year of
// work up to the current period (the anchor's quarter, or its year in Q4 — src/domain/demo-calendar.ts),
// open in the other communes: the organising body opens the current period for commune #1; the
// cadre (whose tasks of the year were all on time with quality, half exceeding)
// self-assesses, sees the tasks behind the results score and proposes HTXS; the organising body
// appraises at the system's proposal; the standing committee's decision set is refused for the
// HTXS quota of the peer group, rated down to HTT with a reason, decided and published; the cadre
// sees the result.
import type { Page } from 'playwright-core';
import { demoClosedPeriods, demoCurrentPeriod } from '../src/domain/demo-calendar.js';
import { E2E_DEMO_ANCHOR } from './demo-anchor.js';
import { allowConsoleErrors, choose, expect, loginAs, screenshot, test } from './fixtures.js';

const current = demoCurrentPeriod(E2E_DEMO_ANCHOR);

interface Me {
  displayName: string;
  personId: string | null;
  csrfToken: string;
  roles: { unitId: string; unitName: string }[];
}

const api = <T>(page: Page, path: string, body?: unknown): Promise<T> =>
  page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const init: RequestInit =
        body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(body) };
      const res = await fetch(path, init);
      return (await res.json()) as T;
    },
    { path, body },
  );

async function switchUser(page: Page, username: string) {
  await page.context().clearCookies();
  await loginAs(page, username);
}

test('the current period from opening to the published result', { timeout: 240_000 }, async ({ page }) => {
  // ---- tochuc.xa opens the current period (Q4 is not offered as a quarter: it folds into the year)
  await loginAs(page, 'tochuc.xa');
  const me = await api<Me>(page, '/api/auth/me');
  const unitId = me.roles[0].unitId;
  const year = current.year;
  const existing = await api<{ items: { unitId: string; kind: string; number: number; status: string }[] }>(
    page,
    `/api/evaluation/periods?unitId=${unitId}&year=${year}`,
  );
  // The history of this year: closed; the current period is the one to open.
  const history = demoClosedPeriods(E2E_DEMO_ANCHOR)
    .filter((p) => p.year === year)
    .map((p) => [p.kind, p.number, 'closed']);
  expect(
    existing.items
      .filter((p) => p.unitId === unitId)
      .map((p) => [p.kind, p.number, p.status])
      .sort(),
  ).toEqual(history.sort());
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Đơn vị').fill(me.roles[0].unitName);
  // The option of the searched unit (not whatever the list showed before the search answered).
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: me.roles[0].unitName })
    .first()
    .click();
  await dialog.getByText('Quý IV không đánh giá riêng', { exact: false }).waitFor();
  await dialog.getByRole('combobox', { name: 'Quý' }).click();
  const quarters = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect.poll(() => quarters.locator('.ant-select-item-option').allTextContents()).toEqual(['I', 'II', 'III']);
  await page.keyboard.press('Escape');
  if (current.kind === 'quarter') await choose(page, dialog.getByRole('combobox', { name: 'Quý' }), ['I', 'II', 'III'][current.number - 1]);
  else await dialog.locator('label.ant-radio-button-wrapper', { hasText: 'Năm' }).click();
  await dialog.getByRole('spinbutton', { name: 'Năm' }).fill(String(year));
  await dialog.getByRole('button', { name: 'Mở kỳ đánh giá' }).click();
  // The opening runs as a job; its progress shows while it runs (too briefly to wait for on a fast
  // machine), then its outcome.
  await page.getByText('Hoàn tất.').waitFor({ timeout: 180_000 });
  const label = current.kind === 'quarter' ? `Quý ${['I', 'II', 'III'][current.number - 1]}/${year}` : `Năm ${year}`;

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
  // Every task on time with quality, half of them exceeding: the full results part.
  await page.getByText('Điểm kết quả: 70/70').first().waitFor();
  for (const input of await page.locator('.ant-input-number input[aria-label]').all())
    await input.fill((await input.getAttribute('aria-valuemax'))!);
  await page.getByLabel('Nhận xét').fill('Hoàn thành xuất sắc các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng.');
  await choose(page, page.getByLabel('Mức tự xếp loại'), 'Hoàn thành xuất sắc nhiệm vụ');
  await page.getByRole('button', { name: 'Gửi' }).click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await page.getByText('Đã tự đánh giá', { exact: true }).waitFor();

  // ---- tochuc.xa appraises (the cadre's row among the submitted ones)
  await switchUser(page, 'tochuc.xa');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Xem kỳ' }).click();
  await page.getByText('Danh sách đánh giá').waitFor();
  await choose(page, page.getByLabel('Trạng thái'), 'Đã tự đánh giá');
  await page.getByRole('link', { name: cadre.displayName, exact: true }).click();
  await page.getByText('Điều kiện xếp loại').waitFor();
  // The level offered is the system's proposal (the gates may lower it below the self-assessed one).
  await page.getByRole('button', { name: 'Thẩm định' }).click();
  await page.getByText('Đã thẩm định', { exact: true }).first().waitFor();

  // ---- thuongvu decides the peer group: refused for the quota, rated down, decided, published
  await switchUser(page, 'thuongvu');
  await page.getByRole('link', { name: 'Đánh giá, xếp loại' }).click();
  await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: 'Xem kỳ' }).click();
  await page.getByText('Tỷ lệ HTXS theo nhóm').waitFor();
  // The cadre's peer group is the only one with an appraised person; its row already warns.
  const groupRow = page.getByRole('row').filter({ has: page.locator('button:enabled[aria-label^="Quyết định: "]') });
  await expect.poll(() => groupRow.count(), { timeout: 30_000 }).toBe(1);
  await groupRow.getByText('Vượt tỷ lệ: cần hạ 1 người từ HTXS xuống HTT').waitFor();
  await groupRow.locator('button[aria-label^="Quyết định: "]').click();
  const decide = page.getByRole('dialog');
  await decide.getByText(cadre.displayName).waitFor();
  const level = decide.getByLabel(`Mức xếp loại: ${cadre.displayName}`);
  await expect
    .poll(() => level.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').textContent())
    .toContain('HTXS');
  // The refusal is a 400 the browser logs; it is the point of this step.
  allowConsoleErrors(page, /status of 400 .*\/api\/evaluation\/periods\/[0-9a-f-]+\/decisions/);
  await decide.getByRole('button', { name: 'Quyết định' }).click();
  const refusal = decide.getByRole('alert').filter({ hasText: 'Không thể quyết định: vượt tỷ lệ HTXS' });
  await refusal
    .getByText(
      /1 Hoàn thành xuất sắc trên 0 Hoàn thành tốt: vượt giới hạn 0 .*Cần chuyển ít nhất 1 người xuống Hoàn thành tốt \(Quy định 366-QĐ\/TW/,
    )
    .waitFor();
  await screenshot(page, 'evaluation--quota-refused');
  // Nothing was decided: the cadre is still at the appraisal, with the system's HTXS.
  const periods = await api<{ items: { id: string; unitId: string; number: number }[] }>(
    page,
    `/api/evaluation/periods?unitId=${unitId}&year=${year}&kind=${current.kind}`,
  );
  const opened = periods.items.find((p) => p.unitId === unitId && p.number === current.number)!;
  const appraised = await api<{ items: { subject: { personId: string | null }; appraisal: { level: string } | null }[] }>(
    page,
    `/api/evaluation/periods/${opened.id}/evaluations?status=appraised&pageSize=500`,
  );
  expect(appraised.items.filter((e) => e.subject.personId === cadre.personId).map((e) => e.appraisal?.level)).toEqual(['excellent']);
  await choose(page, level, 'HTT');
  await decide
    .getByLabel(`Lý do (khi khác thẩm định): ${cadre.displayName}`)
    .fill('Bảo đảm tỷ lệ Hoàn thành xuất sắc không vượt 20% số Hoàn thành tốt của nhóm.');
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
  // The score as Vietnamese write it: "88" or "82,5", never "82.5".
  await page.getByText(/Mức: Hoàn thành tốt nhiệm vụ — \d{1,3}(,\d{1,2})? điểm/).waitFor();
});
