// personnel-dashboard: the generated province with its personnel data (bench/planning-setup.ts: posts on
// the ladder, the previous term's tenures of about half the heads under the two-terms limit, hometowns
// and birthplaces in the pre-2025 communes merged into today's), then the province's dashboard —
// non-local key leaders and who is local (through the merger), heads reaching two consecutive terms,
// rotations ending, vacant posts, discipline waiting periods ending, the proposals by status — through
// the real app as a standing-committee user of the province (GET /api/personnel/dashboard?unitId=&asOf=),
// at the benchmark's today and at a past date. The lower bound is one hand-written SQL statement
// fetching every input the dashboard reads (bench/personnel-sql.ts), in the same run, alternately.
import { addMonths } from '../src/domain/dates.js';
import { getSetting } from '../src/server/modules/settings/index.js';
import { BENCH_TODAY } from '../src/server/seed/work-generate.js';
import { type BenchOptions, log, ms, resultLine, summarise } from './bench.lib.js';
import { setUpPlanningBench } from './planning-setup.js';
import { DASHBOARD_SQL } from './personnel-sql.js';
import { timed } from './tasks-setup.js';

/** Today, and a past day (a year before: the personnel settings are in force from 08/10/2025). */
export const DASHBOARD_DATES = [BENCH_TODAY, '2025-11-22'] as const;
const RUNS = 7;
const AHEAD_MONTHS = 6;

interface Dashboard {
  nonLocal: Array<{ postCode: string; held: number; nonLocal: number }>;
  twoTerms: Array<{ atLimit: boolean }>;
  vacant: unknown[];
}

export async function personnelDashboardBench(opts: BenchOptions): Promise<string> {
  const w = await setUpPlanningBench(opts);
  try {
    const { bench, gen } = w;
    const db = bench.database.db;
    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (const on of DASHBOARD_DATES) {
      const nonLocalPosts = await getSetting<string[]>(db, 'personnel.non_local_posts', on);
      const termPosts = (await getSetting<{ posts: string[] }>(db, 'personnel.term_limits', on)).posts;
      const waiting = (await getSetting<{ disciplineWaitingMonths: Record<string, number> }>(db, 'personnel.appointment', on))
        .disciplineWaitingMonths;
      const codes = [...new Set([...nonLocalPosts, ...termPosts])];
      const params = [gen.provinceUnitId, on, codes, addMonths(on, AHEAD_MONTHS), addMonths(on, -Math.max(0, ...Object.values(waiting)))];
      const url = `/api/personnel/dashboard?unitId=${gen.provinceUnitId}&asOf=${on}`;
      const app = () => w.get(url) as Promise<Dashboard>;
      const bare = async () =>
        (await bench.bare(DASHBOARD_SQL, params))[0] as { holders: Array<{ ladder_code: string }> | null; vacant_count: string | number };
      const [a, b] = [await app(), await bare()];
      // The two read the same facts: as many holders of the non-local posts, as many vacant posts.
      const held = a.nonLocal.reduce((s, r) => s + r.held, 0);
      const bareHeld = (b.holders ?? []).filter((h) => nonLocalPosts.includes(h.ladder_code)).length;
      if (held !== bareHeld || a.vacant.length !== Number(b.vacant_count))
        throw new Error(
          `on ${on}: the app counts ${held} holders and ${a.vacant.length} vacant posts, bare SQL ${bareHeld} and ${b.vacant_count}`,
        );
      log(
        `dashboard on ${on}: non-local ${a.nonLocal.map((r) => `${r.postCode} ${r.nonLocal}/${r.held}`).join(', ')}; ` +
          `${a.twoTerms.length} heads at or near two terms (${a.twoTerms.filter((r) => r.atLimit).length} at the limit); ${a.vacant.length} vacant posts`,
      );
      const am: number[] = [];
      const bm: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        am.push((await timed(app))[0]);
        bm.push((await timed(bare))[0]);
      }
      const sa = summarise(am);
      const sb = summarise(bm);
      log(`  app  p50 ${ms(sa.p50)} ms, max ${ms(sa.max)} ms; bare p50 ${ms(sb.p50)} ms, max ${ms(sb.max)} ms (${RUNS} runs)`);
      appMs.push(sa.p50);
      bareMs.push(sb.p50);
    }
    // The figure: today's and the past date's medians added (one of each, as a reader opens both).
    return resultLine('personnel-dashboard', appMs[0] + appMs[1], bareMs[0] + bareMs[1], 'ms');
  } finally {
    await w.close();
  }
}
