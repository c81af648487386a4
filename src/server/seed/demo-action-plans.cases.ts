// Test cases of the demo's leaders' action plans, registered by demo.test.ts for each anchor: the
// demo year's plans of the communes' and the province's leaders at every stage, one returned with its
// comment, targets tied to the indicators of the plan's unit (or the unit it belongs to), approved
// entries tracked as volunteered tasks of the leader with the written roadmap, a late milestone once
// the first one's date has passed, and none for the chair's demo account (the user writes it).
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { DemoCtx } from './demo-org.cases.js';

export function demoActionPlansCases(ctx: DemoCtx) {
  it('writes the leaders’ action plans of the demo year, tied to the units’ indicators and tracked once approved', async () => {
    const { db, summary } = ctx();
    const year = Number(summary.anchor.slice(0, 4));
    const plans = await db.selectFrom('action_plan').select(['id', 'year', 'status', 'person_id', 'unit_id', 'review_comment']).execute();
    expect(plans.length).toBeGreaterThan(50);
    expect(new Set(plans.map((p) => p.year))).toEqual(new Set([year]));
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']));
    const returned = plans.filter((p) => p.status === 'returned');
    expect(returned).toHaveLength(1);
    expect(returned[0].review_comment).toBeTruthy();
    const chair = await db.selectFrom('account').select('person_id').where('username', '=', 'chutich').executeTakeFirstOrThrow();
    expect(plans.some((p) => p.person_id === chair.person_id)).toBe(false);
    // The province's own bodies write too: a plan outside every demo commune.
    const inCommunes = await db
      .selectFrom('org_unit_closure')
      .select('descendant_id')
      .where('ancestor_id', 'in', summary.communeUnitIds)
      .execute();
    const communeUnits = new Set(inCommunes.map((r) => r.descendant_id));
    expect(plans.some((p) => !communeUnits.has(p.unit_id))).toBe(true);

    const bad = (
      await sql<Record<string, number>>`SELECT
        (SELECT count(*) FROM action_plan_item i JOIN action_plan ap ON ap.id = i.plan_id JOIN indicator ind ON ind.id = i.indicator_id
          WHERE ind.year <> ap.year OR NOT (ind.unit_id = ap.unit_id OR EXISTS (SELECT 1 FROM org_unit_link l
            WHERE l.child_id = ap.unit_id AND l.parent_id = ind.unit_id AND l.valid_to IS NULL)))::int AS foreign_indicators,
        (SELECT count(*) FROM action_plan_item i JOIN action_plan ap ON ap.id = i.plan_id
          WHERE (ap.status = 'approved') <> (i.task_id IS NOT NULL))::int AS untracked,
        (SELECT count(*) FROM action_plan_item i JOIN action_plan ap ON ap.id = i.plan_id JOIN task t ON t.id = i.task_id
          WHERE t.source <> 'volunteer' OR t.source_ref IS DISTINCT FROM i.id OR t.due_date <> i.due_date
            OR NOT EXISTS (SELECT 1 FROM task_assignee a WHERE a.task_id = t.id AND a.role = 'lead' AND a.person_id = ap.person_id)
            OR (SELECT count(*) FROM task_milestone m WHERE m.task_id = t.id) <> jsonb_array_length(i.milestones::jsonb))::int AS tasks,
        (SELECT count(*) FROM action_plan ap WHERE NOT EXISTS (SELECT 1 FROM action_plan_item i WHERE i.plan_id = ap.id AND i.kind = 'target')
          OR NOT EXISTS (SELECT 1 FROM action_plan_item i WHERE i.plan_id = ap.id AND i.kind = 'example'))::int AS incomplete`.execute(db)
    ).rows[0];
    expect(bad).toEqual({ foreign_indicators: 0, untracked: 0, tasks: 0, incomplete: 0 });
    const tied = await db.selectFrom('action_plan_item').select('id').where('indicator_id', 'is not', null).execute();
    expect(tied.length).toBeGreaterThan(10);

    // Late: a milestone of an approved plan not done after its date, once January's last day has passed.
    const late = await db
      .selectFrom('task_milestone as m')
      .innerJoin('action_plan_item as i', 'i.task_id', 'm.task_id')
      .select('m.id')
      .where('m.done_on', 'is', null)
      .where('m.due_date', '<', summary.anchor)
      .execute();
    expect(late.length > 0).toBe(summary.anchor > `${year}-01-31`);
  });
}
