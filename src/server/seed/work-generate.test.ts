import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { openTestDatabase } from '../test/harness.js';
import { generateProvince, type GenerateResult } from './generate.js';
import { generateWorkYear } from './work-generate.js';

const TODAY = '2026-11-22';

async function freshDb(): Promise<Database> {
  const { database, close } = await openTestDatabase();
  return { ...database, close };
}

async function one<T>(db: Kysely<DB>, query: ReturnType<typeof sql<T>>): Promise<T> {
  return (await query.execute(db)).rows[0];
}

/** Keys, indexes and foreign keys of the work tables, as the catalog describes them. */
async function catalog(db: Kysely<DB>) {
  const { rows } = await sql<{ d: string }>`
    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint
      WHERE conrelid IN ('task'::regclass, 'task_assignee'::regclass) OR confrelid IN ('task'::regclass, 'task_assignee'::regclass)
    UNION ALL SELECT indexdef FROM pg_indexes WHERE tablename IN ('task', 'task_assignee')
    ORDER BY 1`.execute(db);
  return rows.map((r) => r.d);
}

const digest = (db: Kysely<DB>) =>
  one(
    db,
    sql<{ tasks: string; assignees: string }>`SELECT
    (SELECT md5(string_agg(concat_ws('|', id, unit_id, title, status, start_date, due_date, completed_on, quality_ok, exceeded, assigner_id), ',' ORDER BY id)) FROM task) AS tasks,
    (SELECT md5(string_agg(concat_ws('|', task_id, person_id, role), ',' ORDER BY task_id, person_id)) FROM task_assignee) AS assignees`,
  );

