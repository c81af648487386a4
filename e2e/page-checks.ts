// Page checks shared by the browser specs and the measuring script (e2e/measure-pages.ts):
// how wide a page really is (does it scroll sideways?) and what axe-core finds on it.
//
//   const width = await pageWidth(page);          // { scrollWidth, clientWidth, offenders }
//   const found = await axeFindings(page);         // violations, worst first
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

// axe-core is CommonJS; its Node entry carries the browser bundle as `source`.
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface PageWidth {
  /** document.documentElement.scrollWidth: the page's widest width. */
  scrollWidth: number;
  /** The viewport's width without a vertical scroll bar. */
  clientWidth: number;
  /** The deepest elements sticking out on the right, to say what to fix. */
  offenders: string[];
  /** How far anything on the page (shell, content, popups) reaches past the window, in px (≤ 0: it fits). */
  contentOverflow: number;
}

/** Waits for the page's data and lazy parts to land: network quiet and no spinner left. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
}

export async function pageWidth(page: Page): Promise<PageWidth> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const sticking: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= limit + 1) continue;
      // Inside a region that scrolls on its own (e.g. a wide table's scroll box) is not the page's width.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') && p.getBoundingClientRect().right <= limit + 1) {
          clipped = true;
          break;
        }
      }
      if (!clipped && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 1)) sticking.push(el);
    }
    const reach = sticking.reduce((m, el) => Math.max(m, el.getBoundingClientRect().right), 0);
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: limit,
      contentOverflow: reach - limit,
      offenders: sticking.slice(0, 6).map((el) => {
        // Inline on purpose: a named helper would be compiled with esbuild's __name, unknown in the page.
        const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} (right ${Math.round(el.getBoundingClientRect().right)}) "${text}"`;
      }),
    };
  });
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is; violations worst first. */
export async function axeFindings(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not bind.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160), failureSummary: n.failureSummary })),
    }));
  });
  const rank = { critical: 0, serious: 1, moderate: 2, minor: 3 } as const;
  return violations.sort((a, b) => rank[a.impact ?? 'minor'] - rank[b.impact ?? 'minor']);
}

/** Counts of the violations' nodes by impact (axe's "findings"). */
export function countByImpact(violations: AxeViolation[]): Record<'critical' | 'serious' | 'moderate' | 'minor', number> {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact ?? 'minor'] += v.nodes.length;
  return counts;
}

/** One line per violation, for a failure message a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join(' | ')}`)
    .join('\n');
}
