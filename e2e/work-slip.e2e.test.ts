// Task slip: the Party secretary issues a task due three days ago to a cadre; the cadre
// acknowledges it, reports progress with a note and completes it today (late), then filters the
// unit's board by the secretary; the office
// sees it counted as late for that person in the weekly summary of the due week, and the
// drill-down lists it.
import { expect, test } from './fixtures.js';
import { addDays, fillDate, pick, switchTo, today } from './work-helpers.js';

const stamp = String(Date.now()).slice(-6);
const TITLE = `Báo cáo kết quả thu thuế phi nông nghiệp (${stamp})`;
const NOTE = `Đã tổng hợp xong 2/3 khu phố (${stamp}).`;

test('issue a slip, acknowledge, report, complete late; the summary counts it late', async ({ page }) => {
  const cadre = await switchTo(page, 'canbo');
  const secretary = await switchTo(page, 'thuongvu');
  const start = addDays(today(), -10);
  const due = addDays(today(), -3);

  // ---- The secretary issues the slip
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công việc' }).click();
  await page.getByRole('button', { name: 'Phiếu giao việc' }).click();
  await page.getByRole('heading', { name: 'Phiếu giao việc' }).waitFor();
  await page.getByLabel('Tên công việc').fill(TITLE);
  await pick(page, page.getByLabel('Người chủ trì'), cadre.displayName);
  await fillDate(page.getByLabel('Ngày bắt đầu'), start);
  await fillDate(page.getByLabel('Hạn hoàn thành'), due);
  // A due date already passed: the form warns and will not send it unconfirmed (issue 9).
  await page.getByText(`Hạn ${due.split('-').reverse().join('/')} đã qua`, { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Giao việc' }).click();
  await page.getByText('Chọn hạn từ hôm nay trở đi, hoặc đánh dấu xác nhận ghi nhận hạn đã qua.').waitFor();
  expect(page.url()).toMatch(/\/tasks\/new$/);
  await page.getByLabel('Tôi xác nhận ghi nhận hạn đã qua (việc đã làm)').check();
  await page.getByRole('button', { name: 'Giao việc' }).click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]+$/);
  const taskUrl = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await page.locator('.ant-descriptions').getByText('Phiếu giao việc', { exact: true }).waitFor();
  // The secretary is not the lead: no assignee actions for them.
  expect(await page.getByRole('button', { name: 'Nhận việc' }).count()).toBe(0);

  // ---- The cadre acknowledges, reports progress, completes today
  await switchTo(page, 'canbo');
  await page.goto(taskUrl);
  await page.getByRole('heading', { name: TITLE }).waitFor();
  const acknowledge = page.getByRole('button', { name: 'Nhận việc' });
  await acknowledge.click();
  // Acknowledged: the button goes and the status reads "Đã nhận".
  await acknowledge.waitFor({ state: 'detached' });
  await page.getByText('Đã nhận', { exact: true }).first().waitFor();
  const report = page.getByRole('button', { name: 'Báo cáo tiến độ' });
  await report.click();
  const progress = page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
  await progress.getByLabel('Tỷ lệ hoàn thành (%)').fill('60');
  await progress.getByLabel('Ghi chú').fill(NOTE);
  await progress.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await progress.waitFor({ state: 'hidden' });
  await page.getByText(NOTE).waitFor();

  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const complete = page.getByRole('dialog', { name: 'Hoàn thành' });
  await expect.poll(() => complete.getByLabel('Ngày hoàn thành').inputValue()).toBe(today().split('-').reverse().join('/'));
  await complete.getByRole('button', { name: 'Hoàn thành' }).click();
  await complete.waitFor({ state: 'hidden' });
  const info = page.locator('.ant-descriptions').first();
  await info.getByText(today().split('-').reverse().join('/'), { exact: true }).first().waitFor();
  expect(await page.getByRole('button', { name: 'Hoàn thành' }).count()).toBe(0);

  // ---- On the unit's board the cadre filters by a colleague (names only: the cadre may not list people)
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công việc' }).click();
  await pick(page, page.getByLabel('Người thực hiện'), secretary.displayName);
  await page.waitForURL((url) => url.searchParams.get('personId') === secretary.personId);
  await page.getByRole('row').filter({ hasText: secretary.displayName }).first().waitFor();

  // ---- The office: weekly summary of the due week counts it late for the cadre
  await switchTo(page, 'vanphong');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng hợp' }).click();
  await page.getByRole('heading', { name: 'Tổng hợp kết quả thực hiện nhiệm vụ' }).waitFor();
  await page.goto(`/summary?period=week&date=${due}`);
  const esc = cadre.displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const late = page.getByLabel(new RegExp(`^Chậm của ${esc} \\(Chủ trì\\): \\d+ nhiệm vụ$`));
  await late.waitFor();
  await late.click();
  await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
});
