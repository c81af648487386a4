// The province-wide view on a real database: 401, 403 for a role that never reads plans, 404 for a
// unit outside the reader's scope exactly like a missing one, 400 naming termId; the level above sees
// approved plans only, inspection drafts too; posts with no candidate, posts over the cap, units with
// no plan (a draft the level above may not open is named as a draft), people in more posts than allowed,
// the structure against the configured targets; each reader's counts are what their plan page shows.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type PlanningWorld, holdLadderPost, planningWorld, qualifiedPerson } from './planning.test-support.js';

let t: TestContext;
let w: PlanningWorld;
const as = async (who: keyof PlanningWorld['accounts']) =>
  client(t.app, await signIn(t.app, w.accounts[who].username, w.accounts[who].password));
const TERM = 'party-2030-2035';
const SECRETARY = 'commune.party.secretary';
let planId = '';
let busy = '';

beforeAll(async () => {
  t = await createTestApp();
  w = await planningWorld(t.db);
  const org = await as('organising');
  const plan = (await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: TERM })).json();
  planId = plan.id;
  let version = plan.version;
  for (const [gender, dob] of [
    ['female', '1990-05-01'],
    ['male', '1975-01-01'],
  ] as const) {
    const p = await qualifiedPerson(t.db, w.tree.communeA, { gender, date_of_birth: dob });
    await holdLadderPost(t.db, w.tree.communeA, p, 'commune.party.standing_deputy_secretary');
    const res = await org.post(`/api/planning/plans/${planId}/candidates`, { version, postCode: SECRETARY, personId: p, targetLevel: 1 });
    expect(res.statusCode, res.body).toBe(201);
    version = res.json().plan.version;
    busy = p;
  }
  // A person planned for four posts at one approving level: the rules refuse it as the plan is built,
  // so it can only come from data entered around them (an import, a ladder change) — the view finds it.
  for (const post of ['commune.party.deputy_secretary', 'commune.front.chair', 'commune.inspection.chair']) {
    await t.db
      .insertInto('planning_candidate')
      .values({
        id: randomUUID(),
        plan_id: planId,
        post_code: post,
        person_id: busy,
        target_level: 1,
        source: 'inside',
        training: '[]',
        status: 'proposed',
        added_on: todayInVietnam(),
      })
      .execute();
  }
}, 90_000);
afterAll(async () => t?.close());

describe('GET /api/planning/overview', () => {
  it('401 without a session, 403 for a cadre, 404 outside the scope like a missing unit, 400 naming termId', async () => {
    expect((await client(t.app, null).get(`/api/planning/overview?termId=${TERM}`)).statusCode).toBe(401);
    expect((await (await as('cadre')).get(`/api/planning/overview?termId=${TERM}`)).statusCode).toBe(403);
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/planning/overview?termId=${TERM}&unitId=${w.tree.communeA}`);
    const missing = await other.get(`/api/planning/overview?termId=${TERM}&unitId=${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    const bad = await (await as('inspection')).get(`/api/planning/overview?termId=nope`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('termId');
  });

  it('inspection sees the draft: posts without a candidate, the units with no plan, the person in four posts, the structure', async () => {
    const res = await (await as('inspection')).get(`/api/planning/overview?termId=${TERM}&unitId=${w.tree.provinceId}`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.unit.id).toBe(w.tree.provinceId);
    expect(o.plans).toHaveLength(1);
    const row = o.plans[0];
    expect(row).toMatchObject({ planId, unitId: w.tree.communeA, status: 'draft', candidates: 5 });
    expect(row.postsWithoutCandidate.map((p: { code: string }) => p.code)).not.toContain(SECRETARY);
    expect(row.postsWithoutCandidate.map((p: { code: string }) => p.code)).toContain('commune.party.office_chief');
    expect(row.postsWithoutCandidate[0].title).not.toMatch(/^commune\./);
    expect(o.unitsWithoutPlan.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([w.tree.provinceId, w.tree.communeB]));
    expect(o.overPosts).toHaveLength(1);
    expect(o.overPosts[0].check.outcome).toBe('fail');
    expect(o.overPosts[0].check.message).toContain('377-QĐ/TW');
    // Two people: one woman, one born 1990 (young at 07/2030 under 40): 50% each; targets 15% and 10% met.
    expect(o.structure.total).toBe(2);
    expect(o.structure.shares.female).toEqual({ count: 1, pct: 50 });
    expect(o.structure.shares.young.count).toBe(1);
    expect(o.structure.targets).toMatchObject({ young: 10, female: 15 });
    expect(o.structure.shares.scienceTechnology.count).toBe(0);
  });

  it("the level above sees no draft's content but the draft, never 'no plan'; after approval the plan appears", async () => {
    const province = await as('provinceOrganising');
    const before = (await province.get(`/api/planning/overview?termId=${TERM}`)).json();
    expect(before.plans).toEqual([]);
    expect(before.drafts).toEqual([{ unitId: w.tree.communeA, unitName: expect.any(String) }]);
    expect(before.unitsWithoutPlan.map((u: { id: string }) => u.id)).not.toContain(w.tree.communeA);
    expect(before.unitsWithoutPlan.map((u: { id: string }) => u.id)).toContain(w.tree.communeB);
    const version = (await (await as('organising')).get(`/api/planning/plans/${planId}`)).json().version;
    const ok = await (
      await as('standing')
    ).post(`/api/planning/plans/${planId}/approve`, {
      version,
      decisionRef: '15-QĐ/ĐU',
      decisionDate: todayInVietnam(),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await province.get(`/api/planning/overview?termId=${TERM}`)).json();
    expect(after.plans.map((p: { planId: string }) => p.planId)).toEqual([planId]);
    expect(after.drafts).toEqual([]);
  });

  it('counts what each reader sees: a proposed top-up is counted by the unit, not by the level above; people apart from entries', async () => {
    // A top-up proposed after the approval (written directly: outside the review window the API refuses it).
    const extra = await qualifiedPerson(t.db, w.tree.communeA, { gender: 'male', date_of_birth: '1988-03-01' });
    await t.db
      .insertInto('planning_candidate')
      .values({
        id: randomUUID(),
        plan_id: planId,
        post_code: 'commune.front.chair',
        person_id: extra,
        target_level: 1,
        source: 'inside',
        training: '[]',
        status: 'proposed',
        added_on: todayInVietnam(),
      })
      .execute();
    const province = await as('provinceOrganising');
    const above = (await province.get(`/api/planning/overview?termId=${TERM}`)).json();
    expect(above.plans[0].candidates).toBe(5);
    const unitAbove = (await province.get(`/api/planning/units/${w.tree.communeA}/plans`)).json();
    expect(unitAbove.items.find((i: { term: { id: string } }) => i.term.id === TERM).plan).toMatchObject({ candidates: 5, people: 2 });
    const own = (await (await as('organising')).get(`/api/planning/units/${w.tree.communeA}/plans`)).json();
    expect(own.items.find((i: { term: { id: string } }) => i.term.id === TERM).plan).toMatchObject({ candidates: 6, people: 3 });
    // The plan page shows the same entries each reader counted.
    const page = (await province.get(`/api/planning/plans/${planId}`)).json();
    expect(page.posts.reduce((n: number, p: { candidates: unknown[] }) => n + p.candidates.length, 0)).toBe(5);
  });
});
