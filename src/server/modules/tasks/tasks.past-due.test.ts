// Issue 9: a due date before today is refused naming the field and the date, unless the request says it
// knowingly records a past deadline; then it is accepted and the confirmation is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViDate } from '../../../domain/dates.js';
import { client } from '../../test/harness.js';
import { type World, buildWorld, day, expectAudit, expectField, issue, slip } from './tasks.test-support.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w?.t.close());

const countTasks = async () =>
  Number(
    (
      await w.t.db
        .selectFrom('task')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a due date in the past', () => {
  it('POST /api/tasks: refused with 400 naming dueDate and the date, nothing written', async () => {
    const before = await countTasks();
    const res = await client(w.t.app, w.s.standing).post('/api/tasks', slip(w, { startDate: day(-10), dueDate: day(-1) }));
    expectField(res, 'dueDate');
    expect(res.json().details[0].message).toContain(formatViDate(day(-1)));
    expect(res.json().details[0].message).toContain(formatViDate(day(0)));
    const en = await client(w.t.app, w.s.standing).post('/api/tasks?lang=en', slip(w, { startDate: day(-10), dueDate: day(-1) }));
    expect(en.json().details[0].message).toContain('has already passed');
    expect(await countTasks()).toBe(before);
  });

  it('POST /api/tasks: today is not past; a confirmed past date is accepted and the confirmation audited', async () => {
    expect((await client(w.t.app, w.s.standing).post('/api/tasks', slip(w, { dueDate: day(0) }))).statusCode).toBe(201);
    const task = await issue(w, { startDate: day(-10), dueDate: day(-2), pastDueConfirmed: true });
    expect(task).toMatchObject({ dueDate: day(-2), overdue: true });
    const ev = await expectAudit(w, task.id, 'task.create');
    expect(ev.after).toMatchObject({ dueDate: day(-2), pastDueConfirmed: true });
  });

  it('POST /api/tasks/volunteer: the same rule', async () => {
    const body = {
      unitId: w.tree.communeA,
      title: 'Việc khó đã làm xong',
      startDate: day(-30),
      dueDate: day(-3),
      workUnits: 2,
      milestones: [{ title: 'Xong', dueDate: day(-3) }],
    };
    expectField(await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', body), 'dueDate');
    const ok = await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', { ...body, pastDueConfirmed: true });
    expect(ok.statusCode).toBe(201);
    expect((await expectAudit(w, ok.json().id, 'task.create')).after).toMatchObject({ pastDueConfirmed: true });
  });

  it('POST /api/tasks/:id/due-date: a new date in the past is refused unless confirmed; audited', async () => {
    const task = await issue(w, { startDate: day(-10), dueDate: day(5) });
    const c = client(w.t.app, w.s.standing);
    const refused = await c.post(`/api/tasks/${task.id}/due-date`, { version: 1, dueDate: day(-1), reason: 'Ghi lại hạn trên giấy' });
    expectField(refused, 'dueDate');
    expect(refused.json().details[0].message).toContain(formatViDate(day(-1)));
    const ok = await c.post(`/api/tasks/${task.id}/due-date`, {
      version: 1,
      dueDate: day(-1),
      reason: 'Ghi lại hạn trên giấy',
      pastDueConfirmed: true,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ dueDate: day(-1), version: 2 });
    const ev = await expectAudit(w, task.id, 'task.due_change');
    expect(ev.after).toMatchObject({ dueDate: day(-1), pastDueConfirmed: true });
  });
});