describe('generateWorkYear', () => {
  let database: Database;
  let db: Kysely<DB>;
  let result: GenerateResult;
  let before: string[];
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    database = await freshDb();
    db = database.db;
    before = await catalog(db);
    result = await generateProvince(db, { scale: 0.02, seed: 3, tasksPerPerson: 25, onProgress: (d, t) => progress.push([d, t]) });
  }, 240_000);
  afterAll(async () => database?.close());

  it('gives every person of the province about 25 tasks as lead over the year', async () => {
    expect(result.tasks).toBeGreaterThan(result.people * 22);
    expect(result.tasks).toBeLessThan(result.people * 28);
    const c = await one(
      db,
      sql<Record<string, number>>`SELECT (SELECT count(*) FROM task)::int AS tasks, (SELECT count(*) FROM task_assignee)::int AS assignees,
        (SELECT count(DISTINCT person_id) FROM task_assignee WHERE role = 'lead')::int AS leads,
        (SELECT min(start_date)::text FROM task) AS first, (SELECT max(start_date)::text FROM task) AS last`,
    );
    expect(c.tasks).toBe(result.tasks);
    expect(c.assignees).toBe(result.assignees);
    expect(c.leads).toBe(result.people);
    expect(c.first).toBe('2025-12-01');
    expect(String(c.last) > TODAY && String(c.last) <= '2026-11-29').toBe(true);
    const last = progress[progress.length - 1];
    expect(last[0]).toBe(last[1]);
  });

  it('draws the outcomes with the demo shares', async () => {
    const o = await one(
      db,
      sql<Record<string, number>>`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE status = 'done' AND completed_on <= due_date)::int AS on_time,
        count(*) FILTER (WHERE status = 'done' AND completed_on > due_date)::int AS late,
        count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND due_date < ${TODAY})::int AS overdue,
        count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
        count(*) FILTER (WHERE quality_ok IS NOT NULL)::int AS appraised,
        count(*) FILTER (WHERE exceeded)::int AS exceeded,
        count(*) FILTER (WHERE major_errors > 0)::int AS errors,
        count(*) FILTER (WHERE objective_cause AND completed_on > due_date)::int AS late_excused,
        count(DISTINCT source)::int AS sources, count(DISTINCT priority)::int AS priorities, count(DISTINCT field_code)::int AS fields,
        min(work_units)::float AS min_units, max(work_units)::float AS max_units
      FROM task`,
    );
    const pct = (x: number, of = o.n) => (100 * x) / of;
    expect(pct(o.on_time)).toBeGreaterThan(74);
    expect(pct(o.on_time)).toBeLessThan(85);
    expect(pct(o.late)).toBeGreaterThan(9);
    expect(pct(o.late)).toBeLessThan(14);
    // Still open past the due date: only recent tasks (older ones were finished late).
    expect(pct(o.overdue)).toBeGreaterThan(0.05);
    expect(pct(o.overdue)).toBeLessThan(1);
    expect(pct(o.cancelled)).toBeGreaterThan(1.5);
    expect(pct(o.cancelled)).toBeLessThan(4);
    expect(pct(o.exceeded, o.appraised)).toBeGreaterThan(15);
    expect(pct(o.exceeded, o.appraised)).toBeLessThan(35);
    expect(pct(o.errors, o.appraised)).toBeGreaterThan(1);
    expect(pct(o.errors, o.appraised)).toBeLessThan(6);
    expect(pct(o.late_excused, o.late)).toBeGreaterThan(25);
    expect(pct(o.late_excused, o.late)).toBeLessThan(45);
    expect([o.sources, o.priorities, o.fields]).toEqual([5, 4, 12]);
    expect([o.min_units, o.max_units]).toEqual([0.5, 5]);
  });

  it('keeps the task rules and puts the keys and indexes back as they were', async () => {
    const bad = await one(
      db,
      sql<Record<string, number>>`SELECT
        (SELECT count(*) FROM task t WHERE (SELECT count(*) FROM task_assignee a WHERE a.task_id = t.id AND a.role = 'lead') <> 1)::int AS leads,
        (SELECT count(*) FROM task t WHERE (SELECT count(*) FROM task_assignee a WHERE a.task_id = t.id AND a.role = 'support') > 2)::int AS supports,
        (SELECT count(*) FROM task_assignee a JOIN task t ON t.id = a.task_id JOIN person p ON p.id = a.person_id
          WHERE NOT EXISTS (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = t.unit_id AND c.descendant_id = p.unit_id))::int AS outside,
        (SELECT count(*) FROM task WHERE completed_on > ${TODAY} OR completed_on < start_date OR due_date < start_date)::int AS dates,
        (SELECT count(*) FROM task WHERE quality_ok IS NOT NULL AND (status <> 'done' OR appraised_at IS NULL))::int AS appraisals,
        (SELECT count(*) FROM task WHERE status = 'cancelled' AND cancelled_reason IS NULL)::int AS cancellations,
        (SELECT count(*) FROM task WHERE assigner_id IS NOT NULL AND EXISTS
          (SELECT 1 FROM task_assignee a WHERE a.task_id = task.id AND a.role = 'lead' AND a.person_id = task.assigner_id))::int AS self_assigned,
        -- ids in the version-4 layout the API's Id schema accepts
        (SELECT count(*) FROM task WHERE id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')::int AS ids`,
    );
    expect(bad).toEqual({ leads: 0, supports: 0, outside: 0, dates: 0, appraisals: 0, cancellations: 0, self_assigned: 0, ids: 0 });
    expect(await catalog(db)).toEqual(before);
  });

  it('adds to existing tasks row by row, and does nothing for 0 tasks per person', async () => {
    const n0 = result.tasks;
    const more = await generateWorkYear(db, { provinceUnitId: result.provinceUnitId, seed: 4, tasksPerPerson: 2 });
    expect(more.tasks).toBeGreaterThan(0);
    expect(Number((await one(db, sql<{ n: number }>`SELECT count(*)::int AS n FROM task`)).n)).toBe(n0 + more.tasks);
    expect(await generateWorkYear(db, { provinceUnitId: result.provinceUnitId, tasksPerPerson: 0 })).toEqual({ tasks: 0, assignees: 0 });
    await expect(generateWorkYear(db, { provinceUnitId: result.provinceUnitId, tasksPerPerson: -1 })).rejects.toThrow(RangeError);
    expect(await catalog(db)).toEqual(before);
  });

  it('is deterministic', async () => {
    const other = await freshDb();
    try {
      // Same seed and scale: the same people, so the same tasks (the extra seed-4 year aside).
      await generateProvince(other.db, { scale: 0.02, seed: 3, tasksPerPerson: 25 });
      await generateWorkYear(other.db, { provinceUnitId: result.provinceUnitId, seed: 4, tasksPerPerson: 2 });
      expect(await digest(other.db)).toEqual(await digest(db));
    } finally {
      await other.close();
    }
  }, 240_000);
});
