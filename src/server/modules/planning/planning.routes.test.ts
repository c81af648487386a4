// Planning API on a real database: 401, 404 outside the scope (like a missing plan), 400 naming the field
// and the rule with its citation and numbers, the happy path with its audit, 409 on a stale version,
// approval by the standing committee (never of one's own inclusion), the level above and inspection,
// the plan as it stood on a past day, and the removal of a disciplined candidate.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInVietnam } from '../../../domain/dates.js';
import { DEFAULT_PLANNING_SETTINGS, monthsLeftAt } from '../../../domain/planning/index.js';
import { parseRetirementSchedule } from '../../../domain/retirement.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { lastAudit } from '../../test/factories.js';
import { type PlanningWorld, holdLadderPost, planningWorld, qualifiedPerson } from './planning.test-support.js';

let t: TestContext;
let w: PlanningWorld;
const as = async (who: keyof PlanningWorld['accounts'], lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, w.accounts[who].username, w.accounts[who].password), lang);

beforeAll(async () => {
  t = await createTestApp();
  w = await planningWorld(t.db);
});
afterAll(async () => t.close());

const SECRETARY = 'commune.party.secretary';
const DEPUTY = 'commune.party.deputy_secretary';
const STANDING_DEPUTY = 'commune.party.standing_deputy_secretary';

