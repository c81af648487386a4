// charter-flags: on the province of bench/cells-setup.ts, the year's Charter flags (Điều lệ Đảng,
// Điều 8: 3 months of skipped meetings or unpaid dues without reason) for every member of the province,
// judged on the whole year: the dashboard as of 31/12 through the real app — the one route that lists
// the province's flagged members; its per-cell rows come along — against the lower bound of one bare SQL
// statement that finds the flagged members with their months and names, and nothing else. The lists
// are checked equal first; RUNS runs, alternately. Ends with `charter-flags: <median> ms; lower bound …`.
import { CELLS_YEAR } from '../src/server/seed/generate-cells.js';
import { type BenchOptions, log, ms, resultLine, summarise } from './bench.lib.js';
import { setUpCellsBench } from './cells-setup.js';
import { timed } from './tasks-setup.js';

const RUNS = 7;

export async function charterFlagsBench(opts: BenchOptions): Promise<string> {
  const w = await setUpCellsBench(opts);
  try {
    const c = { unitId: w.gen.provinceUnitId, month: `${CELLS_YEAR}-12`, asOf: `${CELLS_YEAR}-12-31` };
    log(`checking the app's flags against bare SQL as of 31/12/${CELLS_YEAR} (also the warm-up)…`);
    await w.check(c);
    const app: number[] = [];
    const bare: number[] = [];
    let members = 0;
    let flagged = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ta, a] = await timed(() => w.dashboard(c));
      app.push(ta);
      members = a.totals.members;
      flagged = a.flagged.length;
      const [tb, b] = await timed(() => w.bareDashboard(c, true));
      if (b.flagged.length !== flagged) throw new Error(`run ${i + 1}: the app flags ${flagged} members, bare SQL ${b.flagged.length}`);
      bare.push(tb);
    }
    const a = summarise(app);
    const b = summarise(bare);
    log(`${members} members judged on ${CELLS_YEAR}, ${flagged} flagged:`);
    log(`  app  p50 ${ms(a.p50)} ms, max ${ms(a.max)} ms`);
    log(`  bare p50 ${ms(b.p50)} ms, max ${ms(b.max)} ms`);
    return resultLine('charter-flags', a.p50, b.p50, 'ms');
  } finally {
    await w.close();
  }
}
