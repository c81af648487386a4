// Writing one's own plan: create, read, edit, submit, copy from last week.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { type Member, bareAccount, fields, givePost, item, member } from './plans.test-support.js';

const WEEK = '2030-01-07'; // a Monday far enough ahead that its deadline has not passed
let t: TestContext;
let tree: Subtree;
let standing: Member;
let outsider: Member;
const anon = () => client(t.app, null);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  standing = await member(t, tree.communeA, 'standing', tree.communeA);
  outsider = await member(t, tree.communeB, 'standing', tree.communeB);
});
afterAll(() => t?.close());

const cadre = () => member(t, tree.committeeA, 'cadre', tree.communeA);

describe('plans: create and read', () => {
  it('answers 401 without a session on every endpoint', async () => {
    const id = randomUUID();
    expect((await anon().get(`/api/plans?unitId=${tree.communeA}`)).statusCode).toBe(401);
    expect((await anon().get('/api/plans/mine')).statusCode).toBe(401);
    expect((await anon().get(`/api/plans/${id}`)).statusCode).toBe(401);
    expect((await anon().post('/api/plans', { week: WEEK })).statusCode).toBe(401);
    expect((await anon().put(`/api/plans/${id}`, { version: 1, items: [] })).statusCode).toBe(401);
    expect((await anon().post(`/api/plans/${id}/submit`, { version: 1 })).statusCode).toBe(401);
    expect((await anon().post(`/api/plans/${id}/return`, { version: 1, comment: 'x' })).statusCode).toBe(401);
    expect((await anon().post(`/api/plans/${id}/approve`, { version: 1 })).statusCode).toBe(401);
    expect((await anon().post('/api/plans/copy-last-week', { week: WEEK })).statusCode).toBe(401);
    expect((await anon().get(`/api/units/${tree.communeA}/settings/plan-deadline`)).statusCode).toBe(401);
    expect((await anon().put(`/api/units/${tree.communeA}/settings/plan-deadline`, { weekday: 5, time: '17:00' })).statusCode).toBe(401);
  });

  it('documents every endpoint in the OpenAPI document', async () => {
    const paths = Object.keys((await anon().get('/api/openapi.json')).json().paths);
    for (const p of [
      '/api/plans',
      '/api/plans/mine',
      '/api/plans/{id}',
      '/api/plans/{id}/submit',
      '/api/plans/{id}/return',
      '/api/plans/{id}/approve',
      '/api/plans/copy-last-week',
      '/api/units/{id}/settings/plan-deadline',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('creates a draft for the week of any date, defaulting to the author unit, audited', async () => {
    const me = await cadre();
    const res = await me.api.post('/api/plans', {
      week: '2030-01-09',
      items: [item(WEEK), item(WEEK, { title: 'Họp thôn', fieldCode: null, workUnits: 1 }, 2)],
    });
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({
      unitId: tree.committeeA,
      author: { id: me.personId, fullName: 'Nguyễn Văn An' },
      weekStart: WEEK,
      weekEnd: '2030-01-13',
      status: 'draft',
      version: 1,
      submittedAt: null,
      late: false,
      deadline: '2030-01-04T10:00:00.000Z', // Friday 17:00 in Vietnam, the week before
      totalWorkUnits: 3.5,
      actions: { edit: true, submit: true, return: false, approve: false },
    });
    expect(plan.items).toMatchObject([
      {
        ordinal: 1,
        title: 'Kiểm tra tiến độ giải phóng mặt bằng',
        fieldCode: 'land_construction',
        fieldName: 'Đất đai, xây dựng, hạ tầng',
        workUnits: 2.5,
        startDate: WEEK,
        dueDate: '2030-01-09',
        task: null,
      },
      { ordinal: 2, title: 'Họp thôn', fieldCode: null, fieldName: null, workUnits: 1, startDate: '2030-01-09' },
    ]);
    const ev = await lastAudit(t.db, 'weekly_plan', plan.id);
    expect(ev).toMatchObject({
      action: 'plan.create',
      person_id: me.personId,
      unit_id: tree.committeeA,
      after: { status: 'draft', weekStart: WEEK },
    });
    expect((ev?.after as { items: unknown[] }).items).toHaveLength(2);

    const again = await me.api.post('/api/plans', { week: WEEK });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('plan_exists');
  });

  it('rejects bad items naming the field and writes nothing', async () => {
    const me = await cadre();
    const bad = async (items: unknown[], unitId?: string) =>
      fields(await me.api.post('/api/plans', { week: WEEK, items, ...(unitId ? { unitId } : {}) }));
    expect(await bad([item(WEEK, { workUnits: 0 })])).toEqual(['items.0.workUnits']);
    expect(await bad([item(WEEK), item(WEEK, { workUnits: -1 })])).toEqual(['items.1.workUnits']);
    expect(await bad([item(WEEK), item(WEEK), item(WEEK, { startDate: '2030-01-10', dueDate: '2030-01-09' })])).toEqual([
      'items.2.dueDate',
    ]);
    expect(await bad([item(WEEK, { title: ' ' })])).toEqual(['items.0.title']);
    expect(await bad([item(WEEK, { startDate: '2030-01-14', dueDate: '2030-01-15' })])).toEqual(['items.0.startDate']);
    expect(await bad([item(WEEK, { startDate: '2030-01-06', dueDate: '2030-01-07' })])).toEqual(['items.0.startDate']);
    expect(await bad([item(WEEK, { dueDate: '2030-02-05' })])).toEqual(['items.0.dueDate']);
    expect(await bad([item(WEEK, { fieldCode: 'no_such_field' })])).toEqual(['items.0.fieldCode']);
    expect(await bad([item(WEEK)], tree.communeB)).toEqual(['unitId']);
    expect(fields(await me.api.post('/api/plans', { week: '2030-02-30' }))).toEqual(['week']);
    const msg = await me.api.post('/api/plans', { week: WEEK, items: [item(WEEK, { startDate: '2030-01-14', dueDate: '2030-01-15' })] });
    expect(msg.json().details[0].message).toBe('Ngày bắt đầu phải nằm trong tuần của kế hoạch (07/01/2030 – 13/01/2030).');
    const none = await me.api.get(`/api/plans/mine?week=${WEEK}`);
    expect([none.statusCode, none.json()]).toEqual([200, null]);
  });

  it('accepts a unit containing the author unit, or one where the author holds a post', async () => {
    const me = await cadre();
    const res = await me.api.post('/api/plans', { week: WEEK, unitId: tree.communeA });
    expect(res.statusCode).toBe(201);
    expect(res.json().unitId).toBe(tree.communeA);
    const secretary = await cadre();
    expect(fields(await secretary.api.post('/api/plans', { week: WEEK, unitId: tree.cellA }))).toEqual(['unitId']);
    await givePost(t.db, tree.cellA, secretary.personId, { title: 'Bí thư chi bộ', isHead: true });
    const cell = await secretary.api.post('/api/plans', { week: WEEK, unitId: tree.cellA });
    expect(cell.statusCode).toBe(201);
    expect(cell.json().unitId).toBe(tree.cellA);
  });

  it('refuses accounts without a linked person (403): they have no plan of their own', async () => {
    const admin = await bareAccount(t, 'admin', tree.communeA);
    expect((await admin.api.post('/api/plans', { week: WEEK })).statusCode).toBe(403);
    expect((await admin.api.get('/api/plans/mine')).statusCode).toBe(403);
    expect((await admin.api.post('/api/plans/copy-last-week', { week: WEEK })).statusCode).toBe(403);
  });

  it('shows the own plan of a week (null when none) and hides drafts from others', async () => {
    const me = await cadre();
    const other = await cadre();
    const none = await me.api.get(`/api/plans/mine?week=${WEEK}`);
    expect([none.statusCode, none.json()]).toEqual([200, null]);
    const { id } = (await me.api.post('/api/plans', { week: WEEK, items: [item(WEEK)] })).json();
    const mine = await me.api.get('/api/plans/mine?week=2030-01-13');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().id).toBe(id);
    expect((await me.api.get(`/api/plans/${id}`)).json().items).toHaveLength(1);
    expect((await other.api.get(`/api/plans/${id}`)).statusCode).toBe(404); // a colleague's draft is private
    expect((await outsider.api.get(`/api/plans/${id}`)).statusCode).toBe(404);
    expect((await me.api.get(`/api/plans/${randomUUID()}`)).statusCode).toBe(404);
    expect(fields(await me.api.get('/api/plans/not-a-uuid'))).toEqual(['id']);
    const office = await bareAccount(t, 'office', tree.communeA);
    const read = await office.api.get(`/api/plans/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().actions).toEqual({ edit: false, submit: false, return: false, approve: false });
    expect((await standing.api.get(`/api/plans/${id}`)).json().actions).toEqual({
      edit: false,
      submit: false,
      return: false,
      approve: false,
    });
  });
});

describe('plans: edit and submit', () => {
  it('replaces the items (409 when stale), audited with before and after', async () => {
    const me = await cadre();
    const { id } = (await me.api.post('/api/plans', { week: WEEK, items: [item(WEEK)] })).json();
    const res = await me.api.put(`/api/plans/${id}`, {
      version: 1,
      items: [item(WEEK, { title: 'Tiếp dân' }), item(WEEK, { workUnits: 1 }, 4)],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, totalWorkUnits: 3.5, items: [{ title: 'Tiếp dân' }, { startDate: '2030-01-11' }] });
    const ev = await lastAudit(t.db, 'weekly_plan', id);
    expect(ev).toMatchObject({
      action: 'plan.update',
      person_id: me.personId,
      unit_id: tree.committeeA,
      before: { version: 1, items: [{ title: 'Kiểm tra tiến độ giải phóng mặt bằng' }] },
      after: { version: 2, byReviewer: false },
    });
    expect((await me.api.put(`/api/plans/${id}`, { version: 1, items: [] })).statusCode).toBe(409);
    expect(fields(await me.api.put(`/api/plans/${id}`, { version: 2, items: [item(WEEK), item(WEEK, { workUnits: 0 })] }))).toEqual([
      'items.1.workUnits',
    ]);
    expect(fields(await me.api.put(`/api/plans/${id}`, { items: [] }))).toEqual(['version']);
  });

  it('lets only the author or a reviewer in scope touch it (403 / 404)', async () => {
    const me = await cadre();
    const { id } = (await me.api.post('/api/plans', { week: WEEK, items: [item(WEEK)] })).json();
    const office = await bareAccount(t, 'office', tree.communeA);
    expect((await office.api.put(`/api/plans/${id}`, { version: 1, items: [] })).statusCode).toBe(403);
    expect((await office.api.post(`/api/plans/${id}/submit`, { version: 1 })).statusCode).toBe(403);
    expect((await outsider.api.put(`/api/plans/${id}`, { version: 1, items: [] })).statusCode).toBe(404);
    expect((await outsider.api.post(`/api/plans/${id}/submit`, { version: 1 })).statusCode).toBe(404);
    expect((await standing.api.post(`/api/plans/${id}/submit`, { version: 1 })).statusCode).toBe(403);
    // a reviewer decides on submitted plans only
    const draftEdit = await standing.api.put(`/api/plans/${id}`, { version: 1, items: [item(WEEK)] });
    expect(draftEdit.statusCode).toBe(400);
    expect(fields(draftEdit)).toEqual(['status']);
  });

  it('submits (not an empty plan; 409 when stale), then the author can no longer edit', async () => {
    const me = await cadre();
    const { id } = (await me.api.post('/api/plans', { week: WEEK })).json();
    const empty = await me.api.post(`/api/plans/${id}/submit`, { version: 1 });
    expect(empty.statusCode).toBe(400);
    expect(fields(empty)).toEqual(['items']);
    await me.api.put(`/api/plans/${id}`, { version: 1, items: [item(WEEK)] });
    expect((await me.api.post(`/api/plans/${id}/submit`, { version: 1 })).statusCode).toBe(409);
    const res = await me.api.post(`/api/plans/${id}/submit`, { version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', version: 3, late: false, actions: { edit: false, submit: false } });
    expect(res.json().submittedAt).toEqual(expect.any(String));
    expect(await lastAudit(t.db, 'weekly_plan', id)).toMatchObject({
      action: 'plan.submit',
      person_id: me.personId,
      unit_id: tree.committeeA,
      after: { status: 'submitted' },
    });
    const edit = await me.api.put(`/api/plans/${id}`, { version: 3, items: [] });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().details).toEqual([
      { field: 'status', message: 'Kế hoạch đã gửi và đang chờ duyệt; người viết chỉ sửa được khi kế hoạch bị trả lại.' },
    ]);
    expect(fields(await me.api.post(`/api/plans/${id}/submit`, { version: 3 }))).toEqual(['status']);
  });
});

describe('plans: copy from last week', () => {
  it('copies the previous week as a draft with dates moved by 7 days and no tasks, audited', async () => {
    const me = await cadre();
    const prev = '2029-12-31';
    await me.api.post('/api/plans', {
      week: prev,
      items: [item(prev, { dueDate: '2030-01-20' }), item(prev, { title: 'Báo cáo tuần' }, 4)],
    });
    expect(fields(await me.api.post('/api/plans/copy-last-week', { week: '2030-01-14' }))).toEqual(['week']);
    const res = await me.api.post('/api/plans/copy-last-week', { week: '2030-01-08' });
    expect(res.statusCode).toBe(201);
    const copy = res.json();
    expect(copy).toMatchObject({ weekStart: WEEK, status: 'draft', version: 1, unitId: tree.committeeA });
    expect(copy.items).toMatchObject([
      { title: 'Kiểm tra tiến độ giải phóng mặt bằng', startDate: '2030-01-07', dueDate: '2030-01-27', task: null },
      { title: 'Báo cáo tuần', startDate: '2030-01-11', dueDate: '2030-01-13', task: null },
    ]);
    expect(await lastAudit(t.db, 'weekly_plan', copy.id)).toMatchObject({
      action: 'plan.copy',
      person_id: me.personId,
      unit_id: tree.committeeA,
      after: { weekStart: WEEK },
    });
    expect((await me.api.post('/api/plans/copy-last-week', { week: WEEK })).statusCode).toBe(409);
    expect(fields(await me.api.post('/api/plans/copy-last-week', {}))).toEqual(['week']);
  });
});
