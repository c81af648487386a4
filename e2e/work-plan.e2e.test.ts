// Weekly plan: a cadre writes next-but-seven week's plan and submits it; the Party secretary
// returns it with a comment; the cadre sees the comment, fixes an item and resubmits; the
// secretary approves; each item has become a task of that person.
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures.js';
import { addDays, mondayOf, switchTo, today, viDate } from './work-helpers.js';

// Eight weeks ahead: the demo seeds plans for the current weeks only.
const WEEK = mondayOf(addDays(today(), 56));
const stamp = String(Date.now()).slice(-6);
const ITEM1 = `Rà soát hồ sơ hộ nghèo khu phố 3 (${stamp})`;
const ITEM2 = `Tiếp dân định kỳ thứ Năm (${stamp})`;
const ITEM1_FIXED = `Rà soát, cập nhật hồ sơ hộ nghèo khu phố 3 (${stamp})`;
const COMMENT = 'Ghi rõ số hộ cần rà soát và đầu mối phối hợp.';

async function openPlanOf(page: Page, name: string) {
  await page.goto(`/plans/overview?week=${WEEK}`);
  await page.getByRole('heading', { name: 'Kế hoạch của đơn vị' }).waitFor();
  await page.getByRole('link', { name: new RegExp(`^(Xem|Duyệt) kế hoạch của ${name}$`) }).click();
  await page.getByRole('heading', { name: `Kế hoạch của ${name}` }).waitFor();
}

/** The item titles as the reviewer sees them (standing may edit, so they are inputs). */
async function itemTitles(page: Page): Promise<string[]> {
  const inputs = page.getByLabel('Tên công việc');
  await inputs.first().waitFor();
  return Promise.all((await inputs.all()).map((i) => i.inputValue()));
}

test('write, submit, return with a comment, fix, resubmit, approve: the items become tasks', async ({ page }) => {
  const cadre = await switchTo(page, 'canbo');
  expect(cadre.personId).not.toBeNull();

  // ---- The cadre writes and submits
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch tuần' }).click();
  await page.getByRole('heading', { name: 'Kế hoạch của tôi' }).waitFor();
  await page.goto(`/plans?week=${WEEK}`);
  await page.getByText('Bạn chưa có kế hoạch công tác cho tuần này.').waitFor();
  await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
  await page.getByRole('button', { name: 'Thêm công việc' }).click();
  await page.getByRole('button', { name: 'Thêm công việc' }).click();
  const titles = page.getByLabel('Tên công việc');
  await expect.poll(() => titles.count()).toBe(2);
  await titles.nth(0).fill(ITEM1);
  await titles.nth(1).fill(ITEM2);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await page.getByText('Đã gửi duyệt.', { exact: true }).waitFor();
  // Submitted: read-only, no more "Gửi duyệt".
  await page.getByRole('cell', { name: ITEM1 }).waitFor();
  expect(await page.getByRole('button', { name: 'Gửi duyệt' }).count()).toBe(0);

  // ---- The secretary returns it with a comment
  await switchTo(page, 'thuongvu');
  await openPlanOf(page, cadre.displayName);
  await page.getByText('Đã gửi duyệt', { exact: true }).waitFor();
  expect(await itemTitles(page)).toEqual([ITEM1, ITEM2]);
  await page.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả lại' });
  await dialog.getByLabel('Ý kiến (bắt buộc)').fill(COMMENT);
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await page.getByText('Đã trả lại kế hoạch.').waitFor();
  expect(await page.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);

  // ---- The cadre sees the comment, fixes the first item and resubmits
  await switchTo(page, 'canbo');
  await page.goto(`/plans?week=${WEEK}`);
  await page.getByText('Ý kiến khi trả lại').waitFor();
  await page.getByText(COMMENT).waitFor();
  const first = page.getByLabel('Tên công việc').first();
  await expect.poll(() => first.inputValue()).toBe(ITEM1);
  await first.fill(ITEM1_FIXED);
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await page.getByText('Đã gửi duyệt.', { exact: true }).waitFor();
  await page.getByRole('cell', { name: ITEM1_FIXED }).waitFor();

  // ---- The secretary approves
  await switchTo(page, 'thuongvu');
  await openPlanOf(page, cadre.displayName);
  await page.getByText('Đã gửi duyệt', { exact: true }).waitFor();
  expect(await itemTitles(page)).toEqual([ITEM1_FIXED, ITEM2]);
  await page.getByRole('button', { name: 'Phê duyệt' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Phê duyệt' }).click();
  await page.getByText('Đã phê duyệt.', { exact: true }).waitFor();
  await page.getByText('Kế hoạch đã được duyệt; các công việc đã thành nhiệm vụ (bấm tên để xem).').waitFor();

  // ---- Each item links to its task, held by the cadre, sourced from the weekly plan
  await expect.poll(() => page.getByRole('link', { name: ITEM2, exact: true }).count()).toBe(1);
  await page.getByRole('link', { name: ITEM1_FIXED, exact: true }).click();
  await page.getByRole('heading', { name: ITEM1_FIXED }).waitFor();
  expect(page.url()).toMatch(/\/tasks\/[0-9a-f-]+$/);
  const info = page.locator('.ant-descriptions');
  await info.getByText('Kế hoạch tuần', { exact: true }).waitFor();
  await info.getByText(cadre.displayName, { exact: true }).first().waitFor();
  // …and the task leads back to the approved plan.
  await info.getByRole('link', { name: `Kế hoạch tuần từ ${viDate(WEEK)} của đồng chí ${cadre.displayName}` }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
  await page.getByRole('link', { name: ITEM1_FIXED, exact: true }).waitFor();
});
