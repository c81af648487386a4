// Test cases of the demo's planning, registered by demo.test.ts for each anchor: a plan for 2025–2030 and
// for 2030–2035 in the province and every commune, a draft in commune #1 for 2030–2035 and approved
// elsewhere, candidates the rules accept, at least one post without a candidate, in commune #2 a target-2
// candidate too old for the age rule now, a top-up under review, and a candidate removed by a discipline
// through the planning listener (audited); the procedure's records of the last closed review window; the
// secretary post of commune #1's draft left for the user, with three people the rules accept (decision 0037).
import { expect, it } from 'vitest';
import { blockingChecks, checkCandidateProposal, checkPlanningAge, type PlanEntry } from '../../domain/planning/index.js';
import { loadLadder, loadPlanningSettings, standardCodesOf } from '../modules/planning/index.js';
import { loadRetirementSchedule } from '../modules/people/index.js';
import type { DemoCtx } from './demo-org.cases.js';

export function demoPlanningCases(ctx: DemoCtx) {
  it('plans the province and every commune for both terms: a draft in commune #1 for 2030–2035, approved elsewhere, one too old for target 2', async () => {
    const { db, summary } = ctx();
    const plans = await db.selectFrom('planning_plan').select(['id', 'unit_id', 'status', 'term_id']).execute();
    const units = [summary.provinceUnitId, ...summary.communeUnitIds].sort();
    for (const term of ['party-2025-2030', 'party-2030-2035'])
      expect(
        plans
          .filter((p) => p.term_id === term)
          .map((p) => p.unit_id)
          .sort(),
      ).toEqual(units);
    expect(plans).toHaveLength(units.length * 2);
    for (const p of plans)
      expect(p.status).toBe(p.unit_id === summary.communeUnitIds[0] && p.term_id === 'party-2030-2035' ? 'draft' : 'approved');
    const candidates = await db
      .selectFrom('planning_candidate as c')
      .innerJoin('person as p', 'p.id', 'c.person_id')
      .select(['c.plan_id', 'c.post_code', 'c.target_level', 'c.status', 'c.removal_kind', 'p.gender', 'p.date_of_birth'])
      .execute();
    const second = (term: string) => plans.find((p) => p.unit_id === summary.communeUnitIds[1] && p.term_id === term)!;
    for (const p of plans) {
      const mine = candidates.filter((c) => c.plan_id === p.id && c.status !== 'removed');
      expect(mine.length).toBeGreaterThan(0);
      // Commune #2's 2025–2030 plan is being topped up: one proposed candidate beside the approved ones.
      const want = p.status === 'draft' ? ['proposed'] : p.id === second('party-2025-2030').id ? ['approved', 'proposed'] : ['approved'];
      expect([...new Set(mine.map((c) => c.status))].sort()).toEqual(want);
    }
    const settings = await loadPlanningSettings(db);
    const schedule = await loadRetirementSchedule(db);
    const tooOld = candidates.filter(
      (c) =>
        c.plan_id === second('party-2030-2035').id &&
        c.target_level === 2 &&
        c.status !== 'removed' &&
        checkPlanningAge(
          { gender: c.gender, dateOfBirth: c.date_of_birth, targetLevel: 2, referenceMonth: '2030-07' },
          settings.age,
          schedule,
        ).outcome === 'fail',
    );
    expect(tooOld).toHaveLength(1);
    // Not every post finds a candidate the rules accept: some stay empty in each plan.
    const leadership = await db.selectFrom('planning_ladder_post').select(['code', 'unit_kind']).where('kind', '=', 'leadership').execute();
    for (const p of plans) {
      const kind = p.unit_id === summary.provinceUnitId ? 'province' : 'commune';
      expect(new Set(candidates.filter((c) => c.plan_id === p.id).map((c) => c.post_code)).size).toBeLessThan(
        leadership.filter((l) => l.unit_kind === kind).length,
      );
    }
  });

  it('removes the disciplined candidate through the planning listener, audited with the decision cited', async () => {
    const { db } = ctx();
    const removed = await db
      .selectFrom('planning_candidate')
      .select(['id', 'person_id', 'removal_reason', 'discipline_id'])
      .where('removal_kind', '=', 'discipline')
      .execute();
    expect(removed.length).toBeGreaterThan(0);
    expect(new Set(removed.map((r) => r.person_id)).size).toBe(1);
    for (const r of removed) {
      expect(r.removal_reason).toContain('07-QĐ/UBKT');
      expect(r.discipline_id).not.toBeNull();
    }
    const events = await db
      .selectFrom('audit_event')
      .select(['entity_id', 'after'])
      .where('action', '=', 'planning.candidate.remove')
      .execute();
    expect(events.map((e) => e.entity_id).sort()).toEqual(removed.map((r) => r.id).sort());
    for (const e of events) expect(e.after).toMatchObject({ basis: 'discipline', status: 'removed' });
  });

  it('records the last closed review window: the review held but in commune #2, the report sent by communes #3–#5', async () => {
    const { db, summary } = ctx();
    const records = await db.selectFrom('planning_procedure_record').select(['unit_id', 'kind', 'year', 'document_ref']).execute();
    const year = Number(summary.anchor.slice(0, 4));
    const closed = summary.anchor > `${String(year)}-03-31` ? year : year - 1;
    const reviews = records.filter((r) => r.kind === 'yearly_review');
    expect(reviews.map((r) => r.unit_id).sort()).toEqual(summary.communeUnitIds.filter((_, i) => i !== 1).sort());
    for (const r of records) expect(r.year).toBe(closed);
    const reports = records.filter((r) => r.kind === 'approval_report');
    expect(reports.every((r) => r.document_ref !== null && summary.communeUnitIds.indexOf(r.unit_id) >= 2)).toBe(true);
    if (summary.anchor >= `${String(closed)}-05-28`) expect(reports).toHaveLength(summary.communeUnitIds.length - 2);
  });

  it("leaves commune #1's draft secretary post to the user: three people below the secretary the rules accept, one too old for target 2", async () => {
    const { db, summary } = ctx();
    const unitId = summary.communeUnitIds[0];
    const plan = await db
      .selectFrom('planning_plan')
      .select('id')
      .where('unit_id', '=', unitId)
      .where('term_id', '=', 'party-2030-2035')
      .executeTakeFirstOrThrow();
    const active = await db
      .selectFrom('planning_candidate')
      .select(['person_id', 'post_code', 'target_level'])
      .where('plan_id', '=', plan.id)
      .where('status', '<>', 'removed')
      .execute();
    expect(active.filter((c) => c.post_code === 'commune.party.secretary')).toEqual([]);
    const holders = await db
      .selectFrom('tenure as t')
      .innerJoin('planning_post_code as pc', 'pc.post_id', 't.post_id')
      .innerJoin('post as po', 'po.id', 't.post_id')
      .innerJoin('org_unit_closure as c', 'c.descendant_id', 'po.unit_id')
      .innerJoin('person as pe', 'pe.id', 't.person_id')
      .select([
        'pe.id',
        'pe.gender',
        'pe.date_of_birth',
        'pe.education_level',
        'pe.political_theory_level',
        'pe.state_management_level',
        'pc.ladder_code',
      ])
      .where('c.ancestor_id', '=', unitId)
      .where('t.start_date', '<=', summary.anchor)
      .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', summary.anchor)]))
      .execute();
    const holderOf = (code: string) => {
      const h = holders.filter((x) => x.ladder_code === code);
      expect(h).toHaveLength(1);
      return h[0];
    };
    const settings = await loadPlanningSettings(db);
    const schedule = await loadRetirementSchedule(db);
    const { ladder, byCode } = await loadLadder(db);
    const post = byCode.get('commune.party.secretary')!;
    const entries: PlanEntry[] = active.map((c) => ({ personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level }));
    const propose = (
      p: (typeof holders)[number],
      targetLevel: 1 | 2,
      training: Array<{ dimension: string; level: string; expectedBy: string }> = [],
    ) =>
      checkCandidateProposal(
        ladder,
        entries,
        {
          personId: p.id,
          postCode: post.code,
          targetLevel,
          currentPosts: holders.filter((x) => x.id === p.id).map((x) => x.ladder_code),
          gender: p.gender,
          dateOfBirth: p.date_of_birth,
          referenceMonth: '2030-07',
          standards: { required: post.standards as Record<string, string>, held: standardCodesOf(p), training },
        },
        settings,
        schedule,
      );
    const standing = holderOf('commune.party.standing_deputy_secretary');
    const chair = holderOf('commune.pc.chair');
    const deputy = holderOf('commune.party.deputy_secretary');
    expect(new Set([standing.id, chair.id, deputy.id]).size).toBe(3);
    // The standing deputy: target 1, too old for target 2 (the age rule alone refuses).
    expect(blockingChecks(propose(standing, 2)).map((c) => c.code)).toEqual(['planning.age.months_left']);
    const accepted: Array<[(typeof holders)[number], 1 | 2, Array<{ dimension: string; level: string; expectedBy: string }>]> = [
      [standing, 1, []],
      [chair, 2, []],
      // Target 2 without the advanced political theory yet: accepted with the course planned.
      [deputy, 2, [{ dimension: 'political_theory', level: 'advanced', expectedBy: '2029-06-30' }]],
    ];
    expect(blockingChecks(propose(deputy, 2)).map((c) => c.code)).toEqual(['planning.standard.no_training']);
    for (const [p, target, training] of accepted) {
      expect(blockingChecks(propose(p, target, training))).toEqual([]);
      entries.push({ personId: p.id, postCode: post.code, targetLevel: target });
    }
  });
}
