// Leaders' action plans: the chair (a leadership post, no plan in the demo) writes the year's plan — a
// commitment for the unit tied to one of its indicators and the example set, each with a milestone
// already past — and submits it; the standing committee returns it with a comment; the chair opens
// the notice, fixes the plan and submits again; the standing committee approves it, and the passed
// milestones, now tracked, are flagged late on the committee's side-by-side page. At 390 px neither
// page scrolls sideways. (Rules, scope and audit are the API tests'.)
import { expect, screenshot, test } from './fixtures.js';
import { pageWidth, settle } from './page-checks.js';
import { switchTo, today } from './work-helpers.js';

test(
  'a leader writes the action plan; it is returned, fixed, approved, and its late milestones are flagged',
  { timeout: 240_000 },
  async ({ page }) => {
    const year = today().slice(0, 4);
    const leader = await switchTo(page, 'chutich');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chương trình hành động', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Chương trình hành động của tôi' }).waitFor();
    await page.getByText(`Bạn chưa xây dựng chương trình hành động năm ${year}.`).waitFor();

    await page.getByLabel('Nội dung 1', { exact: true }).fill('Lãnh đạo hoàn thành chỉ tiêu thu ngân sách của phường');
    const indicator = page.getByLabel('Chỉ tiêu của đơn vị cho nội dung 1');
    await indicator.click();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
    await option.waitFor();
    await option.click();
    await page.getByLabel('Mức phấn đấu của nội dung 1').fill('105');
    // The milestones keep their default date, 30/06 of the year: already past, late once tracked.
    await page.getByLabel('Mốc 1 của nội dung 1', { exact: true }).fill('Giao dự toán, phân công phụ trách');
    await page.getByLabel('Nội dung 2', { exact: true }).fill('Tiếp công dân mỗi tháng');
    await page.getByLabel('Mốc 1 của nội dung 2', { exact: true }).fill('Công khai lịch tiếp công dân');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByRole('button', { name: 'Gửi Ban Thường vụ duyệt' }).click();
    await page.getByText('Đã gửi duyệt', { exact: true }).first().waitFor();
    await screenshot(page, 'action-plan-submitted');

    await switchTo(page, 'thuongvu');
    await page.goto('/action-plans/board');
    await page.getByRole('heading', { name: 'Chương trình hành động của cán bộ lãnh đạo' }).waitFor();
    await page.getByRole('link', { name: `Mở chương trình hành động của ${leader.displayName}` }).click();
    await page.getByText('Lãnh đạo hoàn thành chỉ tiêu thu ngân sách của phường').waitFor();
    await page.getByRole('button', { name: 'Trả lại' }).click();
    const back = page.getByRole('dialog', { name: 'Trả lại' });
    await back.getByLabel('Ý kiến khi trả lại').fill('Việc làm nêu gương cần nêu rõ ngày tiếp công dân cố định.');
    await back.getByRole('button', { name: 'Trả lại' }).click();
    await page.getByText('Bị trả lại', { exact: true }).first().waitFor();

    await switchTo(page, 'chutich');
    // The notice leads to the plan.
    await page.getByRole('button', { name: /^Thông báo/ }).click();
    await page.getByRole('button', { name: new RegExp(`Chương trình hành động năm ${year} bị trả lại`) }).click();
    await page.waitForURL(/\/action-plans\/[0-9a-f-]{36}$/);
    await page.getByText('Việc làm nêu gương cần nêu rõ ngày tiếp công dân cố định.', { exact: true }).waitFor();
    await page.getByLabel('Nội dung 2', { exact: true }).fill('Tiếp công dân vào ngày 15 hằng tháng tại trụ sở');
    await page.getByRole('button', { name: 'Gửi Ban Thường vụ duyệt' }).click();
    await page.getByText('Đã gửi duyệt', { exact: true }).first().waitFor();

    await switchTo(page, 'thuongvu');
    await page.goto('/action-plans/board');
    await page.getByRole('link', { name: `Mở chương trình hành động của ${leader.displayName}` }).click();
    await page.getByText('Tiếp công dân vào ngày 15 hằng tháng tại trụ sở').waitFor();
    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText('Đã duyệt chương trình hành động.').waitFor();
    // Tracked now: each entry's passed milestone is late.
    await page.getByText('2 mốc quá hạn').first().waitFor();
    await expect.poll(() => page.getByText('Chậm', { exact: true }).count()).toBe(2);
    await screenshot(page, 'action-plan-approved');

    await page.goto('/action-plans/board');
    const row = page.locator('tr', { has: page.getByRole('link', { name: `Mở chương trình hành động của ${leader.displayName}` }) });
    await row.getByText('2 mốc quá hạn').waitFor();
    await row.getByText('Đã duyệt', { exact: true }).waitFor();
    await screenshot(page, 'action-plans-board');

    await page.setViewportSize({ width: 390, height: 844 });
    await settle(page);
    expect((await pageWidth(page)).contentOverflow).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: `Mở chương trình hành động của ${leader.displayName}` }).click();
    await page.getByText('Tiếp công dân vào ngày 15 hằng tháng tại trụ sở').waitFor();
    await settle(page);
    expect((await pageWidth(page)).contentOverflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'action-plan-phone');
  },
);
