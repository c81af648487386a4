// Test cases of the demo's planning, registered by demo.test.ts for each anchor: a 2030–2035 plan in
// every commune, a draft in commune #1 and approved elsewhere, candidates the rules accept, at least one
// post without a candidate, and in commune #2 a target-2 candidate too old for the age rule now.
import { expect, it } from 'vitest';
import { checkPlanningAge } from '../../domain/planning/index.js';
import { loadPlanningSettings } from '../modules/planning/index.js';
import { loadRetirementSchedule } from '../modules/people/index.js';
import type { DemoCtx } from './demo-org.cases.js';

export function demoPlanningCases(ctx: DemoCtx) {
  it('plans every commune for 2030–2035: a draft in commune #1, approved elsewhere, one candidate too old for target 2', async () => {
    const { db, summary } = ctx();
    const plans = await db.selectFrom('planning_plan').select(['id', 'unit_id', 'status', 'term_id']).execute();
    expect(plans.map((p) => p.unit_id).sort()).toEqual([...summary.communeUnitIds].sort());
    for (const p of plans) {
      expect(p.term_id).toBe('party-2030-2035');
      expect(p.status).toBe(p.unit_id === summary.communeUnitIds[0] ? 'draft' : 'approved');
    }
    const candidates = await db
      .selectFrom('planning_candidate as c')
      .innerJoin('person as p', 'p.id', 'c.person_id')
      .select(['c.plan_id', 'c.post_code', 'c.target_level', 'c.status', 'p.gender', 'p.date_of_birth'])
      .execute();
    expect(candidates.length).toBeGreaterThan(plans.length);
    for (const p of plans) {
      // A candidate disciplined since the approval left the plan (the personnel demo): the others keep its status.
      const mine = candidates.filter((c) => c.plan_id === p.id && c.status !== 'removed');
      expect(mine.length).toBeGreaterThan(0);
      expect(new Set(mine.map((c) => c.status))).toEqual(new Set([p.status === 'approved' ? 'approved' : 'proposed']));
    }
    const settings = await loadPlanningSettings(db);
    const schedule = await loadRetirementSchedule(db);
    const second = plans.find((p) => p.unit_id === summary.communeUnitIds[1])!;
    const tooOld = candidates.filter(
      (c) =>
        c.plan_id === second.id &&
        c.target_level === 2 &&
        checkPlanningAge(
          { gender: c.gender, dateOfBirth: c.date_of_birth, targetLevel: 2, referenceMonth: '2030-07' },
          settings.age,
          schedule,
        ).outcome === 'fail',
    );
    expect(tooOld).toHaveLength(1);
    // Not every post finds a candidate the rules accept: some stay empty in each plan.
    const leadership = (
      await db
        .selectFrom('planning_ladder_post')
        .select('code')
        .where('unit_kind', '=', 'commune')
        .where('kind', '=', 'leadership')
        .execute()
    ).length;
    for (const p of plans)
      expect(new Set(candidates.filter((c) => c.plan_id === p.id).map((c) => c.post_code)).size).toBeLessThan(leadership);
  });
}
