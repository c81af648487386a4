// The evaluation outputs in the web app (issue 9): the organising body reaches a closed period's
// results from the evaluation page, sees the level chart, narrows the ranking to a cadre group and
// downloads a person's form (a real PDF) and the collective report (a real Excel workbook); the
// person's history across periods on their page; the standing committee reads the results and the
// commendation suggestions on a phone (390 px) without the page scrolling sideways.
import type { Page, Response } from 'playwright-core';
import { demoClosedPeriods } from '../src/domain/demo-calendar.js';
import { E2E_DEMO_ANCHOR } from './demo-anchor.js';
import { expect, loginAs, screenshot, test } from './fixtures.js';

// The latest closed quarter of the demo (the history every commune carries).
const closed = demoClosedPeriods(E2E_DEMO_ANCHOR).filter((p) => p.kind === 'quarter');
const last = closed[closed.length - 1];
const ROMAN = ['I', 'II', 'III', 'IV'];
const label = `Quý ${ROMAN[last.number - 1]}/${last.year}`;

/** Opens the period's results from the list of periods, as a user would. */
async function openResults(page: Page) {
  await page.goto('/evaluation');
  // A table row on a laptop, a card (list item) on a phone.
  const row = page.locator('tr, li').filter({ hasText: label }).first();
  await row.getByRole('link', { name: 'Kết quả, báo cáo' }).click();
  await expect.poll(() => page.url()).toMatch(/\/evaluation\/periods\/[0-9a-f-]+\/results/);
  await page.getByRole('heading', { name: new RegExp(`Kết quả xếp loại ${label.replace('/', '\\/')}`) }).waitFor();
}

/**
 * How far anything in a region (default: the page's main region) runs past the region's right
 * edge — what would make the page scroll sideways. Content clipped or scrolled by a box of its own
 * does not count; the region itself is the layout's (the shell is not this feature's).
 */
const overflowOf = (page: Page, selector = 'main') =>
  page.evaluate((sel) => {
    const region = document.querySelector(sel);
    if (!region) return Number.NaN;
    const edge = region.getBoundingClientRect().right;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== region; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    let worst = -Infinity;
    for (const el of region.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right;
      if (right > edge && !clipped(el)) worst = Math.max(worst, right - edge);
    }
    return worst === -Infinity ? 0 : Math.ceil(worst);
  }, selector);

async function bodyOf(res: Response): Promise<Buffer> {
  expect(res.status()).toBe(200);
  return res.body();
}

test(
  'the organising body sees the results chart, filters the ranking and downloads a form and the report',
  { timeout: 120_000 },
  async ({ page }) => {
    await loginAs(page, 'tochuc.xa');
    await openResults(page);

    // The chart is drawn (ECharts, SVG) and named for screen readers; the counts are vi-VN numbers.
    const chart = page.getByRole('img', { name: /Biểu đồ số người theo mức xếp loại/ });
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(4);
    await expect.poll(() => page.locator('[data-chart="units"] svg path').count()).toBeGreaterThan(4);

    // The ranking: best first, scores with a decimal comma, never a decimal point.
    const ranking = page.locator('.ant-card').filter({ hasText: 'Xếp hạng theo điểm' });
    const rows = ranking.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const scores = await rows.locator('td:nth-child(5)').allTextContents();
    for (const s of scores) expect(s).toMatch(/^\d{1,3}(,\d{1,2})?$/);
    const numbers = scores.map((s) => Number(s.replace(',', '.')));
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);

    // Filter by a cadre group: the address carries it and every row is of that group.
    await page.getByRole('combobox', { name: 'Nhóm đối tượng' }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: 'Lãnh đạo cấp xã' })
      .click();
    await expect.poll(() => page.url()).toContain('group=');
    await expect.poll(async () => [...new Set(await rows.locator('td:nth-child(4)').allTextContents())]).toEqual(['Lãnh đạo cấp xã']);

    // A person's form as PDF: the request answers a PDF and the browser receives the file.
    const first = rows.first();
    const name = (await first.locator('td:nth-child(2)').textContent()) ?? '';
    const [formRes, download] = await Promise.all([
      page.waitForResponse((r) => /\/api\/evaluation\/[0-9a-f-]+\/form\.pdf$/.test(new URL(r.url()).pathname)),
      page.waitForEvent('download'),
      first.getByRole('button', { name: `Tải phiếu đánh giá của ${name} (PDF)` }).click(),
    ]);
    expect(formRes.headers()['content-type']).toBe('application/pdf');
    expect((await bodyOf(formRes)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect.poll(() => page.getByText(/Đã tải xuống/).count()).toBeGreaterThan(0);

    // The collective report as Excel: a zip (xlsx) workbook.
    const [reportRes] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/collective-report.xlsx')),
      page.getByRole('button', { name: 'Báo cáo tập thể (Excel)' }).click(),
    ]);
    expect(reportRes.headers()['content-type']).toContain('spreadsheetml');
    expect((await bodyOf(reportRes)).subarray(0, 2).toString('latin1')).toBe('PK');
    await screenshot(page, 'evaluation-results-tochuc');
  },
);

