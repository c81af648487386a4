// Issue 9: a due date before today is refused naming the field and the date, unless the request says it
// knowingly records a past deadline; then it is accepted and the confirmation is audited.
// Decision 0029: every date a person types for work still to come follows the rule — a volunteered
// roadmap's milestones and a weekly plan's items too (the endpoints sharing the cause).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatViDate, mondayOf } from '../../../domain/dates.js';
import { lastAudit } from '../../test/factories.js';
import { member } from '../plans/plans.test-support.js';
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

describe('every other date typed for work to come (decision 0029)', () => {
  it('POST /api/tasks/volunteer: a past milestone is refused naming milestones.N.dueDate, even when the due date is ahead', async () => {
    const body = {
      unitId: w.tree.communeA,
      title: 'Lộ trình nhập muộn',
      startDate: day(-20),
      dueDate: day(10),
      workUnits: 2,
      milestones: [
        { title: 'Khảo sát', dueDate: day(-5) },
        { title: 'Hoàn thành', dueDate: day(10) },
      ],
    };
    const before = await countTasks();
    const res = await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', body);
    expectField(res, 'milestones.0.dueDate');
    expect(res.json().details.map((d: { field: string }) => d.field)).toEqual(['milestones.0.dueDate']);
    expect(res.json().details[0].message).toContain(formatViDate(day(-5)));
    expect(await countTasks()).toBe(before);
    const ok = await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', { ...body, pastDueConfirmed: true });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await expectAudit(w, ok.json().id, 'task.create')).after).toMatchObject({ pastDueConfirmed: true });
  });

  it('POST and PUT /api/plans: a past item due date is refused unless confirmed; a kept item is not asked again', async () => {
    const author = await member(w.t, w.tree.communeA, 'cadre', w.tree.communeA);
    const week = mondayOf(day(-7)); // last week: every day of it lies before today
    const items = [{ title: 'Họp thôn Đông', workUnits: 1, startDate: week, dueDate: addDays(week, 2) }];
    const refused = await author.api.post('/api/plans', { week, items });
    expectField(refused, 'items.0.dueDate');
    expect(refused.json().details[0].message).toContain(formatViDate(addDays(week, 2)));
    const en = await author.api.post('/api/plans?lang=en', { week, items });
    expect(en.json().details[0].message).toContain('has already passed');
    const created = await author.api.post('/api/plans', { week, items, pastDueConfirmed: true });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await lastAudit(w.t.db, 'weekly_plan', id))?.after).toMatchObject({ pastDueConfirmed: true });
    // The same item kept, a new one added with a date ahead: no question asked.
    const next = { title: 'Báo cáo tuần', workUnits: 1, startDate: week, dueDate: day(3) };
    const kept = await author.api.put(`/api/plans/${id}`, { version: 1, items: [...items, next] });
    expect(kept.statusCode, kept.body).toBe(200);
    // A past date typed anew (the item's date changed) is asked about again.
    const changed = await author.api.put(`/api/plans/${id}`, { version: 2, items: [{ ...items[0], dueDate: addDays(week, 3) }] });
    expectField(changed, 'items.0.dueDate');
    expect((await author.api.get(`/api/plans/${id}`)).json()).toMatchObject({ version: 2 });
    const confirmed = await author.api.put(`/api/plans/${id}`, {
      version: 2,
      items: [{ ...items[0], dueDate: addDays(week, 3) }],
      pastDueConfirmed: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((await lastAudit(w.t.db, 'weekly_plan', id))?.after).toMatchObject({ pastDueConfirmed: true });
  });
});
