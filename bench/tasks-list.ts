// tasks-list: a province at --scale with a year of tasks, then the first page (25, by due date) of
// 200 random people's task lists (GET /api/tasks?personId=) and of 200 random communes' task
// lists (GET /api/tasks?unitId=) through the real app as a standing-committee user of the
// province (auth, validation, scope, queries, presenter, serialisation). The lower bound is the
// same page — rows, unit name, lead and supports with names, assigner, total — as one
// hand-written SQL query on the same database in the same run, under the same scope.
import { type BenchOptions, log, ms, resultLine, seededRandom, summarise } from './bench.lib.js';
import { drawMany, setUpWorkBench, timed } from './tasks-setup.js';

const DRAWS = 200;
const WARM_UP = 20;
const PAGE_SIZE = 25;

interface Page {
  total: number;
  items: Array<{ id: string; lead: { id: string } | null; supports: Array<{ id: string }> }>;
}

/** The page in one statement: `$1` the filter value, `$2` the actor's scope (the province). */
function pageSql(filter: 'person' | 'unit'): string {
  const where =
    filter === 'person'
      ? 't.id IN (SELECT a.task_id FROM task_assignee a WHERE a.person_id = $1)'
      : 't.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = $1)';
  const matching = `FROM task t WHERE ${where} AND t.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = $2)`;
  // The page sorted and cut on its own, the total as a separate count, in one statement.
  return `
    WITH page AS (
      SELECT t.id, t.title, t.unit_id, t.source, t.assigner_id, t.start_date, t.due_date, t.status, t.progress,
        t.priority, t.work_units, t.field_code, t.completed_on, t.version
      ${matching}
      ORDER BY t.due_date, t.id LIMIT ${PAGE_SIZE}
    )
    SELECT p.*, u.name AS unit_name, (SELECT count(*) ${matching})::int AS total,
      ap.family_name AS assigner_family, ap.middle_name AS assigner_middle, ap.given_name AS assigner_given,
      (SELECT json_agg(json_build_object('id', x.person_id, 'role', x.role, 'family', pe.family_name, 'middle', pe.middle_name, 'given', pe.given_name)
               ORDER BY x.role, pe.sort_key)
         FROM task_assignee x JOIN person pe ON pe.id = x.person_id WHERE x.task_id = p.id) AS holders
    FROM page p JOIN org_unit u ON u.id = p.unit_id LEFT JOIN person ap ON ap.id = p.assigner_id
    ORDER BY p.due_date, p.id`;
}

export async function tasksList(opts: BenchOptions): Promise<string> {
  const w = await setUpWorkBench(opts);
  try {
    const { bench, gen } = w;
    const rnd = seededRandom(20261122);
    const people = (await bench.bare(
      `SELECT p.id FROM person p JOIN org_unit_closure c ON c.descendant_id = p.unit_id AND c.ancestor_id = $1 ORDER BY p.id`,
      [gen.provinceUnitId],
    )) as Array<{ id: string }>;
    const personIds = drawMany(
      people.map((p) => p.id),
      DRAWS + WARM_UP,
      rnd,
    );
    const unitIds = drawMany(gen.communeUnitIds, DRAWS + WARM_UP, rnd);

    const cases = {
      person: { ids: personIds, url: (id: string) => `/api/tasks?personId=${id}&pageSize=${PAGE_SIZE}`, sql: pageSql('person') },
      unit: { ids: unitIds, url: (id: string) => `/api/tasks?unitId=${id}&pageSize=${PAGE_SIZE}`, sql: pageSql('unit') },
    };
    const results: Record<string, { app: number[]; bare: number[]; rows: number }> = {};
    for (const [name, c] of Object.entries(cases)) {
      const app = (id: string) => w.get(c.url(id)) as Promise<Page>;
      const bare = (id: string) => bench.bare(c.sql, [id, gen.provinceUnitId]) as Promise<Array<{ id: string; total: number }>>;
      log(`${name} lists: warming up with ${WARM_UP}, checking the app and bare SQL agree…`);
      for (const id of c.ids.slice(0, WARM_UP)) {
        const [a, b] = [await app(id), await bare(id)];
        const total = b[0]?.total ?? 0;
        if (a.total !== total || a.items.map((i) => i.id).join() !== b.map((r) => r.id).join()) {
          throw new Error(`${name} ${id}: the app's page (${a.total} in all) differs from bare SQL (${total})`);
        }
      }
      log(`${name} lists: measuring ${DRAWS} (app and bare SQL alternately)…`);
      const r = { app: [] as number[], bare: [] as number[], rows: 0 };
      for (const id of c.ids.slice(WARM_UP)) {
        const [ta, page] = await timed(() => app(id));
        r.app.push(ta);
        r.rows += page.total;
        r.bare.push((await timed(() => bare(id)))[0]);
      }
      results[name] = r;
    }

    const lines: string[] = [];
    for (const [name, r] of Object.entries(results)) {
      const a = summarise(r.app);
      const b = summarise(r.bare);
      log(`${name} (${(r.rows / DRAWS).toFixed(0)} tasks per list on average):`);
      log(`  app  p50 ${ms(a.p50)} ms, p95 ${ms(a.p95)} ms, max ${ms(a.max)} ms`);
      log(`  bare p50 ${ms(b.p50)} ms, p95 ${ms(b.p95)} ms, max ${ms(b.max)} ms`);
      lines.push(resultLine(`tasks-list-${name}`, a.p95, b.p95, 'ms'));
    }
    for (const line of lines) log(line);
    const all = summarise([...results.person.app, ...results.unit.app]);
    const allBare = summarise([...results.person.bare, ...results.unit.bare]);
    log(`(${gen.tasks} tasks, ${w.tasksPerPerson} per person on average)`);
    return resultLine('tasks-list', all.p95, allBare.p95, 'ms');
  } finally {
    await w.close();
  }
}
