// SQL of task reminders: per-unit reminder offsets (inherited down the tree), the reminder scan,
// and the e-mail outbox.
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export const REMINDER_KEY = 'tasks.reminder_days';

// A unit's ancestors all appear in the closure rows of any of its descendants, so among the units
// with a setting that lie above a unit, the one with the most ancestors is the nearest.
const depthOf = (unitColumn: string) =>
  sql<number>`(SELECT count(*) FROM org_unit_closure dd WHERE dd.descendant_id = ${sql.ref(unitColumn)})`;

/** The setting nearest above (or on) the unit, with the unit that holds it. */
export async function nearestSetting(db: Db, unitId: string, key: string) {
  return db
    .selectFrom('org_unit_closure as c')
    .innerJoin('unit_setting as s', (j) => j.onRef('s.unit_id', '=', 'c.ancestor_id').on('s.key', '=', key))
    .select(['s.unit_id', 's.value', 's.version'])
    .where('c.descendant_id', '=', unitId)
    .orderBy(depthOf('s.unit_id'), 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function ownSettingForUpdate(trx: Transaction<DB>, unitId: string, key: string) {
  return trx
    .selectFrom('unit_setting')
    .select(['value', 'version'])
    .where('unit_id', '=', unitId)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertSetting(trx: Transaction<DB>, unitId: string, key: string, value: unknown) {
  return trx
    .insertInto('unit_setting')
    .values({ unit_id: unitId, key, value: JSON.stringify(value) })
    .returning(['value', 'version'])
    .executeTakeFirstOrThrow();
}

export async function updateSetting(trx: Transaction<DB>, unitId: string, key: string, version: number, value: unknown) {
  return trx
    .updateTable('unit_setting')
    .set((eb) => ({ value: JSON.stringify(value), version: eb('version', '+', 1) }))
    .where('unit_id', '=', unitId)
    .where('key', '=', key)
    .where('version', '=', version)
    .returning(['value', 'version'])
    .executeTakeFirst();
}

/** Every value of the setting held by some unit (few rows: one per unit that overrides the default). */
export async function allSettingValues(db: Db, key: string): Promise<unknown[]> {
  const rows = await db.selectFrom('unit_setting').select('value').where('key', '=', key).execute();
  return rows.map((r) => r.value);
}

export interface ScanWindow {
  today: string;
  /** The largest reminder offset any unit uses: tasks due later are not looked at. */
  maxDays: number;
  /** How many days back an overdue task still gets its (single) overdue notice. */
  overdueDays: number;
  defaultDays: number[];
}

/**
 * One statement: open tasks due within the window (task_due_cover_idx), each unit's reminder offsets
 * (its own setting, the nearest ancestor's, or the default), one row per assignee; the dedupe key
 * makes it idempotent. A task due in d days is reminded for the smallest offset N >= d, so a scan
 * that missed a day (server down) or a task created inside the window still reminds once per
 * offset. The due date is part of the key, so a task whose due date moves is reminded again.
 */
export function remindersStatement(w: ScanWindow, taskIds?: string[]) {
  const today = sql`CAST(${w.today} AS date)`;
  const only = taskIds ? sql`AND t.id IN (${sql.join(taskIds.length ? taskIds : ['00000000-0000-0000-0000-000000000000'])})` : sql``;
  return sql<{ kind: string }>`
    WITH cand AS MATERIALIZED (
      SELECT t.id, t.unit_id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due, (t.due_date - ${today}) AS d
      FROM task t
      WHERE t.due_date >= ${today} - CAST(${w.overdueDays} AS integer)
        AND t.due_date <= ${today} + CAST(${w.maxDays} AS integer)
        AND t.status NOT IN ('done', 'cancelled')
        ${only}
    ),
    held AS MATERIALIZED (
      SELECT s.unit_id, s.value, ${depthOf('s.unit_id')} AS depth
      FROM unit_setting s WHERE s.key = ${REMINDER_KEY}
    ),
    -- The offsets of each unit with candidate tasks (few rows), then the offset that applies to
    -- a task due in d days: the smallest one >= d. Computed per (unit, d), not per task.
    eff AS (
      SELECT u.unit_id,
        coalesce((SELECT h.value FROM org_unit_closure c JOIN held h ON h.unit_id = c.ancestor_id
                  WHERE c.descendant_id = u.unit_id ORDER BY h.depth DESC LIMIT 1),
                 CAST(${JSON.stringify(w.defaultDays)} AS jsonb)) AS days
      FROM (SELECT DISTINCT unit_id FROM cand) u
    ),
    th AS MATERIALIZED (
      SELECT eff.unit_id, dd.d, (SELECT min(x::int) FROM jsonb_array_elements_text(eff.days) AS x WHERE x::int >= dd.d) AS n
      FROM eff CROSS JOIN generate_series(0, CAST(${w.maxDays} AS integer)) AS dd(d)
    ),
    due AS MATERIALIZED (
      SELECT cand.id, cand.title, cand.due, cand.d, th.n
      FROM cand LEFT JOIN th ON th.unit_id = cand.unit_id AND th.d = cand.d
      WHERE cand.d < 0 OR th.n IS NOT NULL
    ),
    fresh AS (
      SELECT a.person_id, due.id AS task_id,
        CASE WHEN due.d < 0 THEN 'task_overdue' ELSE 'task_due_soon' END AS kind,
        CASE WHEN due.d < 0 THEN jsonb_build_object('title', due.title, 'dueDate', due.due)
          ELSE jsonb_build_object('title', due.title, 'dueDate', due.due, 'days', due.d) END AS params,
        CASE WHEN due.d < 0 THEN 'overdue:' || due.id::text || ':' || a.person_id::text || ':' || due.due
          ELSE 'due:' || due.id::text || ':' || a.person_id::text || ':' || due.n::text || ':' || due.due END AS dedupe_key
      -- OFFSET 0 keeps the lateral subquery from being flattened into a hash join over the whole
      -- assignee table: a few index probes per candidate task are far cheaper.
      FROM due CROSS JOIN LATERAL (SELECT ta.person_id FROM task_assignee ta WHERE ta.task_id = due.id OFFSET 0) a
    )
    INSERT INTO notification (id, person_id, kind, task_id, params, dedupe_key)
    SELECT gen_random_uuid(), f.person_id, f.kind, f.task_id, f.params, f.dedupe_key
    FROM fresh f
    WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedupe_key = f.dedupe_key)
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING kind
  `;
}

export async function insertReminders(db: Db, w: ScanWindow, taskIds?: string[]): Promise<Array<{ kind: string }>> {
  return (await remindersStatement(w, taskIds).execute(db)).rows;
}

/**
 * Once per late milestone of an approved leader's action plan (issue 13, decision 0034): the leader
 * is told when a milestone's date has passed and it is not done. Idempotent by the dedupe key.
 */
export async function insertLateMilestoneNotices(db: Db, today: string): Promise<number> {
  const res = await sql<{ kind: string }>`
    INSERT INTO notification (id, person_id, kind, task_id, params, dedupe_key)
    SELECT gen_random_uuid(), ap.person_id, 'action_plan_milestone_late', m.task_id,
      jsonb_build_object('title', m.title, 'dueDate', to_char(m.due_date, 'YYYY-MM-DD'), 'actionPlanId', ap.id),
      'action_plan_milestone_late:' || m.id::text || ':' || to_char(m.due_date, 'YYYY-MM-DD')
    FROM task_milestone m
    JOIN action_plan_item i ON i.task_id = m.task_id
    JOIN action_plan ap ON ap.id = i.plan_id
    JOIN task t ON t.id = m.task_id
    WHERE m.done_on IS NULL AND m.due_date < ${today} AND t.status <> 'cancelled'
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING kind
  `.execute(db);
  return res.rows.length;
}

/** The audit trail's last sequence number: it moves with every committed mutation. */
export async function auditHeadSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('audit_head').select('last_seq').executeTakeFirst();
  return Number(row?.last_seq ?? 0);
}

/** Tasks and unit settings changed by the events in (fromSeq, toSeq] (a primary-key range). */
export async function changedSince(db: Db, fromSeq: number, toSeq: number, limit: number) {
  return db
    .selectFrom('audit_event')
    .select(['entity_type', 'entity_id'])
    .distinct()
    .where('seq', '>', fromSeq)
    .where('seq', '<=', toSeq)
    .where('entity_type', 'in', ['task', 'unit_setting'])
    .limit(limit)
    .execute();
}

/** Notifications not yet e-mailed, created since `since`, to people with an e-mail address. */
export async function unemailed(db: Db, since: Date, limit: number) {
  return db
    .selectFrom('notification as n')
    .innerJoin('person as p', 'p.id', 'n.person_id')
    .select(['n.id', 'n.kind', 'n.params', 'n.person_id', 'n.task_id', 'n.meeting_id', 'p.email'])
    .select((eb) =>
      eb
        .selectFrom('account as a')
        .select('a.locale')
        .whereRef('a.person_id', '=', 'n.person_id')
        .orderBy('a.created_at')
        .limit(1)
        .as('locale'),
    )
    .where('n.emailed_at', 'is', null)
    .where('n.created_at', '>=', since)
    .where('p.email', 'is not', null)
    .orderBy('n.created_at')
    .limit(limit)
    .execute();
}

export async function markEmailed(db: Db, id: string, at: Date) {
  await db.updateTable('notification').set({ emailed_at: at }).where('id', '=', id).execute();
}
