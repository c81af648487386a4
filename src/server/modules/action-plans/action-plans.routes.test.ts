// Leaders' action plans API on a real database: 401, 404 outside the scope (like a missing plan), 400
// naming the field (no example, another unit's indicator, a post not held), 409 on a stale version,
// nobody approving their own plan, the cycle — write, return, fix, approve — with its audit and
// notices; approved entries tracked as volunteered tasks whose passed milestones are flagged late and
// noticed; the standing committee's side-by-side view with the unit's indicators.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { runReminderScan } from '../notifications/index.js';
import { type Member, fields, givePost, member } from '../plans/plans.test-support.js';

let t: TestContext;
let tree: Subtree;
let leader: Member;
let plainCadre: Member;
let standing: Member;
let otherStanding: Member;
let postId = '';
let standingPostId = '';
let indicatorId = '';
let foreignIndicatorId = '';

const YEAR = Number(todayInVietnam().slice(0, 4));
const target = (over: Record<string, unknown> = {}) => ({
  kind: 'target',
  title: 'Thu ngân sách xã đạt 100% dự toán',
  indicatorId,
  targetValue: 1200,
  dueDate: `${YEAR}-12-31`,
  milestones: [
    { title: 'Giao dự toán cho các thôn', dueDate: `${YEAR}-01-15` },
    { title: 'Sơ kết 6 tháng', dueDate: `${YEAR}-12-30` },
  ],
  ...over,
});
const example = (over: Record<string, unknown> = {}) => ({
  kind: 'example',
  title: 'Tiếp công dân định kỳ mỗi tháng',
  dueDate: `${YEAR}-12-31`,
  milestones: [{ title: 'Lịch tiếp dân công khai', dueDate: `${YEAR}-12-30` }],
  ...over,
});

async function indicator(unitId: string, code: string) {
  const id = randomUUID();
  await t.db
    .insertInto('indicator')
    .values({ id, unit_id: unitId, year: YEAR, code, name: `Thu ngân sách ${code}`, measure: 'triệu đồng', target: 1000 })
    .execute();
  return id;
}
const notices = async (personId: string, kind: string) =>
  t.db
    .selectFrom('notification')
    .select(['kind', 'params', 'task_id'])
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  leader = await member(t, tree.communeA, 'cadre', tree.communeA, { family_name: 'Nguyễn', given_name: 'Chủ' });
  plainCadre = await member(t, tree.communeA, 'cadre', tree.communeA);
  standing = await member(t, tree.communeA, 'standing', tree.communeA, { family_name: 'Trần', given_name: 'Thường' });
  otherStanding = await member(t, tree.communeB, 'standing', tree.communeB);
  postId = await givePost(t.db, tree.communeA, leader.personId, { title: 'Chủ tịch UBND xã', isKey: true });
  standingPostId = await givePost(t.db, tree.communeA, standing.personId, { title: 'Bí thư Đảng ủy xã', isHead: true });
  indicatorId = await indicator(tree.communeA, 'THU_NS');
  foreignIndicatorId = await indicator(tree.communeB, 'THU_NS');
  await t.db
    .insertInto('indicator_actual')
    .values({ id: randomUUID(), indicator_id: indicatorId, period_end: `${YEAR}-06-30`, value: 640, recorded_by: null })
    .execute();
});
afterAll(async () => t.close());

