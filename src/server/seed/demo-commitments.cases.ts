// Test cases of the demo's annual commitments, registered by demo.test.ts for each anchor: the demo
// year's commitments at every stage the anchor allows, 2–3 actions each, reports and assessments only
// once their window has opened, and none for the cadre demo account (the user writes it).
import { expect, it } from 'vitest';
import { DEFAULT_COMMITMENT_RULES, reportOpensOn } from '../../domain/commitments.js';
import type { DemoCtx } from './demo-org.cases.js';

export function demoCommitmentsCases(ctx: DemoCtx) {
  it('writes the demo year’s commitments at the stages the date allows, none for the cadre account', async () => {
    const { db, summary } = ctx();
    const year = Number(summary.anchor.slice(0, 4));
    const rows = await db.selectFrom('commitment').select(['id', 'year', 'status', 'person_id']).execute();
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([year]));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']));
    const canbo = await db.selectFrom('account').select('person_id').where('username', '=', 'canbo').executeTakeFirstOrThrow();
    expect(rows.some((r) => r.person_id === canbo.person_id)).toBe(false);
    const actions = await db.selectFrom('commitment_action').select(['commitment_id', 'final_report', 'assessment']).execute();
    const per = new Map<string, number>();
    for (const a of actions) per.set(a.commitment_id, (per.get(a.commitment_id) ?? 0) + 1);
    for (const n of per.values()) expect(n >= DEFAULT_COMMITMENT_RULES.minActions && n <= DEFAULT_COMMITMENT_RULES.maxActions).toBe(true);
    const finalOpen = summary.anchor >= reportOpensOn(year, 'final', DEFAULT_COMMITMENT_RULES);
    expect(actions.some((a) => a.final_report !== null)).toBe(finalOpen);
    expect(actions.some((a) => a.assessment !== null)).toBe(finalOpen);
    expect(actions.every((a) => a.assessment === null || a.final_report !== null)).toBe(true);
  });
}
