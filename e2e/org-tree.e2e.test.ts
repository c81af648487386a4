// The organisation tree as of a date: on 30/06/2025 the pre-merger units (old provinces, districts
// and communes) and not the 2025 communes; today the 2025 communes and not the old ones; a unit's
// history names the units it was formed from.
//
// Names come from the demo (src/server/seed/demo.ts) and the official 2025 reform data it uses:
// Xã Khoái Châu (demo commune #2, from 1/7/2025) was formed from Thị trấn Khoái Châu, Xã Liên Khê,
// Xã Phùng Hưng and Xã Đông Kết of Huyện Khoái Châu; Tỉnh Thái Bình merged into Tỉnh Hưng Yên.
import type { Locator, Page } from 'playwright-core';
import { formatViDate, todayInVietnam } from '../src/domain/dates.js';
import { expect, loginAs, test } from './fixtures.js';

const BEFORE_MERGER = { vi: '30/06/2025', civil: '2025-06-30' };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tree node by its unit name; the node's text is "<name> · <kind>", after the expand icon. */
function node(tree: Locator, name: string): Locator {
  return tree.getByRole('treeitem', { name: new RegExp(`(^|\\s)${escapeRe(name)} ·`) });
}

async function expand(tree: Locator, name: string): Promise<void> {
  await node(tree, name).getByRole('img', { name: 'plus-square' }).click();
}

async function setAsOf(page: Page, vi: string, civil: string): Promise<void> {
  const input = page.getByLabel('Tại ngày');
  await input.click();
  await input.fill(vi);
  await input.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('asOf') === civil);
}

/** A row of a bordered description list (label cell + value cell), e.g. "Hình thành từ". */
const descriptionRow = (page: Page, label: string) => page.getByRole('row', { name: new RegExp(`^${escapeRe(label)}`) });

test('the tree shows the pre-merger units on 30/06/2025 and the 2025 communes today, with their history', async ({ page }) => {
  await loginAs(page, 'tochuc');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức' }).click();
  await page.getByRole('heading', { name: 'Tổ chức', level: 1 }).waitFor();
  const tree = page.getByRole('tree', { name: 'Cây tổ chức' });

  // ---- Before the merger: the two old provinces, the old district and its communes.
  await setAsOf(page, BEFORE_MERGER.vi, BEFORE_MERGER.civil);
  await node(tree, 'Tỉnh Thái Bình').waitFor();
  await expand(tree, 'Tỉnh Hưng Yên');
  await node(tree, 'Huyện Khoái Châu').waitFor();
  await expand(tree, 'Huyện Khoái Châu');
  await node(tree, 'Xã Liên Khê').waitFor();
  await node(tree, 'Thị trấn Khoái Châu').waitFor();
  expect(await node(tree, 'Huyện Văn Giang').isVisible()).toBe(true);
  // The 2025 communes did not exist yet.
  expect(await node(tree, 'Xã Khoái Châu').count()).toBe(0);
  expect(await node(tree, 'Phường Phố Hiến').count()).toBe(0);
  expect(await tree.getByRole('treeitem', { name: /Xã Văn Giang ·/ }).count()).toBe(0);

  // An old commune: closed at the reform, merged into the new Xã Khoái Châu.
  await node(tree, 'Xã Liên Khê').getByText('Xã Liên Khê', { exact: true }).click();
  await page.getByRole('heading', { name: 'Xã Liên Khê' }).waitFor();
  const successors = descriptionRow(page, 'Chuyển thành');
  await successors.getByRole('link', { name: 'Xã Khoái Châu' }).waitFor();
  expect(await successors.textContent()).toContain('Sáp nhập ngày 01/07/2025');

  // Following the successor as of 30/06/2025: it only starts on 1/7/2025.
  await successors.getByRole('link', { name: 'Xã Khoái Châu' }).click();
  await page.getByRole('heading', { name: 'Xã Khoái Châu' }).waitFor();
  await page.getByText('Đơn vị bắt đầu hoạt động từ ngày 01/07/2025.').waitFor();

  // ---- Today: the new province and its communes; none of the old units.
  const today = todayInVietnam();
  await setAsOf(page, formatViDate(today), today);
  // Opening the unit opens the branches leading to it.
  await node(tree, 'Xã Khoái Châu').waitFor();
  await node(tree, 'Phường Phố Hiến').waitFor();
  await node(tree, 'Xã Văn Giang').waitFor();
  expect(await node(tree, 'Tỉnh Thái Bình').count()).toBe(0);
  expect(await node(tree, 'Huyện Khoái Châu').count()).toBe(0);
  expect(await node(tree, 'Xã Liên Khê').count()).toBe(0);
  expect(await node(tree, 'Thị trấn Khoái Châu').count()).toBe(0);
  expect(await page.getByText('Đơn vị bắt đầu hoạt động từ ngày 01/07/2025.').count()).toBe(0);

  // Its history: formed on 1/7/2025 from the old communes, by the Standing Committee's resolution.
  const predecessors = descriptionRow(page, 'Hình thành từ');
  await predecessors.getByRole('link', { name: 'Xã Liên Khê' }).waitFor();
  for (const old of ['Thị trấn Khoái Châu', 'Xã Phùng Hưng', 'Xã Đông Kết']) {
    expect(await predecessors.getByRole('link', { name: old }).isVisible(), old).toBe(true);
  }
  const history = await predecessors.textContent();
  expect(history).toContain('Sáp nhập ngày 01/07/2025');
  expect(history).toContain('1666/NQ-UBTVQH15');
  expect(await descriptionRow(page, 'Cấp trên qua các thời kỳ').getByRole('link', { name: 'Tỉnh Hưng Yên' }).isVisible()).toBe(true);
});