describe('action plans API', () => {
  let id = '';
  let version = 0;

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(`/api/action-plans/${randomUUID()}`)).statusCode).toBe(401);
    expect((await client(t.app, null).post('/api/action-plans', { year: YEAR, postId, items: [] })).statusCode).toBe(401);
  });

  it('offers the leadership posts held today', async () => {
    const res = await leader.api.get(`/api/action-plans/mine?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year: YEAR,
      planId: null,
      posts: [
        { postId, postTitle: 'Chủ tịch UBND xã', unitId: tree.communeA, indicators: [{ id: indicatorId, latest: 640, progressPct: 64 }] },
      ],
    });
  });

  it('is written only by a holder of a leadership post: me.can and the API agree', async () => {
    const me = async (m: Member) => (await m.api.get('/api/auth/me')).json().can.writeActionPlan;
    expect(await me(leader)).toBe(true);
    expect(await me(plainCadre)).toBe(false);
    const mine = await plainCadre.api.get(`/api/action-plans/mine?year=${YEAR}`);
    expect(mine.statusCode).toBe(403);
    const create = await plainCadre.api.post('/api/action-plans', { year: YEAR, postId, items: [target(), example()] });
    expect(create.statusCode).toBe(403);
    expect(await t.db.selectFrom('action_plan').select('id').where('person_id', '=', plainCadre.personId).execute()).toEqual([]);
  });

  it('refuses a plan with no example, another unit’s indicator, a post not held, naming the field; nothing is written', async () => {
    const none = await leader.api.post('/api/action-plans', { year: YEAR, postId, items: [target()] });
    expect(none.statusCode).toBe(400);
    expect(fields(none)).toEqual(['items']);
    expect(none.json().details[0].message).toContain('việc làm nêu gương');
    const foreign = await leader.api.post('/api/action-plans', {
      year: YEAR,
      postId,
      items: [target({ indicatorId: foreignIndicatorId }), example()],
    });
    expect(fields(foreign)).toEqual(['items.0.indicatorId']);
    const noMilestone = await leader.api.post('/api/action-plans', { year: YEAR, postId, items: [target({ milestones: [] }), example()] });
    expect(noMilestone.statusCode).toBe(400);
    expect(fields(noMilestone)).toEqual(['items.0.milestones']);
    const afterDue = await leader.api.post('/api/action-plans', {
      year: YEAR,
      postId,
      items: [target({ dueDate: `${YEAR}-06-30` }), example()],
    });
    expect(fields(afterDue)).toEqual(['items.0.milestones.1.dueDate']);
    expect(afterDue.json().details[0].message).toContain('không được muộn hơn');
    // The standing member leads too, but not through the leader's post.
    const notHeld = await standing.api.post('/api/action-plans', { year: YEAR, postId, items: [target(), example()] });
    expect(notHeld.statusCode).toBe(400);
    expect(fields(notHeld)).toEqual(['postId']);
    expect((await leader.api.get(`/api/action-plans/mine?year=${YEAR}`)).json().planId).toBeNull();
  });

  it('writes the plan (audited), once', async () => {
    const res = await leader.api.post('/api/action-plans', { year: YEAR, postId, items: [target(), example()] });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    id = p.id;
    version = p.version;
    expect(p).toMatchObject({ status: 'draft', unitId: tree.communeA, postTitle: 'Chủ tịch UBND xã', author: { id: leader.personId } });
    expect(p.items[0]).toMatchObject({
      kind: 'target',
      indicator: { id: indicatorId, latest: 640, progressPct: 64 },
      targetValue: 1200,
      taskId: null,
    });
    expect(p.can).toEqual({ edit: true, submit: true, return: false, approve: false });
    expect((await lastAudit(t.db, 'action_plan', id))?.action).toBe('action_plan.create');
    expect((await leader.api.post('/api/action-plans', { year: YEAR, postId, items: [target(), example()] })).statusCode).toBe(409);
  });

  it('hides the plan outside the scope and from a cadre without the read right, like a missing one', async () => {
    expect((await otherStanding.api.get(`/api/action-plans/${id}`)).statusCode).toBe(404);
    expect((await plainCadre.api.get(`/api/action-plans/${id}`)).statusCode).toBe(404);
    expect((await otherStanding.api.post(`/api/action-plans/${id}/approve`, { version })).statusCode).toBe(404);
    expect((await standing.api.get(`/api/action-plans/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('is returned with a comment (noticed), fixed, and a stale write is 409', async () => {
    const sub = await leader.api.post(`/api/action-plans/${id}/submit`, { version });
    expect(sub.statusCode).toBe(200);
    version = sub.json().version;
    expect((await leader.api.put(`/api/action-plans/${id}`, { version, items: [target(), example()] })).statusCode).toBe(400);
    const ret = await standing.api.post(`/api/action-plans/${id}/return`, { version, comment: 'Bổ sung mốc quý III' });
    expect(ret.statusCode).toBe(200);
    expect(ret.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung mốc quý III' });
    expect((await lastAudit(t.db, 'action_plan', id))?.action).toBe('action_plan.return');
    expect((await notices(leader.personId, 'action_plan_returned')).map((n) => n.params)).toEqual([
      { actionPlanId: id, year: YEAR, comment: 'Bổ sung mốc quý III' },
    ]);
    const stale = await leader.api.put(`/api/action-plans/${id}`, { version, items: [target(), example()] });
    expect(stale.statusCode).toBe(409);
    version = ret.json().version;
    const fixed = await leader.api.put(`/api/action-plans/${id}`, {
      version,
      items: [target({ milestones: [...target().milestones, { title: 'Rà soát quý III', dueDate: `${YEAR}-12-29` }] }), example()],
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().items[0].milestones).toHaveLength(3);
    version = (await leader.api.post(`/api/action-plans/${id}/submit`, { version: fixed.json().version })).json().version;
  });

  it('nobody approves their own plan', async () => {
    const own = await standing.api.post('/api/action-plans', { year: YEAR, postId: standingPostId, items: [target(), example()] });
    expect(own.statusCode).toBe(201);
    const sub = await standing.api.post(`/api/action-plans/${own.json().id}/submit`, { version: own.json().version });
    const res = await standing.api.post(`/api/action-plans/${own.json().id}/approve`, { version: sub.json().version });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('own_work.action_plan');
    expect(sub.json().can.approve).toBe(false);
  });

  it('approved, each entry is a volunteered task of the leader; a passed milestone is flagged late and noticed once', async () => {
    const res = await standing.api.post(`/api/action-plans/${id}/approve`, { version });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.status).toBe('approved');
    expect((await lastAudit(t.db, 'action_plan', id))?.action).toBe('action_plan.approve');
    expect(await notices(leader.personId, 'action_plan_approved')).toHaveLength(1);
    const [first, second] = p.items;
    expect(first.taskId).toBeTruthy();
    expect(first.progress).toBe(0);
    expect(first.milestones.map((m: { state: string }) => m.state)).toEqual(['late', 'due', 'due']);
    expect(first.lateMilestones).toBe(1);
    expect(second.lateMilestones).toBe(0);
    expect(p.lateMilestones).toBe(1);
    const task = await t.db
      .selectFrom('task')
      .select(['source', 'source_ref', 'status'])
      .where('id', '=', first.taskId)
      .executeTakeFirstOrThrow();
    expect(task).toEqual({ source: 'volunteer', source_ref: first.id, status: 'accepted' });

    const scan = await runReminderScan(t.db);
    expect(scan.lateMilestones).toBeGreaterThanOrEqual(1);
    const late = await notices(leader.personId, 'action_plan_milestone_late');
    expect(late).toEqual([
      {
        kind: 'action_plan_milestone_late',
        task_id: first.taskId,
        params: expect.objectContaining({ title: 'Giao dự toán cho các thôn' }),
      },
    ]);
    await runReminderScan(t.db);
    expect(await notices(leader.personId, 'action_plan_milestone_late')).toHaveLength(1);

    // Marking the milestone done (the tasks module's machinery) clears the flag.
    const done = await leader.api.post(`/api/tasks/${first.taskId}/milestones/${first.milestones[0].id}/done`, {
      doneOn: todayInVietnam(),
      note: 'Quyết định giao dự toán',
    });
    expect(done.statusCode).toBe(200);
    const after = (await standing.api.get(`/api/action-plans/${id}`)).json();
    expect(after.items[0].milestones[0]).toMatchObject({ state: 'done_late', note: 'Quyết định giao dự toán' });
    expect(after.items[0].progress).toBe(33);
    expect(after.lateMilestones).toBe(0);
  });

  it('shows the committee its leaders side by side with the unit’s indicators, paged with a total', async () => {
    const res = await standing.api.get(`/api/action-plans?unitId=${tree.communeA}&year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.total).toBe(2);
    expect(b.counts).toMatchObject({ leaders: 2, missing: 0, submitted: 1, approved: 1 });
    const row = b.items.find((r: { person: { id: string } }) => r.person.id === leader.personId);
    expect(row).toMatchObject({ planId: id, status: 'approved', items: 2, progressPct: 16, postTitle: 'Chủ tịch UBND xã' });
    expect(row.indicators).toEqual([expect.objectContaining({ id: indicatorId, code: 'THU_NS', progressPct: 64 })]);
    expect(row.rating).toBeNull();
    const page = (await standing.api.get(`/api/action-plans?unitId=${tree.communeA}&year=${YEAR}&pageSize=1&page=2`)).json();
    expect(page).toMatchObject({ total: 2, page: 2 });
    expect(page.items).toHaveLength(1);
    expect((await otherStanding.api.get(`/api/action-plans?unitId=${tree.communeA}&year=${YEAR}`)).statusCode).toBe(404);
    expect((await plainCadre.api.get(`/api/action-plans?unitId=${tree.communeA}&year=${YEAR}`)).statusCode).toBe(403);
  });
});
