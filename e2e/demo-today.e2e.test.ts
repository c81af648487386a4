// The demo lives in its anchor's week (issue 15): the Party secretary of Phường Phố Hiến finds
// tasks falling due this week and next, next week's plans handed in and awaiting approval, this
// week's Monday briefing held and next week's scheduled. Dates come from the demo calendar of the
// anchor the server was seeded with (e2e/demo-anchor.ts), not from the machine's clock.
import { demoWeeks } from '../src/domain/demo-calendar.js';
import { E2E_DEMO_ANCHOR } from './demo-anchor.js';
import { expect, loginAs, screenshot, test } from './fixtures.js';
import { addDays } from './work-helpers.js';

const cal = demoWeeks(E2E_DEMO_ANCHOR);

/** ISO 8601 week number of a Monday (the week holding its Thursday). */
function isoWeek(monday: string): number {
  const thursday = new Date(`${addDays(monday, 3)}T00:00:00Z`);
  return Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
}

test('this week is alive: tasks due now, plans under review, the Monday briefing', { timeout: 120_000 }, async ({ page }) => {
  await loginAs(page, 'thuongvu');

  // ---- Tasks falling due from today to the end of next week, still open
  const to = addDays(cal.nextWeek, 6);
  await page.goto(`/tasks?from=${E2E_DEMO_ANCHOR}&to=${to}&status=in_progress&sort=due`);
  const rows = page.locator('tbody tr.ant-table-row');
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const text = (await rows.first().textContent()) ?? '';
  const dates = [...text.matchAll(/\d{2}\/\d{2}\/\d{4}/g)].map((m) => m[0].split('/').reverse().join('-'));
  expect(
    dates.some((d) => d >= E2E_DEMO_ANCHOR && d <= to),
    text,
  ).toBe(true);
  await screenshot(page, 'demo-today--tasks-due-this-week-and-next');

  // ---- Next week's plans: handed in, some awaiting approval
  await page.goto(`/plans/overview?week=${cal.nextWeek}`);
  await page
    .getByText(/^Gửi (đúng hạn|muộn)$/)
    .first()
    .waitFor({ timeout: 30_000 });
  await screenshot(page, 'demo-today--next-week-plans-under-review');

  // ---- The briefings: this week's held, next week's scheduled
  await page.goto('/meetings');
  await page
    .getByText(`Giao ban tuần ${isoWeek(cal.thisWeek)}/${cal.thisWeek.slice(0, 4)}`)
    .first()
    .waitFor({ timeout: 30_000 });
  await page
    .getByText(`Giao ban tuần ${isoWeek(cal.nextWeek)}/${cal.nextWeek.slice(0, 4)}`)
    .first()
    .waitFor();
  await screenshot(page, 'demo-today--briefings');
});
