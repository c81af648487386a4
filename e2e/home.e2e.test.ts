// The home page by role (issue 9): the cadre finds their own work and the standing member their
// unit's, each with charts; every figure opens the list it counts; at 1440 px and at 390 px the
// page never scrolls sideways, and on a phone the menu is a labelled drawer showing only the pages
// the role may use.
import type { Page } from 'playwright-core';
import { expect, loginAs, screenshot, test } from './fixtures.js';

const WIDTHS = [
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function noSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** A drawn chart: a labelled image whose label lists figures, with ECharts' SVG inside. */
async function expectChart(page: Page, labelStart: string) {
  const chart = page.locator(`[role="img"][aria-label^="${labelStart}"]`).first();
  await chart.waitFor();
  await expect.poll(() => chart.locator('svg path').count(), { timeout: 15_000 }).toBeGreaterThan(3);
  expect(await chart.getAttribute('aria-label')).toMatch(/\d/);
}

/** Opens the menu: the side menu on a laptop is always there, on a phone it is a drawer behind a labelled button. */
async function menu(page: Page, phone: boolean) {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  if (phone) {
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await nav.waitFor();
  }
  return nav;
}

for (const size of WIDTHS) {
  const phone = size.width < 500;

  test(`the cadre's home shows their tasks, plan, evaluation and a chart (${size.name})`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await loginAs(page, 'canbo');
    const mine = page.getByTestId('home-mine');
    await mine.waitFor();
    expect(await mine.getByRole('heading', { name: 'Việc của tôi' }).isVisible()).toBe(true);
    expect(await mine.getByText(/^Kế hoạch tuần \d\d\/\d\d\/\d{4}$/).isVisible()).toBe(true);
    expect(await mine.getByRole('heading', { name: 'Đánh giá, xếp loại' }).isVisible()).toBe(true);
    await expectChart(page, 'Biểu đồ 8 tuần gần nhất');
    // A cadre manages no unit: no unit block, no periods.
    expect(await page.getByTestId('home-unit').count()).toBe(0);
    await noSidewaysScroll(page);
    await screenshot(page, `home--cadre-${size.name}`);

    // The menu: only what a cadre may use (the people list answers 403 to a cadre: not offered).
    const nav = await menu(page, phone);
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(expect.arrayContaining(['Trang chủ', 'Công việc', 'Kế hoạch tuần', 'Chỉ tiêu', 'Đánh giá, xếp loại']));
    expect(links).not.toContain('Cán bộ');
    expect(links).not.toContain('Nhật ký thay đổi');
    if (phone) {
      await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
      await screenshot(page, 'home--cadre-drawer');
    }

    // The "due this week" figure opens the task list with the same filters.
    if (phone) await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' }).catch(() => {});
    const figure = mine.getByRole('link', { name: /Đến hạn từ nay đến Chủ nhật/ });
    const n = Number((await figure.locator('span').first().textContent())!.replace(/\D/g, ''));
    await figure.click();
    await page.waitForURL((u) => u.pathname === '/tasks' && u.searchParams.has('personId') && u.searchParams.has('from'));
    if (n > 0) {
      const total = page.getByText(/^Tổng số [\d.]+$/);
      await total.waitFor();
      expect(Number((await total.textContent())!.replace(/\D/g, ''))).toBe(n);
    }
  });

  test(`the standing member's home shows the unit's late tasks, plans to approve and indicators with charts (${size.name})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await loginAs(page, 'thuongvu');
    const unit = page.getByTestId('home-unit');
    await unit.waitFor();
    expect(await unit.getByRole('heading', { name: 'Phường Phố Hiến' }).isVisible()).toBe(true);
    expect(await unit.getByTestId('unit-to-approve').isVisible()).toBe(true);
    await expectChart(page, 'Biểu đồ chỉ tiêu so với kế hoạch');
    await expectChart(page, 'Biểu đồ 8 tuần gần nhất');
    await noSidewaysScroll(page);
    await screenshot(page, `home--standing-${size.name}`);

    // The unit's "overdue" figure is the count of the task list it opens.
    const late = unit.getByTestId('unit-late');
    const n = Number((await late.locator('span').first().textContent())!.replace(/\D/g, ''));
    expect(n).toBeGreaterThan(0);
    await late.click();
    await page.waitForURL((u) => u.pathname === '/tasks' && u.searchParams.get('overdue') === 'true' && u.searchParams.has('unitId'));
    const total = page.getByText(/^Tổng số [\d.]+$/);
    await total.waitFor();
    expect(Number((await total.textContent())!.replace(/\D/g, ''))).toBe(n);

    // Indicators are reachable from the menu.
    const nav = await menu(page, phone);
    await nav.getByRole('link', { name: 'Chỉ tiêu' }).click();
    await page.waitForURL((u) => /^\/org\/[^/]+\/dashboard$/.test(u.pathname));
    await page.getByRole('heading', { name: /Bảng điều hành/ }).waitFor();
    // On a phone the drawer closes once a page is chosen.
    if (phone) await nav.waitFor({ state: 'hidden' });
  });
}
