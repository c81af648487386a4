// Test cases of the demo's work data, registered by demo.test.ts inside its seedDemo suite for each
// anchor, so the (slow) demo is seeded once per anchor. Ranges, not exact counts: the shares are
// drawn. Every date is the anchor's calendar's: nothing happens after "today".
import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import type { DemoCtx } from './demo-org.cases.js';
import { addDays } from '../../domain/dates.js';
import { indicatorYears } from './work-demo-extras.js';

async function one<T>(db: Kysely<DB>, query: ReturnType<typeof sql<T>>): Promise<T> {
  return (await query.execute(db)).rows[0];
}

export function demoWorkCases(ctx: DemoCtx) {
  it('links the leaders of commune #1 to their accounts', async () => {
    const { db, summary } = ctx();
    const rows = await db
      .selectFrom('account as a')
      .innerJoin('role_binding as r', 'r.account_id', 'a.id')
      .innerJoin('tenure as t', 't.person_id', 'a.person_id')
      .innerJoin('post as p', 'p.id', 't.post_id')
      .innerJoin('org_unit_closure as c', (j) =>
        j.onRef('c.descendant_id', '=', 'p.unit_id').on('c.ancestor_id', '=', summary.communeUnitIds[0]),
      )
      .select(['a.username', 'r.role', 'r.unit_id', 'p.title'])
      .where('t.end_date', 'is', null)
      .where('a.username', 'in', ['thuongvu', 'chutich', 'vanphong', 'tochuc.xa'])
      .execute();
    const titles = (u: string) => rows.filter((r) => r.username === u).map((r) => r.title);
    expect(titles('thuongvu')).toContain('Bí thư Đảng ủy');
    expect(titles('chutich')).toContain('Chủ tịch UBND');
    expect(titles('vanphong')).toContain('Chánh Văn phòng Đảng ủy');
    expect(titles('tochuc.xa')).toContain('Trưởng Ban Xây dựng Đảng');
    for (const r of rows) expect(r.unit_id).toBe(summary.communeUnitIds[0]);
    expect(rows.find((r) => r.username === 'chutich')!.role).toBe('standing');
  });

  it('seeds a year of tasks with realistic outcomes and appraisals', async () => {
    const { db, summary, cal } = ctx();
    const TODAY = cal.anchor;
    const o = await one(
      db,
      sql<Record<string, number>>`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE status = 'done' AND completed_on <= due_date)::int AS on_time,
        count(*) FILTER (WHERE status = 'done' AND completed_on > due_date)::int AS late,
        count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND due_date < ${TODAY})::int AS overdue,
        count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
        count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND due_date >= ${TODAY})::int AS running,
        count(*) FILTER (WHERE quality_ok IS NOT NULL)::int AS appraised,
        count(*) FILTER (WHERE exceeded)::int AS exceeded,
        count(*) FILTER (WHERE major_errors > 0)::int AS errors,
        count(*) FILTER (WHERE quality_ok = false)::int AS failed,
        count(*) FILTER (WHERE objective_cause AND completed_on > due_date)::int AS late_excused,
        count(DISTINCT unit_id)::int AS units,
        min(start_date)::text AS first, max(due_date)::text AS last,
        min(work_units)::float AS min_units, max(work_units)::float AS max_units
      FROM task`,
    );
    expect(o.n).toBeGreaterThan(25_000);
    expect(o.n).toBeLessThan(60_000);
    const pct = (x: number, of = o.n) => (100 * x) / of;
    expect(pct(o.on_time)).toBeGreaterThan(75);
    expect(pct(o.on_time)).toBeLessThan(86);
    expect(pct(o.late)).toBeGreaterThan(9);
    expect(pct(o.late)).toBeLessThan(15);
    // Still open past the due date: only recent tasks (older ones were finished late).
    expect(pct(o.overdue)).toBeGreaterThan(0.05);
    expect(pct(o.overdue)).toBeLessThan(1);
    expect(pct(o.cancelled)).toBeGreaterThan(1.5);
    expect(pct(o.cancelled)).toBeLessThan(4.5);
    expect(o.running).toBeGreaterThan(0);
    expect(pct(o.exceeded, o.appraised)).toBeGreaterThan(15);
    expect(pct(o.exceeded, o.appraised)).toBeLessThan(35);
    expect(o.errors).toBeGreaterThan(0);
    expect(pct(o.failed, o.appraised)).toBeLessThan(8);
    expect(pct(o.late_excused, o.late)).toBeGreaterThan(25);
    expect(pct(o.late_excused, o.late)).toBeLessThan(45);
    expect(String(o.first) >= cal.workFrom && String(o.first) <= cal.weeks[0]).toBe(true);
    expect(String(o.last) > TODAY).toBe(true);
    expect([o.min_units, o.max_units]).toEqual([0.5, 5]);
    // Every commune has work, from every source.
    const perCommune = await db
      .selectFrom('task as t')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 't.unit_id')
      .select(['c.ancestor_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('c.ancestor_id', 'in', summary.communeUnitIds)
      .groupBy('c.ancestor_id')
      .execute();
    expect(perCommune).toHaveLength(12);
    for (const c of perCommune) expect(Number(c.n)).toBeGreaterThan(1500);
    const sources = await db.selectFrom('task').select('source').distinct().execute();
    expect(new Set(sources.map((s) => s.source))).toEqual(new Set(['plan', 'slip', 'conclusion', 'programme', 'volunteer']));
  });

  it('keeps the task rules: one lead, assignees in the unit, consistent dates and appraisals', async () => {
    const { db, cal } = ctx();
    const TODAY = cal.anchor;
    const bad = await one(
      db,
      sql<Record<string, number>>`SELECT
        (SELECT count(*) FROM task t WHERE (SELECT count(*) FROM task_assignee a WHERE a.task_id = t.id AND a.role = 'lead') <> 1)::int AS leads,
        (SELECT count(*) FROM task_assignee a JOIN task t ON t.id = a.task_id JOIN person p ON p.id = a.person_id
          WHERE NOT EXISTS (SELECT 1 FROM org_unit_closure c WHERE c.ancestor_id = t.unit_id AND c.descendant_id = p.unit_id))::int AS outside,
        (SELECT count(*) FROM task WHERE completed_on > ${TODAY} OR completed_on < start_date OR (status = 'done') <> (progress = 100))::int AS dates,
        (SELECT count(*) FROM task WHERE quality_ok IS NOT NULL AND (status <> 'done' OR appraised_at IS NULL OR appraised_by IS NULL))::int AS appraisals,
        (SELECT count(*) FROM task WHERE status = 'cancelled' AND coalesce(cancelled_reason, '') = '')::int AS cancellations,
        (SELECT count(*) FROM task WHERE created_at > updated_at OR created_at > ${TODAY}::date + 1)::int AS stamps,
        (SELECT count(*) FROM task_due_change d JOIN task t ON t.id = d.task_id WHERE d.new_due <> t.due_date OR d.old_due >= d.new_due OR d.reason = '')::int AS due_changes,
        (SELECT count(*) FROM task_progress r JOIN task t ON t.id = r.task_id
          WHERE r.reported_at::date < t.start_date OR (t.status <> 'done' AND r.progress > t.progress)
            OR EXISTS (SELECT 1 FROM task_progress e WHERE e.task_id = r.task_id AND e.reported_at < r.reported_at AND e.progress > r.progress))::int AS reports,
        (SELECT count(*) FROM task_milestone m JOIN task t ON t.id = m.task_id WHERE t.source <> 'volunteer' OR m.due_date > t.due_date OR m.due_date < t.start_date)::int AS milestones`,
    );
    expect(bad).toEqual({
      leads: 0,
      outside: 0,
      dates: 0,
      appraisals: 0,
      cancellations: 0,
      stamps: 0,
      due_changes: 0,
      reports: 0,
      milestones: 0,
    });
    const some = await one(
      db,
      sql<
        Record<string, number>
      >`SELECT (SELECT count(*) FROM task_progress)::int AS reports, (SELECT count(*) FROM task_due_change)::int AS due_changes,
        (SELECT count(DISTINCT m.task_id) FROM task_milestone m
          WHERE NOT EXISTS (SELECT 1 FROM action_plan_item i WHERE i.task_id = m.task_id))::int AS roadmaps, (SELECT count(*) FROM task WHERE source = 'volunteer'
          AND NOT EXISTS (SELECT 1 FROM action_plan_item i WHERE i.task_id = task.id))::int AS volunteered`,
    );
    expect(some.reports).toBeGreaterThan(1000);
    expect(some.due_changes).toBeGreaterThan(50);
    expect(some.roadmaps).toBe(some.volunteered);
    expect(some.volunteered).toBe(24);
  });

  it('has weekly plans every week, mostly approved on time, their items linked to tasks', async () => {
    const { db, cal } = ctx();
    const p = await one(
      db,
      sql<
        Record<string, number>
      >`SELECT count(*)::int AS n, count(DISTINCT week_start)::int AS weeks, count(DISTINCT person_id)::int AS writers,
        count(*) FILTER (WHERE status = 'approved')::int AS approved,
        count(*) FILTER (WHERE submitted_at > ((week_start - 3) + time '10:00') AT TIME ZONE 'UTC')::int AS late,
        count(*) FILTER (WHERE week_start = ${cal.nextWeek} AND status IN ('submitted', 'returned', 'draft'))::int AS pending,
        count(*) FILTER (WHERE status = 'returned' AND coalesce(review_comment, '') = '')::int AS returned_without_comment
      FROM weekly_plan`,
    );
    expect(p.weeks).toBe(cal.weeks.length); // the year of work up to next week, without Tết
    expect(p.n).toBeGreaterThan(p.writers * p.weeks * 0.93);
    expect(p.n).toBeLessThanOrEqual(p.writers * p.weeks);
    expect((100 * p.late) / p.n).toBeGreaterThan(4);
    expect((100 * p.late) / p.n).toBeLessThan(15);
    expect(p.pending).toBeGreaterThan(0);
    expect(p.returned_without_comment).toBe(0);
    const links = await one(
      db,
      sql<Record<string, number>>`SELECT
        (SELECT count(*) FROM weekly_plan_item i JOIN weekly_plan w ON w.id = i.plan_id WHERE (w.status = 'approved') <> (i.task_id IS NOT NULL))::int AS mismatched,
        (SELECT count(*) FROM weekly_plan_item i JOIN task t ON t.id = i.task_id
          WHERE t.source <> 'plan' OR t.source_ref <> i.id OR t.title <> i.title OR t.due_date <> i.due_date)::int AS wrong,
        (SELECT count(*) FROM task t WHERE t.source = 'plan' AND NOT EXISTS (SELECT 1 FROM weekly_plan_item i WHERE i.task_id = t.id))::int AS orphans`,
    );
    expect(links).toEqual({ mismatched: 0, wrong: 0, orphans: 0 });
  });

  it('holds a weekly briefing per commune, co-chaired, whose conclusions became tasks', async () => {
    const { db, summary, cal } = ctx();
    const m = await one(
      db,
      sql<Record<string, number>>`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE status = 'scheduled')::int AS scheduled,
        count(*) FILTER (WHERE status = 'closed' AND minutes = '')::int AS closed_without_minutes,
        (SELECT count(*) FROM meeting x WHERE (SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = x.id AND p.role = 'chair') <> 2)::int AS chairs,
        (SELECT count(*) FROM meeting x WHERE x.status = 'closed'
          AND (SELECT count(*) FROM meeting_conclusion c WHERE c.meeting_id = x.id) NOT BETWEEN 2 AND 4)::int AS conclusions,
        (SELECT count(*) FROM meeting_conclusion c LEFT JOIN task t ON t.id = c.task_id
          WHERE t.id IS NULL OR t.source <> 'conclusion' OR t.source_ref <> c.id OR t.unit_id <> c.target_unit_id
            OR NOT EXISTS (SELECT 1 FROM task_assignee a WHERE a.task_id = t.id AND a.person_id = c.lead_person_id AND a.role = 'lead'))::int AS unlinked
      FROM meeting WHERE kind = 'briefing'`,
    );
    expect(m.n).toBe(12 * cal.weeks.length);
    expect(m.scheduled).toBe(12);
    expect({ a: m.closed_without_minutes, b: m.chairs, c: m.conclusions, d: m.unlinked }).toEqual({ a: 0, b: 0, c: 0, d: 0 });
    // Conclusions reach the People's Committee.
    const toPc = await db
      .selectFrom('meeting_conclusion as c')
      .innerJoin('org_unit as u', 'u.id', 'c.target_unit_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('u.kind', '=', 'peoples_committee')
      .executeTakeFirstOrThrow();
    expect(Number(toPc.n)).toBeGreaterThan(100);
    const docs = await db.selectFrom('attachment').select(['owner_type', 'size_bytes']).execute();
    expect(docs.length).toBeGreaterThan(0);
    void summary;
  });

  it('assigns fields and areas, sets indicators and leaves a few notifications', async () => {
    const { db, summary, cal } = ctx();
    const TODAY = cal.anchor;
    const r = await one(
      db,
      sql<
        Record<string, number>
      >`SELECT count(DISTINCT person_id)::int AS people, count(field_code)::int AS fields, count(area_unit_id)::int AS areas,
        count(*) FILTER (WHERE term_id <> 'party-2025-2030')::int AS other_terms,
        (SELECT count(*) FROM org_unit u JOIN org_unit_closure c ON c.descendant_id = u.id AND c.ancestor_id IN (${sql.join(summary.communeUnitIds)})
          WHERE u.kind = 'party_cell' AND u.name <> 'Chi bộ Cơ quan'
            AND (SELECT count(*) FROM responsibility x WHERE x.area_unit_id = u.id) <> 1)::int AS cells_not_followed_once
      FROM responsibility`,
    );
    expect(r.people).toBeGreaterThan(12 * 10);
    expect(r.fields).toBeGreaterThanOrEqual(r.people);
    expect(r.areas).toBeGreaterThan(12 * 4);
    expect(r.other_terms).toBe(0);
    expect(r.cells_not_followed_once).toBe(0);
    const indicators = await db
      .selectFrom('indicator as i')
      .leftJoin('indicator_actual as a', 'a.indicator_id', 'i.id')
      .select(['i.code', 'i.unit_id', 'i.year', 'i.direction', (eb) => eb.fn.count<number>('a.id').as('actuals')])
      .groupBy(['i.code', 'i.unit_id', 'i.year', 'i.direction'])
      .execute();
    const years = indicatorYears(TODAY);
    expect(indicators).toHaveLength(12 * 6 * years.length);
    // The quarters' actuals are recorded 3–8 days after each quarter ends, never after today.
    const ends = (y: number) => ['03-31', '06-30', '09-30', '12-31'].map((md) => new Date(`${y}-${md}T00:00:00Z`).getTime());
    const known = (y: number, lag: number) => ends(y).filter((e) => e + lag * 86_400_000 <= Date.parse(`${TODAY}T00:00:00Z`)).length;
    for (const i of indicators) {
      const y = Number(i.year);
      expect(Number(i.actuals)).toBeGreaterThanOrEqual(known(y, 8));
      expect(Number(i.actuals)).toBeLessThanOrEqual(known(y, 3));
    }
    expect(indicators.find((i) => i.code === 'admin_reform_rank')!.direction).toBe('decrease');
    const notes = await db
      .selectFrom('notification as n')
      .innerJoin('account as a', 'a.person_id', 'n.person_id')
      .select(['a.username', 'n.kind'])
      .execute();
    const users = new Set(notes.map((n) => n.username));
    for (const u of ['thuongvu', 'chutich', 'vanphong', 'canbo']) expect(users.has(u)).toBe(true);
    expect(new Set(notes.map((n) => n.kind)).has('task_assigned')).toBe(true);
  });

  it("lives in the anchor's week: work due now, next week's plans under review, this week's briefing, reminders on real deadlines", async () => {
    const { db, summary, cal } = ctx();
    const today = cal.anchor;
    const first = summary.communeUnitIds[0];
    const endOfNextWeek = addDays(cal.nextWeek, 6);
    const now = await one(
      db,
      sql<Record<string, number>>`SELECT
        count(*) FILTER (WHERE t.due_date BETWEEN ${today} AND ${endOfNextWeek} AND t.status NOT IN ('done', 'cancelled'))::int AS due_soon,
        count(*) FILTER (WHERE t.start_date > ${today})::int AS ahead
      FROM task t JOIN org_unit_closure c ON c.descendant_id = t.unit_id AND c.ancestor_id = ${first}`,
    );
    expect(now.due_soon).toBeGreaterThan(10);
    expect(now.ahead).toBeGreaterThan(0);
    const plans = await db.selectFrom('weekly_plan').select(['week_start', 'status']).where('week_start', '>', today).execute();
    expect(new Set(plans.map((p) => p.week_start))).toEqual(new Set([cal.nextWeek]));
    expect(plans.filter((p) => p.status === 'submitted').length).toBeGreaterThan(0);
    // Mondays' briefings: this week's held (unless it is Tết), next working week's scheduled.
    const briefings = await sql<{ unit_id: string; day: string; status: string }>`
      SELECT unit_id, to_char(scheduled_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day, status FROM meeting
      WHERE kind = 'briefing' AND scheduled_at >= ${new Date(`${cal.thisWeek}T00:00:00+07:00`)}`.execute(db);
    const at = (day: string, status: string) =>
      briefings.rows
        .filter((b) => b.day === day && b.status === status)
        .map((b) => b.unit_id)
        .sort();
    const communes = [...summary.communeUnitIds].sort();
    expect(at(cal.thisWeek, 'closed')).toEqual(cal.tetWeeks.includes(cal.thisWeek) ? [] : communes);
    expect(at(cal.nextWeek, 'scheduled')).toEqual(communes);
    expect(briefings.rows.filter((b) => b.day !== cal.thisWeek && b.day !== cal.nextWeek)).toEqual([]);
    // Reminders only for open tasks due within three days of today, or overdue by at most a week.
    const reminders = await sql<{ kind: string; due_date: string; status: string }>`
      SELECT n.kind, t.due_date, t.status FROM notification n JOIN task t ON t.id = n.task_id WHERE n.kind IN ('task_due_soon', 'task_overdue')`.execute(
      db,
    );
    // (In the Tết week nothing of theirs falls due.)
    if (!cal.tetWeeks.includes(cal.thisWeek)) expect(reminders.rows.filter((r) => r.kind === 'task_due_soon').length).toBeGreaterThan(0);
    for (const r of reminders.rows) {
      expect(['done', 'cancelled']).not.toContain(r.status);
      if (r.kind === 'task_due_soon') expect(r.due_date >= today && r.due_date <= addDays(today, 3)).toBe(true);
      else expect(r.due_date < today && r.due_date >= addDays(today, -7)).toBe(true);
    }
  });

  it('records nothing after today', async () => {
    const { db, cal } = ctx();
    const end = new Date(`${cal.anchor}T23:59:59+07:00`);
    const stamps: Array<[string, string]> = [
      ['task', 'created_at'],
      ['task', 'updated_at'],
      ['task', 'acknowledged_at'],
      ['task', 'appraised_at'],
      ['task_progress', 'reported_at'],
      ['task_due_change', 'changed_at'],
      ['weekly_plan', 'created_at'],
      ['weekly_plan', 'submitted_at'],
      ['weekly_plan', 'reviewed_at'],
      ['meeting', 'created_at'],
      ['attachment', 'uploaded_at'],
      ['notification', 'created_at'],
      ['indicator_actual', 'recorded_at'],
      ['evaluation', 'self_submitted_at'],
      ['evaluation', 'appraised_at'],
      ['evaluation', 'decided_at'],
      ['evaluation', 'published_at'],
    ];
    const days: Array<[string, string]> = [
      ['task', 'completed_on'],
      ['task_milestone', 'done_on'],
      ['shortcoming', 'noted_on'],
      ['shortcoming', 'fixed_on'],
      ['discipline', 'decided_on'],
      ['confidence_vote', 'voted_on'],
      ['degradation_conclusion', 'concluded_on'],
      ['member_status', 'valid_to'],
      ['person', 'party_admission_date'],
      ['tenure', 'start_date'],
    ];
    const late: Record<string, number> = {};
    for (const [table, column] of stamps)
      late[`${table}.${column}`] = (
        await one(db, sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} > ${end}`)
      ).n;
    for (const [table, column] of days)
      late[`${table}.${column}`] = (
        await one(db, sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} > ${cal.anchor}::date`)
      ).n;
    expect(late).toEqual(Object.fromEntries(Object.keys(late).map((k) => [k, 0])));
  });
}