test('the standing committee reads the results and the commendation suggestions on a phone', { timeout: 120_000 }, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, 'thuongvu');
  await openResults(page);
  await expect.poll(() => page.locator('[data-chart="levels"] svg path').count()).toBeGreaterThan(4);
  // On a phone the ranking is a list of cards, each with its form buttons, and nothing runs off the screen.
  const ranking = page.locator('.ant-card').filter({ hasText: 'Xếp hạng theo điểm' });
  await expect.poll(() => ranking.locator('.card-list-item').count()).toBe(10);
  await expect.poll(() => overflowOf(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'evaluation-results-thuongvu-390');

  // The commendation suggestions from the evaluation page.
  await page.goto('/evaluation');
  await page.getByRole('link', { name: 'Đề xuất khen thưởng' }).click();
  await page.getByRole('heading', { name: 'Đề xuất khen thưởng' }).waitFor();
  await expect.poll(() => page.locator('main .card-list-item').count()).toBeGreaterThan(0);
  await expect.poll(() => overflowOf(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'evaluation-commendations-thuongvu-390');
});

test("a person's history across periods on their page, on a laptop and on a phone", { timeout: 120_000 }, async ({ page }) => {
  await loginAs(page, 'tochuc.xa');
  await openResults(page);
  // From the first name in the ranking to the person's record.
  const first = page.locator('.ant-card').filter({ hasText: 'Xếp hạng theo điểm' }).locator('tbody tr.ant-table-row').first();
  const name = (await first.locator('td:nth-child(2)').textContent()) ?? '';
  await first.getByRole('link', { name }).click();
  await page.getByRole('heading', { name }).waitFor();

  // Levels over time (a chart named for screen readers), scores in vi-VN, the period's forms.
  const history = page.locator('#evaluation-history');
  await history.getByText('Kết quả đánh giá qua các kỳ').waitFor();
  const chart = history.getByRole('img', { name: `Biểu đồ điểm đánh giá qua các kỳ của ${name}` });
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(1);
  const row = history.locator('tbody tr.ant-table-row').filter({ hasText: label }).first();
  await row.waitFor();
  expect(await row.locator('td:nth-child(5)').textContent()).toMatch(/^\d{1,3}(,\d{1,2})?$/);
  expect(await row.locator('td:nth-child(3)').textContent()).not.toMatch(/_/); // the group's name, not its code
  const [formRes] = await Promise.all([
    page.waitForResponse((r) => /\/api\/evaluation\/[0-9a-f-]+\/form\.xlsx$/.test(new URL(r.url()).pathname)),
    row.getByRole('button', { name: `Excel — phiếu đánh giá ${label}` }).click(),
  ]);
  expect((await bodyOf(formRes)).subarray(0, 2).toString('latin1')).toBe('PK');
  await screenshot(page, 'evaluation-history-tochuc');

  // On a phone the history is a list of cards that fits the screen (the rest of the person page is
  // not this feature's).
  await page.setViewportSize({ width: 390, height: 844 });
  await history.locator('.card-list-item').filter({ hasText: label }).first().waitFor();
  await expect.poll(() => overflowOf(page, '#evaluation-history')).toBeLessThanOrEqual(0);
  await screenshot(page, 'evaluation-history-tochuc-390');
});
