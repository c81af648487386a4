// Phone-first and accessible (issue 9): every main page of the cadre, the secretary and the cell
// secretary, signed in as each, fits a 390 px wide phone without sideways scrolling, and axe-core
// finds nothing serious or critical on it at 1440 px. One browser and one sign-in per role; the
// pages come from main-pages.ts. A 300-character task title must not widen the task list.
//
// The app shell is a labelled drawer at phone width (src/web/app/shell.tsx): the shell must fit too.
import type { Page } from 'playwright-core';
import { todayInVietnam } from '../src/domain/dates.js';
import { allowConsoleErrors, expect, loginAs, test } from './fixtures.js';
import { ACCOUNTS, MAIN_PAGES, RoleContext, type Role } from './main-pages.js';
import { axeFindings, describeViolations, pageWidth, settle } from './page-checks.js';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

interface Checked {
  page: string;
  url: string;
  problem: string | null;
}

/** Visits each main page of the role at 390 px and at 1440 px; answers one line per page. */
async function checkRole(page: Page, role: Role): Promise<Checked[]> {
  // Known defect outside this check, left visible in the log: the cell secretary's period page asks
  // for an evaluation list it is refused (404). (Conduct cards are asked for only with me.can.readConduct.)
  allowConsoleErrors(page, /status of 404 .*\/evaluation\/periods\/[^/]+\/evaluations\?/);
  // Signed in at desktop width: the phone menu is the shell's business, not this check's.
  await page.setViewportSize(DESKTOP);
  await loginAs(page, ACCOUNTS[role]);
  const ctx = new RoleContext(page);
  const results: Checked[] = [];
  for (const main of MAIN_PAGES[role]) {
    const url = await main.path(ctx);
    if (!url) {
      results.push({ page: main.name, url: '—', problem: 'the demo has no record to show for this page' });
      continue;
    }
    const problems: string[] = [];

    await page.setViewportSize(PHONE);
    await page.goto(url);
    await settle(page);
    await main.open?.(page);
    const w = await pageWidth(page);
    if (w.contentOverflow > 0) {
      problems.push(`at 390 px it is ${w.scrollWidth} px wide; sticking out: ${w.offenders.join('; ')}`);
    } else if (w.scrollWidth > w.clientWidth) {
      problems.push(`at 390 px the document is ${w.scrollWidth} px wide; sticking out: ${w.offenders.join('; ')}`);
    }

    await page.setViewportSize(DESKTOP);
    await page.goto(url);
    await settle(page);
    await main.open?.(page);
    const found = (await axeFindings(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (found.length) problems.push(`axe at 1440 px:\n${describeViolations(found)}`);

    results.push({ page: main.name, url, problem: problems.length ? problems.join('\n') : null });
  }
  return results;
}

function report(results: Checked[]): string {
  return results
    .filter((r) => r.problem)
    .map((r) => `${r.page} (${r.url}): ${r.problem}`)
    .join('\n\n');
}

for (const role of Object.keys(MAIN_PAGES) as Role[]) {
  test(`the ${role}'s main pages fit a phone and pass axe`, { timeout: 600_000 }, async ({ page }) => {
    const results = await checkRole(page, role);
    expect(results.length).toBe(MAIN_PAGES[role].length);
    expect(report(results), 'pages that scroll sideways at 390 px or have serious accessibility findings').toBe('');
  });
}

test('a 300-character task title wraps inside the task list on a phone and on a laptop', { timeout: 120_000 }, async ({ page }) => {
  await loginAs(page, 'thuongvu');
  const ctx = new RoleContext(page);
  const unitId = await ctx.communeId();
  const some = await ctx.get<{ items: { lead: { id: string } | null }[] }>('/api/tasks?limit=5');
  const leadId = some.items.find((t) => t.lead)?.lead?.id;
  expect(leadId).toBeTruthy();
  const marker = `DaiTieuDe${Date.now()}`;
  // Words and one unbroken 80-character run, the worst case for a table cell.
  const title = `${marker} ${'x'.repeat(80)} ${'Rà soát, cập nhật hồ sơ cán bộ và báo cáo kết quả thực hiện '.repeat(6)}`.slice(0, 300);
  expect(title.length).toBe(300);
  const today = todayInVietnam();
  const due = new Date(`${today}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + 14);
  const status = await page.evaluate(
    async (body) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/tasks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { unitId, title, leadId, startDate: today, dueDate: due.toISOString().slice(0, 10), workUnits: 1 },
  );
  expect(status).toBe(201);

  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.goto(`/tasks?q=${marker}`);
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    await settle(page);
    const w = await pageWidth(page);
    expect(w.contentOverflow, `${viewport.width} px: ${w.offenders.join('; ')}`).toBeLessThanOrEqual(0);
    expect(w.scrollWidth, `${viewport.width} px: ${w.offenders.join('; ')}`).toBeLessThanOrEqual(w.clientWidth);
    // The whole title is there (nothing cut) and wraps onto several lines within the window.
    expect(await link.textContent()).toBe(title);
    const box = await link.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.height).toBeGreaterThan(30);
  }
});
