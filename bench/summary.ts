// summary: a province at --scale with a year of tasks, then through the real app as a standing-
// committee user of the province: the weekly summary of 200 random (commune, week) pairs
// (GET /api/summary?unitId=&period=week) and the quarterly summary of the whole province
// (period=quarter, the quarters of the year in turn). The lower bound is a bare SQL GROUP BY of the
// same numbers on the same database in the same run: one per person and role, of which the first
// page of 50 people by name with name and post and the count of all (the app pages the person rows
// since the province's quarter answered ~60,000 in one response), one per child unit with the
// total (GROUPING SETS). Prints summary-commune-week and
// summary-province-quarter lines, then closes with the commune week's figures as `summary:`.
import { BENCH_FROM as WORK_FROM, BENCH_TODAY as WORK_TODAY } from '../src/server/seed/work-generate.js';
import { addDays } from '../src/domain/dates.js';
import { type BenchOptions, log, ms, resultLine, seededRandom, summarise } from './bench.lib.js';
import { drawMany, setUpWorkBench, timed } from './tasks-setup.js';

const WEEKS = 200;
/** The whole province's quarter scans every task of the quarter: seconds each, so fewer runs. */
const QUARTERS = 8;
const WARM_UP = 8;
/** The app's page of person rows (GET /api/summary pages them; the exports are whole). */
const PAGE_SIZE = 50;
const QUARTER_DATES = ['2026-02-15', '2026-05-15', '2026-08-15', '2026-11-15'];

const AGGREGATES = `
  count(*)::int AS assigned,
  count(*) FILTER (WHERE done)::int AS done,
  count(*) FILTER (WHERE done AND completed_on <= due_date)::int AS done_on_time,
  count(*) FILTER (WHERE done AND completed_on > due_date)::int AS late,
  count(*) FILTER (WHERE done AND completed_on > due_date AND objective_cause)::int AS late_excused,
  count(*) FILTER (WHERE NOT done AND due_date < $4)::int AS overdue,
  count(*) FILTER (WHERE NOT done AND due_date >= $4)::int AS pending,
  count(*) FILTER (WHERE quality_ok = false)::int AS quality_failures,
  coalesce(sum(major_errors), 0)::int AS major_errors,
  count(*) FILTER (WHERE exceeded)::int AS exceeded,
  sum(work_units) AS wu, coalesce(sum(work_units) FILTER (WHERE done), 0) AS wu_done,
  coalesce(sum(work_units) FILTER (WHERE done AND completed_on <= due_date), 0) AS wu_on_time,
  sum(CASE WHEN NOT done OR quality_ok = false THEN 0 WHEN objective_cause THEN 4 ELSE greatest(0, 4 - coalesce(major_errors, 0)) END * work_units) AS quality_q,
  sum(CASE WHEN NOT done THEN 0 WHEN completed_on <= due_date OR objective_cause THEN 4 ELSE 3 END * work_units) AS progress_q`;

/** Tasks of the period under the unit ($1 unit, $2 from, $3 to, $4 asOf). */
const PERIOD_TASKS = `
  pt AS (
    SELECT t.id, t.unit_id, t.due_date, t.completed_on, t.quality_ok, t.exceeded, t.major_errors, t.work_units,
      coalesce(t.objective_cause, false) AS objective_cause, (t.completed_on IS NOT NULL AND t.completed_on <= $4) AS done
    FROM task t
    WHERE t.due_date BETWEEN $2 AND $3 AND t.status <> 'cancelled'
      AND t.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = $1)
  )`;

/** The first page of person rows (by name) with the post, and how many people in all (the app pages them). */
const PEOPLE_SQL = `
  WITH ${PERIOD_TASKS},
  x AS MATERIALIZED (SELECT a.person_id, a.role, ${AGGREGATES} FROM pt JOIN task_assignee a ON a.task_id = pt.id GROUP BY a.person_id, a.role),
  pg AS (SELECT p.id, p.sort_key FROM person p WHERE p.id IN (SELECT person_id FROM x) ORDER BY p.sort_key, p.id LIMIT ${PAGE_SIZE})
  SELECT x.*, p.family_name, p.middle_name, p.given_name, (SELECT count(DISTINCT person_id) FROM x) AS people_total,
    (SELECT po.title FROM tenure te JOIN post po ON po.id = te.post_id
      WHERE te.person_id = p.id AND te.start_date <= $4 AND (te.end_date IS NULL OR te.end_date >= $4)
      ORDER BY po.is_head DESC, po.rank LIMIT 1) AS post_title
  FROM pg JOIN x ON x.person_id = pg.id JOIN person p ON p.id = pg.id
  ORDER BY pg.sort_key, pg.id, x.role`;

const UNITS_SQL = `
  WITH ${PERIOD_TASKS},
  kids AS (SELECT l.child_id, u.name FROM org_unit_link l JOIN org_unit u ON u.id = l.child_id
           WHERE l.parent_id = $1 AND l.valid_from <= least($3::date, $4::date) AND (l.valid_to IS NULL OR l.valid_to > least($3::date, $4::date))),
  bucket AS (SELECT DISTINCT ON (c.descendant_id) c.descendant_id AS unit_id, k.child_id
             FROM org_unit_closure c JOIN kids k ON k.child_id = c.ancestor_id ORDER BY c.descendant_id, k.child_id)
  SELECT b.child_id, grouping(b.child_id) AS is_total, ${AGGREGATES}
  FROM pt LEFT JOIN bucket b ON b.unit_id = pt.unit_id
  GROUP BY GROUPING SETS ((b.child_id), ())`;

