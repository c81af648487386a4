// The life of a task: acknowledge, start, complete, appraise, change the due date, cancel.
// Each endpoint: 401, 404 outside the scope, 403 to the wrong person, 400 naming the field,
// 409 on a stale version or the wrong state, and the happy path with its audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/harness.js';
import { type World, buildWorld, day, detail, expectAudit, expectField, issue } from './tasks.test-support.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w?.t.close());

const post = (s: World['s'][keyof World['s']] | null, id: string, path: string, body: unknown) =>
  client(w.t.app, s).post(`/api/tasks/${id}/${path}`, body);

/** 401 without a session, 404 from another commune, 403 to `wrong`. */
async function guards(path: string, body: unknown, wrong: World['s'][keyof World['s']]) {
  const task = await issue(w);
  expect((await post(null, task.id, path, body)).statusCode).toBe(401);
  expect((await post(w.s.cadreB, task.id, path, body)).statusCode).toBe(404);
  expect((await post(w.s.standingB, task.id, path, body)).statusCode).toBe(404);
  expect((await post(wrong, task.id, path, body)).statusCode).toBe(403);
  return task;
}

describe('POST /api/tasks/:id/acknowledge and /start', () => {
  it('guards: 401, 404, 403 to a supporting assignee, 400 naming the version', async () => {
    const task = await guards('acknowledge', { version: 1 }, w.s.support);
    expectField(await post(w.s.lead, task.id, 'acknowledge', {}), 'version');
    await guards('start', { version: 1 }, w.s.standing);
  });

  it('the lead acknowledges (new → accepted) then starts (→ in progress); each is audited', async () => {
    const task = await issue(w);
    const ack = await post(w.s.lead, task.id, 'acknowledge', { version: 1 });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(ack.json().acknowledgedAt).toBeTruthy();
    const ev = await expectAudit(w, task.id, 'task.acknowledge');
    expect(ev.before).toMatchObject({ status: 'new' });
    expect(ev.after).toMatchObject({ status: 'accepted' });
    const again = await post(w.s.lead, task.id, 'acknowledge', { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('task_state');
    expect((await post(w.s.lead, task.id, 'start', { version: 1 })).statusCode).toBe(409);
    const start = await post(w.s.lead, task.id, 'start', { version: 2 });
    expect(start.json()).toMatchObject({ status: 'in_progress', version: 3 });
    await expectAudit(w, task.id, 'task.start');
  });
});

describe('POST /api/tasks/:id/complete', () => {
  it('guards: 401, 404, 403 to a supporting assignee, 400 naming completedOn', async () => {
    const task = await guards('complete', { version: 1, completedOn: day(0) }, w.s.support);
    expectField(await post(w.s.lead, task.id, 'complete', { version: 1, completedOn: day(1) }), 'completedOn');
    expectField(await post(w.s.lead, task.id, 'complete', { version: 1, completedOn: day(-6) }), 'completedOn');
    expectField(await post(w.s.lead, task.id, 'complete', { version: 1 }), 'completedOn');
    expect((await detail(w, w.s.lead, task.id)).status).toBe('new');
  });

  it('the lead completes late: done, 100%, completedOn after dueDate, not overdue, audited', async () => {
    const task = await issue(w, { startDate: day(-10), dueDate: day(-3), pastDueConfirmed: true });
    expect((await detail(w, w.s.lead, task.id)).overdue).toBe(true);
    const res = await post(w.s.lead, task.id, 'complete', { version: 1, completedOn: day(0), note: 'Đã xong, chậm do mưa bão' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'done', progress: 100, completedOn: day(0), dueDate: day(-3), overdue: false });
    expect(body.completedOn > body.dueDate).toBe(true);
    expect(body.progressReports.at(-1)).toMatchObject({ progress: 100, note: 'Đã xong, chậm do mưa bão', person: { id: w.people.lead } });
    const ev = await expectAudit(w, task.id, 'task.complete');
    expect(ev.after).toMatchObject({ status: 'done', completedOn: day(0) });
    expect((await post(w.s.lead, task.id, 'complete', { version: 2, completedOn: day(0) })).json().error).toBe('task_state');
  });
});

describe('POST /api/tasks/:id/appraise', () => {
  const appraisal = { qualityOk: true, majorErrors: 0, exceeded: true, objectiveCause: false, note: 'Tốt' };

  it('guards: 401, 404, 403 to the lead, 409 before done, 400 naming the field', async () => {
    const task = await guards('appraise', { version: 1, ...appraisal }, w.s.lead);
    expect((await post(w.s.standing, task.id, 'appraise', { version: 1, ...appraisal })).json().error).toBe('task_state');
    expectField(await post(w.s.standing, task.id, 'appraise', { version: 1, ...appraisal, majorErrors: -1 }), 'majorErrors');
    expectField(await post(w.s.standing, task.id, 'appraise', { version: 1, ...appraisal, qualityOk: undefined }), 'qualityOk');
  });

  it('the assigner appraises a done task and may revise it (audited before/after)', async () => {
    const task = await issue(w);
    await post(w.s.lead, task.id, 'complete', { version: 1, completedOn: day(0) });
    const first = await post(w.s.standing, task.id, 'appraise', { version: 2, ...appraisal });
    expect(first.statusCode).toBe(200);
    expect(first.json().appraisal).toMatchObject({ ...appraisal, appraisedBy: { id: w.people.assigner, fullName: 'Lê Văn Thường' } });
    await expectAudit(w, task.id, 'task.appraise');
    const revised = await post(w.s.standing, task.id, 'appraise', {
      version: 3,
      ...appraisal,
      qualityOk: false,
      majorErrors: 2,
      exceeded: false,
    });
    expect(revised.json().appraisal).toMatchObject({ qualityOk: false, majorErrors: 2, exceeded: false });
    const ev = await expectAudit(w, task.id, 'task.appraise');
    expect(ev.before).toMatchObject({ qualityOk: true, majorErrors: 0, exceeded: true });
    expect(ev.after).toMatchObject({ qualityOk: false, majorErrors: 2, exceeded: false });
    expect((await post(w.s.admin, task.id, 'appraise', { version: 3, ...appraisal })).statusCode).toBe(409);
  });
});

describe('POST /api/tasks/:id/due-date', () => {
  it('guards: 401, 404, 403 to the lead, 400 naming reason and dueDate', async () => {
    const task = await guards('due-date', { version: 1, dueDate: day(20), reason: 'Thêm việc' }, w.s.lead);
    expectField(await post(w.s.standing, task.id, 'due-date', { version: 1, dueDate: day(20) }), 'reason');
    expectField(await post(w.s.standing, task.id, 'due-date', { version: 1, dueDate: day(20), reason: '  ' }), 'reason');
    expectField(await post(w.s.standing, task.id, 'due-date', { version: 1, dueDate: day(-6), reason: 'x' }), 'dueDate');
    expectField(await post(w.s.standing, task.id, 'due-date', { version: 1, dueDate: day(10), reason: 'x' }), 'dueDate');
  });

  it('keeps the history, tells the assignees, audits; two editors → the second gets 409', async () => {
    const task = await issue(w);
    const res = await post(w.s.standing, task.id, 'due-date', { version: 1, dueDate: day(20), reason: 'Chờ số liệu của huyện' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueDate: day(20), version: 2 });
    expect(res.json().dueChanges).toEqual([
      expect.objectContaining({
        oldDue: day(10),
        newDue: day(20),
        reason: 'Chờ số liệu của huyện',
        changedBy: expect.stringContaining('standing'),
      }),
    ]);
    const ev = await expectAudit(w, task.id, 'task.due_change');
    expect(ev.before).toMatchObject({ dueDate: day(10) });
    expect(ev.after).toMatchObject({ dueDate: day(20), reason: 'Chờ số liệu của huyện' });
    const notes = await w.t.db
      .selectFrom('notification')
      .select('person_id')
      .where('task_id', '=', task.id)
      .where('kind', '=', 'task_due_changed')
      .execute();
    expect(notes.map((n) => n.person_id).sort()).toEqual([w.people.lead, w.people.support].sort());
    const stale = await post(w.s.admin, task.id, 'due-date', { version: 1, dueDate: day(30), reason: 'Khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('conflict');
    expect((await detail(w, w.s.lead, task.id)).dueChanges).toHaveLength(1);
  });

  it('refuses after done', async () => {
    const task = await issue(w);
    await post(w.s.lead, task.id, 'complete', { version: 1, completedOn: day(0) });
    expect((await post(w.s.standing, task.id, 'due-date', { version: 2, dueDate: day(30), reason: 'x' })).json().error).toBe('task_state');
  });
});

describe('POST /api/tasks/:id/cancel', () => {
  it('guards: 401, 404, 403 to the lead, 400 naming the reason', async () => {
    const task = await guards('cancel', { version: 1, reason: 'Trùng' }, w.s.lead);
    expectField(await post(w.s.standing, task.id, 'cancel', { version: 1 }), 'reason');
  });

  it('cancels with the reason, tells the assignees, audits; then nothing else applies', async () => {
    const task = await issue(w);
    const res = await post(w.s.standing, task.id, 'cancel', { version: 1, reason: 'Đã giao cho đơn vị khác' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelledReason: 'Đã giao cho đơn vị khác', overdue: false, actions: [] });
    await expectAudit(w, task.id, 'task.cancel');
    const notes = await w.t.db
      .selectFrom('notification')
      .select('person_id')
      .where('task_id', '=', task.id)
      .where('kind', '=', 'task_cancelled')
      .execute();
    expect(notes).toHaveLength(2);
    expect((await post(w.s.lead, task.id, 'complete', { version: 2, completedOn: day(0) })).json().error).toBe('task_state');
    expect((await post(w.s.standing, task.id, 'cancel', { version: 2, reason: 'x' })).json().error).toBe('task_state');
  });
});
