// cells-dashboard: the province's Party organisation at --scale (bench/cells-setup.ts: ≈165,000 members
// in ≈3,500 cells per unit of scale, a year of meetings with ≈2 million attendance marks, dues), then
// through the real app as a standing-committee user of the province: the monthly cell-meeting dashboard
// of the whole province (GET /api/party-cells/units/:unitId/dashboard?month=&asOf=), each month of the
// year up to the benchmark's today as it stood at the month's end, in ROUNDS rounds. The lower bound is
// the same figures by bare SQL (bench/cells-sql.ts: one row per cell, and the flagged members) on the
// same database in the same run, alternately. Ends with `cells-dashboard: <p95> ms; lower bound …`.
import { BENCH_TODAY } from '../src/server/seed/work-generate.js';
import { CELLS_YEAR } from '../src/server/seed/generate-cells.js';
import { type BenchOptions, log, ms, resultLine, summarise } from './bench.lib.js';
import { setUpCellsBench } from './cells-setup.js';
import type { DashboardCase } from './cells-sql.js';
import { timed } from './tasks-setup.js';

const ROUNDS = 2;

/** Each month of the year up to today's, as of its last day (today for the current month). */
export function monthCases(unitId: string): DashboardCase[] {
  const last = Number(BENCH_TODAY.slice(5, 7));
  return Array.from({ length: last }, (_, i) => {
    const month = `${CELLS_YEAR}-${String(i + 1).padStart(2, '0')}`;
    const end = new Date(Date.UTC(CELLS_YEAR, i + 1, 0)).toISOString().slice(0, 10);
    return { unitId, month, asOf: end < BENCH_TODAY ? end : BENCH_TODAY };
  });
}

export async function cellsDashboardBench(opts: BenchOptions): Promise<string> {
  const w = await setUpCellsBench(opts);
  try {
    const cases = monthCases(w.gen.provinceUnitId);
    log(`checking the app's dashboard against bare SQL for ${cases.length} months (also the warm-up)…`);
    for (const c of cases) await w.check(c);
    log(`measuring ${ROUNDS} × ${cases.length} dashboards (app and bare SQL alternately)…`);
    const app: number[] = [];
    const bare: number[] = [];
    let flagged = 0;
    let cells = 0;
    for (let r = 0; r < ROUNDS; r++)
      for (const c of cases) {
        const [ta, a] = await timed(() => w.dashboard(c));
        app.push(ta);
        flagged = a.totals.memberFlags;
        cells = a.totals.cells;
        bare.push((await timed(() => w.bareDashboard(c)))[0]);
      }
    const a = summarise(app);
    const b = summarise(bare);
    log(`province dashboard (${cells} cells, ${flagged} members flagged at the year's last month measured):`);
    log(`  app  p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms, max ${ms(a.max)} ms`);
    log(`  bare p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms, max ${ms(b.max)} ms`);
    return resultLine('cells-dashboard', a.p95, b.p95, 'ms');
  } finally {
    await w.close();
  }
}