interface Totals {
  assigned: number;
  done: number;
  doneOnTime: number;
  late: number;
  overdue: number;
  exceeded: number;
  majorErrors: number;
  qualityFailures: number;
}

export async function summaryBench(opts: BenchOptions): Promise<string> {
  const w = await setUpWorkBench(opts);
  try {
    const { bench, gen } = w;
    const rnd = seededRandom(20261122);
    const days = Math.round((Date.parse(WORK_TODAY) - Date.parse(WORK_FROM)) / 86_400_000);
    const weekCases = drawMany(gen.communeUnitIds, WEEKS + WARM_UP, rnd).map((unitId) => ({
      unitId,
      period: 'week',
      date: addDays(WORK_FROM, Math.floor(rnd() * days)),
    }));
    const quarterCases = Array.from({ length: QUARTERS + 2 }, (_, i) => ({
      unitId: gen.provinceUnitId,
      period: 'quarter',
      date: QUARTER_DATES[i % 4],
    }));

    const app = (c: { unitId: string; period: string; date: string }) =>
      w.get(`/api/summary?unitId=${c.unitId}&period=${c.period}&date=${c.date}&asOf=${WORK_TODAY}&pageSize=${PAGE_SIZE}`) as Promise<{
        period: { from: string; to: string };
        total: Totals;
        peopleTotal: number;
        people: Array<{ personId: string }>;
      }>;
    const bare = async (unitId: string, from: string, to: string) => {
      const params = [unitId, from, to, WORK_TODAY];
      const people = (await bench.bare(PEOPLE_SQL, params)) as Array<{ person_id: string; people_total: number | string }>;
      const units = (await bench.bare(UNITS_SQL, params)) as Array<Record<string, number> & { is_total: number }>;
      return { total: units.find((u) => Number(u.is_total) === 1), people };
    };
    const check = async (c: { unitId: string; period: string; date: string }) => {
      const a = await app(c);
      const { total: t, people } = await bare(c.unitId, a.period.from, a.period.to);
      const pageIds = [...new Set(people.map((p) => p.person_id))];
      if (
        a.peopleTotal !== (people.length > 0 ? Number(people[0].people_total) : 0) ||
        a.people.map((p) => p.personId).join() !== pageIds.join()
      )
        throw new Error(`${c.period} ${c.unitId} ${c.date}: the app's page of people differs from bare SQL's`);
      const mine = [
        a.total.assigned,
        a.total.done,
        a.total.doneOnTime,
        a.total.late,
        a.total.overdue,
        a.total.exceeded,
        a.total.majorErrors,
        a.total.qualityFailures,
      ];
      const theirs = t
        ? [t.assigned, t.done, t.done_on_time, t.late, t.overdue, t.exceeded, t.major_errors, t.quality_failures].map(Number)
        : [0, 0, 0, 0, 0, 0, 0, 0];
      if (mine.join() !== theirs.join())
        throw new Error(`${c.period} ${c.unitId} ${c.date}: app ${mine.join()} ≠ bare SQL ${theirs.join()}`);
      return a;
    };

    const results: Record<string, { app: number[]; bare: number[]; tasks: number }> = {};
    for (const [name, list, warm] of [
      ['commune-week', weekCases, WARM_UP],
      ['province-quarter', quarterCases, 2],
    ] as const) {
      log(`${name}: warming up with ${warm}, checking the app's totals against bare SQL…`);
      for (const c of list.slice(0, warm)) await check(c);
      log(`${name}: measuring ${list.length - warm} (app and bare SQL alternately)…`);
      const r = { app: [] as number[], bare: [] as number[], tasks: 0 };
      for (const c of list.slice(warm)) {
        const [ta, a] = await timed(() => app(c));
        r.app.push(ta);
        r.tasks += a.total.assigned;
        r.bare.push((await timed(() => bare(c.unitId, a.period.from, a.period.to)))[0]);
      }
      results[name] = r;
    }

    const lines: string[] = [];
    for (const [name, r] of Object.entries(results)) {
      const a = summarise(r.app);
      const b = summarise(r.bare);
      log(`${name} (${(r.tasks / r.app.length).toFixed(0)} tasks per summary on average):`);
      log(`  app  p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms, max ${ms(a.max)} ms`);
      log(`  bare p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms, max ${ms(b.max)} ms`);
      lines.push(resultLine(`summary-${name}`, a.p95, b.p95, 'ms'));
    }
    for (const line of lines) log(line);
    log(`(${gen.tasks} tasks, ${w.tasksPerPerson} per person on average)`);
    // The closing figure is the commune's week, the summary every commune takes every week; the
    // province's quarter (seconds, a few runs) is the line above — a combined p95 would hide it.
    const week = results['commune-week'];
    return resultLine('summary', summarise(week.app).p95, summarise(week.bare).p95, 'ms');
  } finally {
    await w.close();
  }
}
