// Who has written their plan, who is late or missing; the per-unit deadline setting.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubtree, createUnit, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, createTestApp } from '../../test/harness.js';
import { type Member, bareAccount, fields, givePost, item, member } from './plans.test-support.js';

const PAST = '2026-01-05'; // its deadline, Friday 2026-01-02 17:00 (+07), has passed
let t: TestContext;
let tree: Subtree;
let standing: Member;
let outsider: Member;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  standing = await member(t, tree.communeA, 'standing', tree.communeA);
  outsider = await member(t, tree.communeB, 'standing', tree.communeB);
});
afterAll(() => t?.close());

describe('plans: overview of a unit and week', () => {
  it('lists every expected member with missing, draft, on time, late, returned, approved', async () => {
    const unit = await createUnit(t.db, { kind: 'commune', name: `Xã Cẩm ${randomUUID().slice(0, 6)}`, parentId: tree.provinceId });
    const division = await createUnit(t.db, { kind: 'division', name: 'Văn phòng Đảng ủy', parentId: unit });
    const approver = await member(t, unit, 'standing', unit, { family_name: 'Lê', given_name: 'Xuân' });
    const who = async (given: string, post: Parameters<typeof givePost>[3], at = unit) => {
      const m = await member(t, at, 'cadre', unit, { given_name: given });
      await givePost(t.db, at, m.personId, post);
      return m;
    };
    const missing = await who('Hà', { title: 'Bí thư Đảng ủy', isKey: true, isHead: true });
    const draft = await who('Giang', { title: 'Chánh Văn phòng', isHead: true }, division);
    const onTime = await who('Dung', { title: 'Phó Bí thư', isKey: true });
    const late = await who('Cúc', { title: 'Chủ tịch UBND', isKey: true });
    const returned = await who('Bảo', { title: 'Chủ tịch MTTQ', isKey: true });
    const approved = await who('Anh', { title: 'Trưởng Công an', isKey: true });
    const helper = await who('Khoa', { title: 'Chuyên viên' }); // no key post: not expected, listed when writing
    await who('Long', { title: 'Phó Chủ tịch', isKey: true, endDate: '2025-12-31' }); // left before the week

    const write = async (m: Member) =>
      (await m.api.post('/api/plans', { week: PAST, unitId: unit, items: [item(PAST)], pastDueConfirmed: true })).json().id as string;
    await write(draft);
    const submit = async (m: Member) => {
      const id = await write(m);
      return (await m.api.post(`/api/plans/${id}/submit`, { version: 1 })).json();
    };
    const timely = await submit(onTime);
    // submitted before the deadline (the test runs later, so the timestamp is set directly)
    await t.db
      .updateTable('weekly_plan')
      .set({ submitted_at: new Date('2026-01-02T09:59:00Z') })
      .where('id', '=', timely.id)
      .execute();
    const lateView = await submit(late);
    expect(lateView).toMatchObject({ late: true, deadline: '2026-01-02T10:00:00.000Z' });
    expect((await onTime.api.get(`/api/plans/${timely.id}`)).json().late).toBe(false);
    const r = await submit(returned);
    expect((await approver.api.post(`/api/plans/${r.id}/return`, { version: r.version, comment: 'Thiếu nội dung' })).statusCode).toBe(200);
    const a = await submit(approved);
    expect((await approver.api.post(`/api/plans/${a.id}/approve`, { version: a.version })).statusCode).toBe(200);
    await write(helper);

    const res = await approver.api.get(`/api/plans?unitId=${unit}&week=2026-01-09`);
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({
      unitId: unit,
      weekStart: PAST,
      weekEnd: '2026-01-11',
      deadline: '2026-01-02T10:00:00.000Z',
      deadlinePassed: true,
    });
    expect(o.counts).toEqual({ expected: 6, missing: 1, draft: 1, submitted_on_time: 1, submitted_late: 1, returned: 1, approved: 1 });
    const rows = o.rows.map(
      (x: { person: { id: string }; status: string; expected: boolean; late: boolean; postTitle: string | null; itemCount: number }) => [
        x.person.id,
        x.status,
        x.expected,
        x.late,
        x.postTitle,
        x.itemCount,
      ],
    );
    expect(rows).toEqual([
      [missing.personId, 'missing', true, true, 'Bí thư Đảng ủy', 0],
      [draft.personId, 'draft', true, true, 'Chánh Văn phòng', 1],
      [returned.personId, 'returned', true, true, 'Chủ tịch MTTQ', 1],
      [late.personId, 'submitted_late', true, true, 'Chủ tịch UBND', 1],
      [onTime.personId, 'submitted_on_time', true, false, 'Phó Bí thư', 1],
      [approved.personId, 'approved', true, true, 'Trưởng Công an', 1],
      [helper.personId, 'draft', false, true, null, 1],
    ]);
    expect(o.rows[0]).toMatchObject({ planId: null, submittedAt: null, totalWorkUnits: 0, person: { fullName: 'Nguyễn Văn Hà' } });
    expect(o.rows[3].totalWorkUnits).toBe(2.5);
  });

  it('is for standing, office and admin in scope: 403 for other roles, 404 outside, 400 naming the field', async () => {
    const office = await bareAccount(t, 'office', tree.communeA);
    const res = await office.api.get(`/api/plans?unitId=${tree.communeA}&week=2030-01-07`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ weekStart: '2030-01-07', deadlinePassed: false, counts: { expected: 0 } });
    const cadre = await member(t, tree.committeeA, 'cadre', tree.communeA);
    expect((await cadre.api.get(`/api/plans?unitId=${tree.communeA}`)).statusCode).toBe(403);
    expect((await outsider.api.get(`/api/plans?unitId=${tree.communeA}`)).statusCode).toBe(404);
    expect((await standing.api.get(`/api/plans?unitId=${randomUUID()}`)).statusCode).toBe(404);
    expect(fields(await standing.api.get('/api/plans'))).toEqual(['unitId']);
    expect(fields(await standing.api.get(`/api/plans?unitId=${tree.communeA}&week=2026-13-01`))).toEqual(['week']);
    // without a week: next week, the one being planned
    expect((await standing.api.get(`/api/plans?unitId=${tree.communeA}`)).json().weekStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('plans: deadline per unit', () => {
  it('reads the default, sets it on a unit (audited, 409 when stale), inherits it below', async () => {
    const url = (u: string) => `/api/units/${u}/settings/plan-deadline`;
    expect((await standing.api.get(url(tree.communeA))).json()).toEqual({
      unitId: tree.communeA,
      weekday: 5,
      time: '17:00',
      source: 'default',
      sourceUnitId: null,
      version: null,
      actions: { edit: true },
    });
    const set = await standing.api.put(url(tree.communeA), { weekday: 7, time: '20:30' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ weekday: 7, time: '20:30', source: 'unit', version: 1 });
    expect(await lastAudit(t.db, 'unit_setting', `${tree.communeA}/plans.deadline`)).toMatchObject({
      action: 'plan.deadline_set',
      unit_id: tree.communeA,
      before: null,
      after: { value: { weekday: 7, time: '20:30' }, version: 1 },
    });
    expect((await standing.api.put(url(tree.communeA), { weekday: 6, time: '12:00' })).statusCode).toBe(409);
    expect((await standing.api.put(url(tree.communeA), { version: 2, weekday: 6, time: '12:00' })).statusCode).toBe(409);
    const again = await standing.api.put(url(tree.communeA), { version: 1, weekday: 6, time: '12:00' });
    expect(again.json()).toMatchObject({ weekday: 6, time: '12:00', version: 2 });
    expect(await lastAudit(t.db, 'unit_setting', `${tree.communeA}/plans.deadline`)).toMatchObject({
      before: { value: { weekday: 7, time: '20:30' } },
    });

    const cadre = await member(t, tree.committeeA, 'cadre', tree.communeA);
    expect((await cadre.api.get(url(tree.committeeA))).json()).toMatchObject({
      weekday: 6,
      time: '12:00',
      source: 'ancestor',
      sourceUnitId: tree.communeA,
      version: null,
      actions: { edit: false },
    });
    // the plan of a member of the unit uses it: Saturday 12:00 (+07) of the week before
    const plan = (await cadre.api.post('/api/plans', { week: '2030-01-07' })).json();
    expect(plan.deadline).toBe('2030-01-05T05:00:00.000Z');
  });

  it('is written by standing, office, admin in scope only; bad values name the field', async () => {
    const url = `/api/units/${tree.cellA}/settings/plan-deadline`;
    const cadre = await member(t, tree.committeeA, 'cadre', tree.communeA);
    expect((await cadre.api.put(url, { weekday: 5, time: '17:00' })).statusCode).toBe(403);
    expect((await outsider.api.put(url, { weekday: 5, time: '17:00' })).statusCode).toBe(404);
    expect((await outsider.api.get(url)).statusCode).toBe(404);
    expect((await standing.api.get(`/api/units/${randomUUID()}/settings/plan-deadline`)).statusCode).toBe(404);
    expect(fields(await standing.api.put(url, { weekday: 8, time: '17:00' }))).toEqual(['weekday']);
    expect(fields(await standing.api.put(url, { weekday: 5, time: '24:00' }))).toEqual(['time']);
    const office = await bareAccount(t, 'office', tree.communeA);
    const res = await office.api.put(url, { weekday: 4, time: '08:00' });
    expect(res.statusCode).toBe(200);
    expect(await lastAudit(t.db, 'unit_setting', `${tree.cellA}/plans.deadline`)).toMatchObject({
      action: 'plan.deadline_set',
      unit_id: tree.cellA,
    });
  });
});
