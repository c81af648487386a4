// Shared by the Party-cell benchmarks (cells-dashboard, charter-flags): the province at --scale (no
// tasks) with its Party organisation at real size (src/server/seed/generate-cells.ts), the real app,
// a standing-committee user of the province, and the check that the app's dashboard says what bare
// SQL says (bench/cells-sql.ts) before anything is timed.
import type { DashboardView } from '../src/contracts/party-cells.js';
import { DEFAULT_CELL_SETTINGS } from '../src/domain/party-cells/index.js';
import { generateCells } from '../src/server/seed/generate-cells.js';
import { type BenchOptions, log, ms } from './bench.lib.js';
import { CELL_ROWS_SQL, type DashboardCase, FLAGGED_SQL, dashboardParams } from './cells-sql.js';
import { type WorkBench, setUpWorkBench, timed } from './tasks-setup.js';

export const RULES = {
  threshold: DEFAULT_CELL_SETTINGS.removal.months,
  probationMonths: DEFAULT_CELL_SETTINGS.probation.months,
  themedEveryMonths: DEFAULT_CELL_SETTINGS.meeting.themedEveryMonths,
};

export interface CellsBench extends WorkBench {
  dashboard(c: DashboardCase): Promise<DashboardView>;
  /** The dashboard's figures by bare SQL: the per-cell rows (unless `flagsOnly`) and the flagged members. */
  bareDashboard(
    c: DashboardCase,
    flagsOnly?: boolean,
  ): Promise<{ cells: Array<Record<string, unknown>>; flagged: Array<Record<string, unknown>> }>;
  /** Throws unless the app's dashboard and bare SQL agree on every cell's figures and the flagged members. */
  check(c: DashboardCase): Promise<void>;
}

export async function setUpCellsBench(opts: BenchOptions): Promise<CellsBench> {
  const w = await setUpWorkBench({ ...opts, tasksPerPerson: 0 });
  try {
    const { bench, gen } = w;
    log(`generating the province's Party organisation at scale ${opts.scale}…`);
    const [took, r] = await timed(() =>
      generateCells(bench.database.db, { provinceUnitId: gen.provinceUnitId, scale: opts.scale, onProgress: (s) => log(`  ${s}`) }),
    );
    log(
      `generated ${r.cells} cells, ${r.members} members (${r.memberships} memberships: ${r.probationary} on probation, ` +
        `${r.transfers} transferred in), ${r.meetings} meetings, ${r.attendance} attendance marks and ${r.dues} dues in ${(took / 1000).toFixed(1)} s`,
    );
    await bench.bare('VACUUM ANALYZE', []);
    const bareDashboard = async (c: DashboardCase, flagsOnly = false) => {
      const params = dashboardParams(c, RULES);
      const flagged = (await bench.bare(FLAGGED_SQL, params)) as Array<Record<string, unknown>>;
      const cells = flagsOnly ? [] : ((await bench.bare(CELL_ROWS_SQL, params)) as Array<Record<string, unknown>>);
      return { cells, flagged };
    };
    // The per-cell list is paged (decision 0041): the timed request reads the first page (the totals and
    // flags cover every cell); the check reads every page.
    const dashboard = (c: DashboardCase, page = 1) =>
      w.get(
        `/api/party-cells/units/${c.unitId}/dashboard?month=${c.month}&asOf=${c.asOf}&pageSize=200&page=${page}`,
      ) as Promise<DashboardView>;
    const everyPage = async (c: DashboardCase) => {
      const first = await dashboard(c);
      const cells = [...first.cells];
      for (let page = 2; (page - 1) * first.pageSize < first.totals.cells; page++) cells.push(...(await dashboard(c, page)).cells);
      return { ...first, cells };
    };
    const check = async (c: DashboardCase) => {
      const [ta, a] = await timed(() => everyPage(c));
      const [tb, b] = await timed(() => bareDashboard(c));
      log(`  ${c.month} as of ${c.asOf}: app ${ms(ta)} ms, bare SQL ${ms(tb)} ms, ${a.flagged.length} members flagged`);
      const appCells = new Map(a.cells.map((x) => [x.cellId, x]));
      if (a.cells.length !== b.cells.length)
        throw new Error(`${c.month}: the app shows ${a.cells.length} cells, bare SQL ${b.cells.length}`);
      for (const row of b.cells) {
        const x = appCells.get(String(row.cell_id));
        const marked = Number(row.marked);
        const theirs = [
          row.members,
          row.probationary,
          row.regular_held,
          row.themed_held,
          row.paperless,
          marked > 0 ? Math.round((Number(row.present) * 1000) / marked) / 10 : null,
          row.member_flags,
          row.cadence_flags,
          row.probation_due,
          Number(row.dues_collected),
        ].join();
        const mine = x
          ? [
              x.members,
              x.probationary,
              x.regularHeld,
              x.themedHeldInQuarter,
              x.paperless,
              x.attendancePercent,
              x.memberFlags,
              x.cadenceFlags,
              x.probationDue,
              x.duesCollected,
            ].join()
          : 'missing';
        if (mine !== theirs) throw new Error(`${c.month}, cell ${String(row.name)}: app ${mine} ≠ bare SQL ${theirs}`);
      }
      const key = (cell: unknown, person: unknown, s: unknown, u: unknown) => `${String(cell)}/${String(person)}/${String(s)}/${String(u)}`;
      const appFlags = a.flagged.map((f) => key(f.cellId, f.personId, f.skippedMonths, f.unpaidMonths)).sort();
      const bareFlags = b.flagged.map((f) => key(f.cell_id, f.person_id, f.skipped, f.unpaid)).sort();
      if (appFlags.join('|') !== bareFlags.join('|'))
        throw new Error(`${c.month}: the app flags ${appFlags.length} members, bare SQL ${bareFlags.length} (or other months)`);
    };
    return { ...w, dashboard, bareDashboard, check };
  } catch (e) {
    await w.close();
    throw e;
  }
}
