// Measures the main pages of each working role on a running server: the widest width at phone
// sizes (document scrollWidth at 390 and 360 px) and axe-core's findings by impact at 1440 px.
// Writes artifacts/page-measures.json and prints a table; --shots also saves screenshots.
//
//   npx tsx e2e/measure-pages.ts http://127.0.0.1:3107/ [--shots] [--role cadre]
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/server/seed/accounts.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.js';
import { ACCOUNTS, MAIN_PAGES, RoleContext, type Role } from './main-pages.js';
import { axeFindings, countByImpact, pageWidth, settle } from './page-checks.js';

const args = process.argv.slice(2);
const base = args.find((a) => a.startsWith('http')) ?? 'http://127.0.0.1:3000/';
const shots = args.includes('--shots');
const onlyPage = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;
const onlyRole = args.includes('--role') ? (args[args.indexOf('--role') + 1] as Role) : undefined;
const outDir = path.resolve('artifacts');
fs.mkdirSync(path.join(outDir, 'measure'), { recursive: true });

async function login(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor({ state: 'attached', timeout: 20_000 });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
const rows: Record<string, unknown>[] = [];
const contrast = new Map<string, number>();
for (const role of Object.keys(MAIN_PAGES) as Role[]) {
  if (onlyRole && role !== onlyRole) continue;
  const context = await browser.newContext({
    baseURL: base,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await login(page, ACCOUNTS[role]);
  const ctx = new RoleContext(page);
  for (const main of MAIN_PAGES[role]) {
    if (onlyPage && main.name !== onlyPage) continue;
    const url = await main.path(ctx).catch((e: Error) => (console.log(`${role} ${main.name}: ${e.message}`), null));
    if (!url) {
      rows.push({ role, page: main.name, url: null });
      continue;
    }
    const row: Record<string, unknown> = { role, page: main.name, url };
    const t0 = Date.now();
    for (const width of args.includes('--quick') ? [390, 1440] : [390, 360, 1440]) {
      await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
      await page.goto(url);
      await settle(page);
      if (main.open) await main.open(page);
      const slug = `${role}-${main.name.replace(/\W+/g, '-')}-${width}`;
      if (width < 1000) {
        const w = await pageWidth(page);
        row[`w${width}`] = w.scrollWidth;
        // The page's own content (anything but the app shell): how wide it reaches.
        row[`content${width}`] = w.clientWidth + Math.max(0, w.contentOverflow);
        if (width === 390) row.offenders = w.offenders;
      } else {
        const found = await axeFindings(page);
        row.axe = countByImpact(found);
        row.rules = found.map((v) => `${v.impact}:${v.id}×${v.nodes.length}`);
        if (args.includes('--contrast'))
          for (const n of found.find((v) => v.id === 'color-contrast')?.nodes ?? [])
            contrast.set(
              `${/foreground color: (#\w+), background color: (#\w+)/
                .exec(n.failureSummary ?? '')
                ?.slice(1)
                .join(' on ')} ${/class="([^"]*)"/.exec(n.html)?.[1]?.split(' ').slice(0, 3).join('.')}`,
              (contrast.get(
                `${/foreground color: (#\w+), background color: (#\w+)/
                  .exec(n.failureSummary ?? '')
                  ?.slice(1)
                  .join(' on ')} ${/class="([^"]*)"/.exec(n.html)?.[1]?.split(' ').slice(0, 3).join('.')}`,
              ) ?? 0) + 1,
            );
        row.details = found
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) =>
            v.nodes
              .slice(0, 4)
              .map((n) => `${v.id} ${JSON.stringify(n.target)} ${n.html.slice(0, 100)} :: ${n.failureSummary?.split('\n')[1] ?? ''}`),
          );
      }
      if (shots && width !== 360)
        await page.screenshot({ path: path.join(outDir, 'measure', `${slug}.png`), fullPage: args.includes('--full') });
    }
    row.seconds = (Date.now() - t0) / 1000;
    rows.push(row);
    const axe = row.axe as Record<string, number>;
    console.log(
      `${role.padEnd(13)} ${main.name.padEnd(20)} w390=${String(row.w390).padStart(5)} w360=${String(row.w360).padStart(5)} content390=${String(row.content390).padStart(4)} content360=${String(row.content360).padStart(4)}  axe c${axe.critical} s${axe.serious} m${axe.moderate} n${axe.minor}  ${(row.rules as string[]).join(' ')}`,
    );
    if (args.includes('--detail')) {
      console.log(`    sticking out: ${(row.offenders as string[]).join('\n      ')}`);
      console.log(`    axe: ${(row.details as string[]).join('\n      ')}`);
    }
  }
  await context.close();
}
await browser.close();
if (contrast.size)
  console.log(
    [...contrast]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${n}\t${k}`)
      .join('\n'),
  );
fs.writeFileSync(path.join(outDir, `page-measures${onlyRole ? `-${onlyRole}` : ''}.json`), JSON.stringify(rows, null, 2));
const measured = rows.filter((r) => r.url);
const total = { critical: 0, serious: 0, moderate: 0, minor: 0 };
for (const r of measured) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += (r.axe as typeof total)[k];
console.log(
  `\n${measured.length} pages; widest at 390 px: ${Math.max(...measured.map((r) => r.w390 as number))} px; ` +
    `over 390: ${measured.filter((r) => (r.w390 as number) > 390).length}; page content widest at 390 px: ` +
    `${Math.max(...measured.map((r) => r.content390 as number))} px, at 360 px: ${Math.max(...measured.map((r) => (r.content360 as number) || 0))} px; ` +
    `axe findings: ${JSON.stringify(total)}`,
);
