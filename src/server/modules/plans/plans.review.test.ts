// The standing committee's decision: return with a comment, edit, approve (items become tasks).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type TestContext, createTestApp } from '../../test/harness.js';
import { type Member, bareAccount, fields, item, member } from './plans.test-support.js';

const WEEK = '2030-01-07';
let t: TestContext;
let tree: Subtree;
let standing: Member;
let outsider: Member;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  standing = await member(t, tree.communeA, 'standing', tree.communeA, { family_name: 'Trần', middle_name: 'Thị', given_name: 'Bình' });
  outsider = await member(t, tree.communeB, 'standing', tree.communeB);
});
afterAll(() => t?.close());

const cadre = () => member(t, tree.committeeA, 'cadre', tree.communeA);

/** A plan of `who` for WEEK with `items`, submitted; returns its id and version. */
async function submitted(who: Member, items = [item(WEEK), item(WEEK, { title: 'Tiếp công dân', fieldCode: null, workUnits: 1 }, 3)]) {
  const { id } = (await who.api.post('/api/plans', { week: WEEK, items })).json();
  const res = await who.api.post(`/api/plans/${id}/submit`, { version: 1 });
  expect(res.statusCode).toBe(200);
  return { id: id as string, version: res.json().version as number };
}

const notificationsOf = (personId: string) =>
  t.db.selectFrom('notification').select(['kind', 'params']).where('person_id', '=', personId).orderBy('created_at').execute();