describe('planning API', () => {
  let planId = '';
  let version = 0;

  it('answers 401 without a session', async () => {
    const res = await client(t.app, null).get(`/api/planning/plans/${randomUUID()}`);
    expect(res.statusCode).toBe(401);
  });

  it('lists the terms with their reference months; only configured terms are plannable', async () => {
    const res = await (await as('cadre')).get('/api/planning/terms');
    expect(res.statusCode).toBe(200);
    const party = res.json().items.find((x: { id: string }) => x.id === 'party-2030-2035');
    expect(party.referenceMonths).toEqual({ grassroots: '2030-04', commune: '2030-07', province: '2030-09' });
    expect(party.plannable).toBe(true);
    // Chỉ thị 45-CT/TW: the 2025 congresses' months (decision 0030); the State's terms: the elections' months (decision 0037).
    expect(res.json().items.find((x: { id: string }) => x.id === 'party-2025-2030').referenceMonths).toEqual({
      grassroots: '2025-04',
      commune: '2025-07',
      province: '2025-09',
    });
    expect(res.json().items.find((x: { id: string }) => x.id === 'state-2026-2031')).toMatchObject({
      referenceMonths: { state: '2026-03' },
      plannable: true,
    });
    expect(res.json().items.find((x: { id: string }) => x.id === 'state-2031-2036').referenceMonths).toEqual({ state: '2031-03' });
    expect(res.json().items.find((x: { id: string }) => x.id === 'state-2021-2026').plannable).toBe(false);
  });

  it('refuses a plan for a term without a reference month, a unit outside the scope, and a role that never prepares', async () => {
    const org = await as('organising');
    const noMonth = await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'state-2021-2026' });
    expect(noMonth.statusCode).toBe(400);
    expect(noMonth.json().details[0].field).toBe('termId');
    const foreign = await (await as('otherOrganising')).post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'party-2030-2035' });
    const missing = await (await as('otherOrganising')).post('/api/planning/plans', { unitId: randomUUID(), termId: 'party-2030-2035' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toEqual(missing.json());
    expect(
      (await (await as('standing')).post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'party-2030-2035' })).statusCode,
    ).toBe(403);
  });

  it('creates the commune plan for 2030–2035 (audited), once', async () => {
    const org = await as('organising');
    const res = await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'party-2030-2035' });
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    planId = plan.id;
    version = plan.version;
    expect(plan.status).toBe('draft');
    const secretary = plan.posts.find((p: { code: string }) => p.code === SECRETARY);
    expect(secretary).toMatchObject({ title: 'Bí thư Đảng ủy', referenceMonth: '2030-07', cap: 3, candidates: [] });
    // The council chair is held by the secretary by structure: never planned on its own.
    expect(plan.posts.some((p: { code: string }) => p.code === 'commune.council.chair')).toBe(false);
    expect(plan.concurrentPosts.map((p: { code: string }) => p.code)).toContain('commune.council.chair');
    expect((await lastAudit(t.db, 'planning_plan', planId))?.action).toBe('planning.plan.create');
    const again = await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'party-2030-2035' });
    expect(again.statusCode).toBe(409);
  });

  it('hides the plan from other communes exactly like a missing one, and from roles that have no part in planning', async () => {
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/planning/plans/${planId}`);
    const missing = await other.get(`/api/planning/plans/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await (await as('cadre')).get(`/api/planning/plans/${planId}`)).statusCode).toBe(404);
    // The level above sees only approved plans; inspection reads drafts too.
    expect((await (await as('provinceOrganising')).get(`/api/planning/plans/${planId}`)).statusCode).toBe(404);
    expect((await (await as('inspection')).get(`/api/planning/plans/${planId}`)).statusCode).toBe(200);
  });

  it('adds a target-1 candidate with every check shown and audited', async () => {
    const p = await qualifiedPerson(t.db, w.tree.communeA, { date_of_birth: '1978-02-01' });
    await holdLadderPost(t.db, w.tree.communeA, p, STANDING_DEPUTY);
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: SECRETARY,
      personId: p,
      targetLevel: 1,
    });
    expect(res.statusCode).toBe(201);
    const { plan, warnings } = res.json();
    version = plan.version;
    expect(warnings).toEqual([]);
    const c = plan.posts.find((x: { code: string }) => x.code === SECRETARY).candidates[0];
    expect(c).toMatchObject({ personId: p, targetLevel: 1, source: 'inside', status: 'proposed', referenceMonth: '2030-07' });
    expect(c.ageAtReference).toEqual({ years: 52, months: 5 });
    expect(c.ratings.map((r: { year: number }) => r.year)).toHaveLength(3);
    expect(c.checks.map((x: { code: string }) => x.code)).toEqual([
      'planning.post.ok',
      'planning.cap.candidates_per_post.ok',
      'planning.cap.posts_per_candidate.ok',
      'planning.age.ok',
      'planning.standard.ok',
      'planning.standard.ok',
    ]);
    expect(c.checks[0].message).toContain('Quy định 377-QĐ/TW');
    const audit = await lastAudit(t.db, 'planning_candidate', c.id);
    expect(audit?.action).toBe('planning.candidate.add');
    expect(audit?.person_id).toBe(p);
  });

  it('refuses a candidate for their current post, naming the field and the rule', async () => {
    const p = await qualifiedPerson(t.db, w.tree.communeA);
    await holdLadderPost(t.db, w.tree.communeA, p, DEPUTY);
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: DEPUTY,
      personId: p,
      targetLevel: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('postCode');
    expect(res.json().details[0].message).toContain('không quy hoạch vào chức danh đang đảm nhiệm (Phó Bí thư Đảng ủy)');
    expect(res.json().details[0].message).toContain('Quy định 377-QĐ/TW');
    const plan = await (await as('organising')).get(`/api/planning/plans/${planId}`);
    expect(plan.json().version).toBe(version);
  });

  it('refuses a target-2 candidate with 100 months left at 07/2030, with the numbers (English on request)', async () => {
    const p = await qualifiedPerson(t.db, w.tree.communeA, { date_of_birth: '1976-10-15' });
    const schedule = parseRetirementSchedule(
      (await t.db.selectFrom('regulation_setting').select('value').where('key', '=', 'retirement.schedule').executeTakeFirstOrThrow())
        .value,
    );
    expect(monthsLeftAt('male', '1976-10-15', '2030-07', schedule)).toBe(100);
    await holdLadderPost(t.db, w.tree.communeA, p, DEPUTY);
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates?lang=en`, {
      version,
      postCode: SECRETARY,
      personId: p,
      targetLevel: 2,
    });
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { field: string }) => x.field === 'targetLevel');
    expect(d.message).toContain('target 2 needs at least 120 months of work before retirement at 07/2030; 100 months are left');
    expect(d.message).toContain('Nghị định 135/2020/NĐ-CP');
  });

  it('refuses a 4th candidate for one post with the cap and the count', async () => {
    for (let i = 0; i < 2; i++) {
      const p = await qualifiedPerson(t.db, w.tree.communeA, { given_name: `Ứng${i}` });
      await holdLadderPost(t.db, w.tree.communeA, p, DEPUTY);
      const res = await (
        await as('organising')
      ).post(`/api/planning/plans/${planId}/candidates`, {
        version,
        postCode: SECRETARY,
        personId: p,
        targetLevel: 2,
      });
      expect(res.statusCode, res.body).toBe(201);
      version = res.json().plan.version;
    }
    const fourth = await qualifiedPerson(t.db, w.tree.communeA, { given_name: 'Tư' });
    await holdLadderPost(t.db, w.tree.communeA, fourth, DEPUTY);
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: SECRETARY,
      personId: fourth,
      targetLevel: 2,
    });
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { field: string }) => x.field === 'postCode');
    expect(d.message).toContain('Bí thư Đảng ủy có 1 vị trí, tối đa 3 người quy hoạch; đang có 4');
  });

  it('says so when the person holds no post of the ladder, instead of a dash', async () => {
    const p = await qualifiedPerson(t.db, w.tree.communeA);
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: DEPUTY,
      personId: p,
      targetLevel: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].message).toContain('so với vị trí chưa giữ chức danh nào của thang');
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const p = await qualifiedPerson(t.db, w.tree.communeA);
    await holdLadderPost(t.db, w.tree.communeA, p, 'commune.pc.division_head');
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version: version - 1,
      postCode: 'commune.pc.vice_chair',
      personId: p,
      targetLevel: 1,
    });
    expect(res.statusCode).toBe(409);
  });

  it('removes a candidate with the reason (audited) and shows the plan as it stood before', async () => {
    const org = await as('organising');
    const before = (await org.get(`/api/planning/plans/${planId}`)).json();
    const victim = before.posts.find((x: { code: string }) => x.code === SECRETARY).candidates[2];
    const past = addMonths(todayInVietnam(), -1);
    await t.db.updateTable('planning_candidate').set({ added_on: past }).where('id', '=', victim.id).execute();
    const res = await org.post(`/api/planning/candidates/${victim.id}/remove`, { version, reason: 'Xin rút khỏi quy hoạch' });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
    expect(res.json().removed.map((c: { id: string }) => c.id)).toContain(victim.id);
    expect((await lastAudit(t.db, 'planning_candidate', victim.id))?.action).toBe('planning.candidate.remove');
    const then = (await org.get(`/api/planning/plans/${planId}?asOf=${past}`)).json();
    const ids = then.posts.flatMap((p: { candidates: Array<{ id: string }> }) => p.candidates.map((c) => c.id));
    expect(ids).toEqual([victim.id]);
  });

  it('approves only by the standing committee with a decision number, never one’s own inclusion', async () => {
    const org = await as('organising');
    expect(
      (await org.post(`/api/planning/plans/${planId}/approve`, { version, decisionRef: '12-QĐ/ĐU', decisionDate: todayInVietnam() }))
        .statusCode,
    ).toBe(403);
    const standing = await as('standing');
    const noRef = await standing.post(`/api/planning/plans/${planId}/approve`, { version, decisionDate: todayInVietnam() });
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().details[0].field).toBe('decisionRef');
    // The standing member is himself a candidate: refused by name.
    await holdLadderPost(t.db, w.tree.communeA, w.standingPersonId, DEPUTY);
    const own = await org.post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: STANDING_DEPUTY,
      personId: w.standingPersonId,
      targetLevel: 1,
    });
    expect(own.statusCode, own.body).toBe(201);
    version = own.json().plan.version;
    const refused = await standing.post(`/api/planning/plans/${planId}/approve`, {
      version,
      decisionRef: '12-QĐ/ĐU',
      decisionDate: todayInVietnam(),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('own_work.planning');
    const ownId = own.json().plan.posts.find((p: { code: string }) => p.code === STANDING_DEPUTY).candidates[0].id;
    const rm = await org.post(`/api/planning/candidates/${ownId}/remove`, { version, reason: 'Để Ban Thường vụ xét riêng' });
    version = rm.json().version;
    const ok = await standing.post(`/api/planning/plans/${planId}/approve`, {
      version,
      decisionRef: '12-QĐ/ĐU',
      decisionDate: todayInVietnam(),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    version = ok.json().version;
    expect(ok.json().status).toBe('approved');
    expect(ok.json().approvals).toEqual([{ decisionRef: '12-QĐ/ĐU', decisionDate: todayInVietnam(), candidates: 2 }]);
    expect((await lastAudit(t.db, 'planning_plan', planId))?.action).toBe('planning.approve');
    // Now the level above reads it.
    expect((await (await as('provinceOrganising')).get(`/api/planning/plans/${planId}`)).statusCode).toBe(200);
  });

  it('refuses to change an approved plan outside the yearly review', async () => {
    const month = Number(todayInVietnam().slice(5, 7));
    const other = (month % 12) + 1; // a review window that is not this month
    await t.db
      .insertInto('regulation_setting')
      .values({
        key: 'planning.cadence',
        effective_from: todayInVietnam(),
        value: JSON.stringify({ ...DEFAULT_PLANNING_SETTINGS.cadence, reviewFromMonth: other, reviewToMonth: other }),
        source: 'test',
      })
      .execute();
    const p = await qualifiedPerson(t.db, w.tree.communeA);
    await holdLadderPost(t.db, w.tree.communeA, p, 'commune.pc.division_head');
    const res = await (
      await as('organising')
    ).post(`/api/planning/plans/${planId}/candidates`, {
      version,
      postCode: 'commune.pc.vice_chair',
      personId: p,
      targetLevel: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('planning.plan.outside_review');
    await t.db.deleteFrom('regulation_setting').where('key', '=', 'planning.cadence').where('source', '=', 'test').execute();
  });

  it('removes a disciplined candidate at once when the conduct module records the discipline', async () => {
    const plan = (await (await as('organising')).get(`/api/planning/plans/${planId}`)).json();
    const c = plan.posts.find((x: { code: string }) => x.code === SECRETARY).candidates[0];
    const res = await (
      await as('organising')
    ).post(`/api/people/${c.personId}/disciplines`, {
      kind: 'reprimand',
      decidedOn: todayInVietnam(),
      reason: 'Vi phạm quy định',
      decisionRef: '05-QĐ/UBKT',
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = (await (await as('organising')).get(`/api/planning/plans/${planId}`)).json();
    expect(after.version).toBeGreaterThan(plan.version);
    const removed = after.removed.find((x: { id: string }) => x.id === c.id);
    expect(removed).toMatchObject({ status: 'removed', removalKind: 'discipline' });
    expect(removed.removalReason).toContain('05-QĐ/UBKT');
    const audit = await lastAudit(t.db, 'planning_candidate', c.id);
    expect(audit?.action).toBe('planning.candidate.remove');
    expect((audit?.after as { basis: string }).basis).toBe('discipline');
  });

  it('records a ballot round and computes who reaches the threshold', async () => {
    const org = await as('organising');
    const plan = (await org.get(`/api/planning/plans/${planId}`)).json();
    const ids = plan.posts.find((x: { code: string }) => x.code === SECRETARY).candidates.map((c: { personId: string }) => c.personId);
    expect(ids.length).toBeGreaterThan(0);
    const over = await org.post(`/api/planning/plans/${planId}/ballots`, {
      version: plan.version,
      postCode: SECRETARY,
      round: 1,
      heldOn: todayInVietnam(),
      members: 15,
      present: 16,
      votes: [{ personId: ids[0], votes: 9 }],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().details[0].field).toBe('present');
    const res = await org.post(`/api/planning/plans/${planId}/ballots`, {
      version: plan.version,
      postCode: SECRETARY,
      round: 1,
      heldOn: todayInVietnam(),
      members: 15,
      present: 14,
      votes: [{ personId: ids[0], votes: 8 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const ballot = res.json().posts.find((x: { code: string }) => x.code === SECRETARY).ballot;
    expect(ballot.selected).toEqual([ids[0]]);
    expect(ballot.rounds[0].candidates[0].check.message).toContain('8 phiếu');
    expect((await lastAudit(t.db, 'planning_plan', planId))?.action).toBe('planning.ballot.record');
  });

  it('lists at the yearly review who no longer meets the rules', async () => {
    const res = await (await as('inspection')).get(`/api/planning/plans/${planId}/review?year=2027`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect(res.json().items[0].findings[0].message).toContain('Quy định 377-QĐ/TW');
  });

  it('lets only an administrator of a top-level unit edit the ladder, checked as a whole', async () => {
    const ladder = (await (await as('cadre')).get('/api/planning/ladder')).json();
    const post = ladder.posts.find((p: { code: string }) => p.code === 'commune.front.chair');
    expect(ladder.actions.edit).toBe(false);
    const body = {
      version: post.version,
      rank: post.rank,
      group: post.group,
      seats: 2,
      approvingLevel: post.approvingLevel,
      concurrentWith: post.concurrentWith,
      titleVi: post.titleVi,
      titleEn: post.titleEn,
      standards: { qualification: 'bachelor', political_theory: 'intermediate' },
    };
    expect((await (await as('organising')).put('/api/planning/ladder/commune.front.chair', body)).statusCode).toBe(403);
    const admin = await as('admin');
    const bad = await admin.put('/api/planning/ladder/commune.front.chair', { ...body, standards: { qualification: 'phd' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('standards.qualification');
    const ok = await admin.put('/api/planning/ladder/commune.front.chair', body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().seats).toBe(2);
    expect((await lastAudit(t.db, 'planning_ladder_post', 'commune.front.chair'))?.action).toBe('planning.ladder.update');
    expect((await admin.put('/api/planning/ladder/commune.front.chair', body)).statusCode).toBe(409);
  });

  it('takes a target-2 training plan: refused without it and when already ended (naming the field), accepted and audited with it', async () => {
    const org = await as('organising');
    const created = await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'state-2031-2036' });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    const person = await qualifiedPerson(t.db, w.tree.communeA, { political_theory_level: 'Trung cấp', date_of_birth: '1986-04-02' });
    await holdLadderPost(t.db, w.tree.communeA, person, 'commune.pc.vice_chair');
    const body = { version: plan.version, postCode: 'commune.pc.chair', personId: person, targetLevel: 2 };
    const without = await org.post(`/api/planning/plans/${plan.id}/candidates`, body);
    expect(without.statusCode).toBe(400);
    expect(without.json().details).toEqual([expect.objectContaining({ field: 'training' })]);
    expect(without.json().details[0].message).toContain('chưa có kế hoạch đào tạo');
    const yesterday = addDays(todayInVietnam(), -1);
    const ended = await org.post(`/api/planning/plans/${plan.id}/candidates`, {
      ...body,
      training: [{ dimension: 'political_theory', level: 'advanced', expectedBy: yesterday }],
    });
    expect(ended.statusCode).toBe(400);
    expect(ended.json().details[0].field).toBe('training.0.expectedBy');
    expect(ended.json().details[0].message).toContain('không được trước hôm nay');
    const training = [{ dimension: 'political_theory', level: 'advanced', expectedBy: '2029-06-30' }];
    const ok = await org.post(`/api/planning/plans/${plan.id}/candidates`, { ...body, training });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().warnings.map((x: { code: string }) => x.code)).toContain('planning.standard.training_planned');
    const added = ok.json().plan.posts.find((p: { code: string }) => p.code === 'commune.pc.chair').candidates[0];
    expect(added.training).toEqual(training);
    const audit = await lastAudit(t.db, 'planning_candidate', added.id);
    expect(audit?.action).toBe('planning.candidate.add');
    expect(audit?.after).toMatchObject({ training });
  });
});