describe('plans: the whole flow', () => {
  it('write, submit, return with a comment, fix, resubmit, approve → tasks; then frozen', async () => {
    const me = await cadre();
    const plan = await submitted(me);
    const firstSubmittedAt = (await me.api.get(`/api/plans/${plan.id}`)).json().submittedAt;
    expect((await standing.api.get(`/api/plans/${plan.id}`)).json().actions).toEqual({
      edit: true,
      submit: false,
      return: true,
      approve: true,
    });

    // return: the comment is required; stale versions and other people are refused
    expect(fields(await standing.api.post(`/api/plans/${plan.id}/return`, { version: plan.version }))).toEqual(['comment']);
    expect(fields(await standing.api.post(`/api/plans/${plan.id}/return`, { version: plan.version, comment: '   ' }))).toEqual(['comment']);
    expect((await standing.api.post(`/api/plans/${plan.id}/return`, { version: plan.version - 1, comment: 'Bổ sung' })).statusCode).toBe(
      409,
    );
    expect((await me.api.post(`/api/plans/${plan.id}/return`, { version: plan.version, comment: 'Tự trả' })).statusCode).toBe(403);
    expect((await outsider.api.post(`/api/plans/${plan.id}/return`, { version: plan.version, comment: 'Bổ sung' })).statusCode).toBe(404);
    const returned = await standing.api.post(`/api/plans/${plan.id}/return`, {
      version: plan.version,
      comment: 'Bổ sung nội dung tiếp dân.',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung nội dung tiếp dân.',
      reviewerName: expect.stringContaining('standing.'),
      actions: { edit: false, return: false, approve: false },
    });
    expect(await lastAudit(t.db, 'weekly_plan', plan.id)).toMatchObject({
      action: 'plan.return',
      person_id: me.personId,
      unit_id: tree.committeeA,
      after: { status: 'returned', comment: 'Bổ sung nội dung tiếp dân.' },
    });
    expect(await notificationsOf(me.personId)).toEqual([
      { kind: 'plan_returned', params: { planId: plan.id, weekStart: WEEK, comment: 'Bổ sung nội dung tiếp dân.' } },
    ]);

    // the author fixes and resubmits; the first submission time stays
    const mine = (await me.api.get(`/api/plans/${plan.id}`)).json();
    expect(mine.actions).toEqual({ edit: true, submit: true, return: false, approve: false });
    const fixed = await me.api.put(`/api/plans/${plan.id}`, {
      version: mine.version,
      items: [
        item(WEEK),
        item(WEEK, { title: 'Tiếp công dân định kỳ', description: 'Sáng thứ Năm', fieldCode: 'justice', workUnits: 1.5 }, 3),
      ],
    });
    expect(fixed.statusCode).toBe(200);
    const resubmitted = await me.api.post(`/api/plans/${plan.id}/submit`, { version: fixed.json().version });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', submittedAt: firstSubmittedAt });

    // the approver edits the submitted plan: recorded with before and after
    const edited = await standing.api.put(`/api/plans/${plan.id}`, {
      version: resubmitted.json().version,
      items: [item(WEEK, { workUnits: 3 }), fixed.json().items[1]],
    });
    expect(edited.statusCode).toBe(200);
    expect(await lastAudit(t.db, 'weekly_plan', plan.id)).toMatchObject({
      action: 'plan.update',
      person_id: me.personId,
      before: { items: [{ workUnits: 2.5 }, { title: 'Tiếp công dân định kỳ' }] },
      after: { byReviewer: true, items: [{ workUnits: 3 }, { title: 'Tiếp công dân định kỳ' }] },
    });

    // approve: stale refused, then the items become tasks of the author
    const v = edited.json().version;
    expect((await me.api.post(`/api/plans/${plan.id}/approve`, { version: v })).statusCode).toBe(403);
    expect((await standing.api.post(`/api/plans/${plan.id}/approve`, { version: v - 1 })).statusCode).toBe(409);
    expect(fields(await standing.api.post(`/api/plans/${plan.id}/approve`, {}))).toEqual(['version']);
    const approved = await standing.api.post(`/api/plans/${plan.id}/approve`, { version: v });
    expect(approved.statusCode).toBe(200);
    const view = approved.json();
    expect(view).toMatchObject({
      status: 'approved',
      reviewComment: null,
      actions: { edit: false, submit: false, return: false, approve: false },
    });
    expect(view.items.map((i: { task: unknown }) => i.task)).toEqual([
      { id: expect.any(String), status: 'new' },
      { id: expect.any(String), status: 'new' },
    ]);
    const tasks = await t.db
      .selectFrom('task as tk')
      .innerJoin('task_assignee as a', (j) => j.onRef('a.task_id', '=', 'tk.id').on('a.role', '=', 'lead'))
      .select([
        'tk.id',
        'tk.source',
        'tk.source_ref',
        'tk.unit_id',
        'tk.title',
        'tk.work_units',
        'tk.start_date',
        'tk.due_date',
        'tk.assigner_id',
        'tk.field_code',
        'tk.created_by',
        'a.person_id as lead',
      ])
      .where(
        'tk.source_ref',
        'in',
        view.items.map((i: { id: string }) => i.id),
      )
      .orderBy('tk.start_date')
      .execute();
    expect(tasks).toEqual([
      {
        id: view.items[0].task.id,
        source: 'plan',
        source_ref: view.items[0].id,
        unit_id: tree.committeeA,
        title: 'Kiểm tra tiến độ giải phóng mặt bằng',
        work_units: 3,
        start_date: WEEK,
        due_date: '2030-01-09',
        assigner_id: standing.personId,
        field_code: 'land_construction',
        created_by: standing.accountId,
        lead: me.personId,
      },
      {
        id: view.items[1].task.id,
        source: 'plan',
        source_ref: view.items[1].id,
        unit_id: tree.committeeA,
        title: 'Tiếp công dân định kỳ',
        work_units: 1.5,
        start_date: '2030-01-10',
        due_date: '2030-01-12',
        assigner_id: standing.personId,
        field_code: 'justice',
        created_by: standing.accountId,
        lead: me.personId,
      },
    ]);
    const ev = await lastAudit(t.db, 'weekly_plan', plan.id);
    expect(ev).toMatchObject({
      action: 'plan.approve',
      person_id: me.personId,
      unit_id: tree.committeeA,
      after: {
        status: 'approved',
        tasks: [
          { itemId: view.items[0].id, taskId: tasks[0].id },
          { itemId: view.items[1].id, taskId: tasks[1].id },
        ],
      },
    });
    expect(await lastAudit(t.db, 'task', tasks[0].id)).toMatchObject({ action: 'task.create', person_id: me.personId });
    // and each task leads back to its plan
    const detail = (await me.api.get(`/api/tasks/${tasks[0].id}`)).json();
    expect(detail.origin).toEqual({ kind: 'plan', id: plan.id, weekStart: WEEK, author: expect.any(String) });
    expect(detail.origin.author.length).toBeGreaterThan(0);
    expect((await notificationsOf(me.personId)).map((n) => n.kind)).toEqual(expect.arrayContaining(['plan_returned', 'plan_approved']));

    // frozen: no edit, submission, return or approval by anyone, with the rule named
    const after = approved.json().version;
    const edit = await me.api.put(`/api/plans/${plan.id}`, { version: after, items: [item(WEEK)] });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().details).toEqual([
      {
        field: 'status',
        message: 'Kế hoạch đã được duyệt nên không thể sửa, gửi lại, trả lại hay duyệt lại; các công việc đã thành nhiệm vụ.',
      },
    ]);
    expect(fields(await standing.api.put(`/api/plans/${plan.id}`, { version: after, items: [item(WEEK)] }))).toEqual(['status']);
    expect(fields(await me.api.post(`/api/plans/${plan.id}/submit`, { version: after }))).toEqual(['status']);
    expect(fields(await standing.api.post(`/api/plans/${plan.id}/return`, { version: after, comment: 'Sửa lại' }))).toEqual(['status']);
    expect(fields(await standing.api.post(`/api/plans/${plan.id}/approve`, { version: after }))).toEqual(['status']);
    expect(
      (
        await t.db
          .selectFrom('task')
          .select('id')
          .where(
            'source_ref',
            'in',
            view.items.map((i: { id: string }) => i.id),
          )
          .execute()
      ).length,
    ).toBe(2);

    // transparency: colleagues in the commune now read the approved plan, without any action
    const colleague = await cadre();
    const seen = await colleague.api.get(`/api/plans/${plan.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual({ edit: false, submit: false, return: false, approve: false });
    expect((await outsider.api.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
  });
});

describe('plans: review rules', () => {
  it('decides only on submitted plans, and only standing in scope', async () => {
    const me = await cadre();
    const { id } = (await me.api.post('/api/plans', { week: WEEK, items: [item(WEEK)] })).json();
    expect(fields(await standing.api.post(`/api/plans/${id}/approve`, { version: 1 }))).toEqual(['status']);
    expect(fields(await standing.api.post(`/api/plans/${id}/return`, { version: 1, comment: 'Chưa gửi' }))).toEqual(['status']);
    const office = await bareAccount(t, 'office', tree.communeA);
    const plan = await submitted(await cadre());
    expect((await office.api.post(`/api/plans/${plan.id}/approve`, { version: plan.version })).statusCode).toBe(403);
    expect((await office.api.post(`/api/plans/${plan.id}/return`, { version: plan.version, comment: 'x' })).statusCode).toBe(403);
    expect((await outsider.api.post(`/api/plans/${plan.id}/approve`, { version: plan.version })).statusCode).toBe(404);
    expect((await standing.api.post(`/api/plans/${randomUUID()}/approve`, { version: 1 })).statusCode).toBe(404);
  });

  it('refuses approval naming the item when the author has left the unit, and creates no task', async () => {
    const me = await cadre();
    const plan = await submitted(me);
    await t.db.updateTable('person').set({ unit_id: tree.communeB }).where('id', '=', me.personId).execute();
    const res = await standing.api.post(`/api/plans/${plan.id}/approve`, { version: plan.version });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['items.0.leadId', 'items.1.leadId']);
    expect((await standing.api.get(`/api/plans/${plan.id}`)).json()).toMatchObject({ status: 'submitted', version: plan.version });
    const itemIds = (await standing.api.get(`/api/plans/${plan.id}`)).json().items.map((i: { id: string }) => i.id);
    expect(await t.db.selectFrom('task').select('id').where('source_ref', 'in', itemIds).execute()).toHaveLength(0);
  });
});
