// Volunteered hard tasks: a cadre commits to a roadmap, leads the task, marks milestones done;
// progress against the roadmap is derived in the detail view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/harness.js';
import { type World, buildWorld, day, detail, expectAudit, expectField } from './tasks.test-support.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w?.t.close());

const plan = (over: Record<string, unknown> = {}) => ({
  unitId: w.tree.communeA,
  title: 'Giải phóng mặt bằng tuyến đường liên thôn',
  description: 'Việc khó, tự nguyện nhận',
  startDate: day(-30),
  dueDate: day(60),
  workUnits: 5,
  fieldCode: 'land_construction',
  milestones: [
    { title: 'Kiểm đếm xong', dueDate: day(-10) },
    { title: 'Phê duyệt phương án', dueDate: day(-1) },
    { title: 'Bàn giao mặt bằng', dueDate: day(50) },
  ],
  // A roadmap begun before it was entered: its first milestones are knowingly past (decision 0029).
  pastDueConfirmed: true,
  ...over,
});

describe('POST /api/tasks/volunteer', () => {
  it('answers 401, 403 to an account without a person, 404 for a unit outside the scope', async () => {
    expect((await client(w.t.app, null).post('/api/tasks/volunteer', plan())).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.office).post('/api/tasks/volunteer', plan())).statusCode).toBe(403);
    expect((await client(w.t.app, w.s.cadreB).post('/api/tasks/volunteer', plan())).statusCode).toBe(404);
  });

  it("refuses a unit that is not the volunteer's own, naming unitId", async () => {
    expectField(await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', plan({ unitId: w.tree.cellA })), 'unitId');
  });

  it('names the field on a bad roadmap', async () => {
    const c = client(w.t.app, w.s.lead);
    expectField(await c.post('/api/tasks/volunteer', plan({ milestones: [] })), 'milestones');
    expectField(await c.post('/api/tasks/volunteer', plan({ milestones: [{ title: 'Sớm', dueDate: day(-31) }] })), 'milestones.0.dueDate');
    expectField(await c.post('/api/tasks/volunteer', plan({ milestones: [{ title: 'Muộn', dueDate: day(61) }] })), 'milestones.0.dueDate');
    expectField(
      await c.post(
        '/api/tasks/volunteer',
        plan({
          milestones: [
            { title: 'A', dueDate: day(5) },
            { title: 'B', dueDate: day(5) },
          ],
        }),
      ),
      'milestones.1.dueDate',
    );
    expectField(await c.post('/api/tasks/volunteer', plan({ dueDate: day(-40), pastDueConfirmed: false })), 'dueDate');
    expectField(await c.post('/api/tasks/volunteer', plan({ workUnits: 0 })), 'workUnits');
    expectField(await c.post('/api/tasks/volunteer', plan({ supportIds: [w.people.lead] })), 'supportIds.0');
  });

  it('a cadre volunteers: they lead it, no assigner, the roadmap is tracked, the standing committee sees it', async () => {
    const res = await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', plan());
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({ source: 'volunteer', lead: { id: w.people.lead }, assigner: null, status: 'accepted' });
    expect(task.milestones.map((m: { title: string; state: string }) => [m.title, m.state])).toEqual([
      ['Kiểm đếm xong', 'late'],
      ['Phê duyệt phương án', 'late'],
      ['Bàn giao mặt bằng', 'due'],
    ]);
    expect(task.roadmap).toEqual({ total: 3, done: 0, dueByToday: 2, doneOfDue: 0, onTrack: false });
    expect(task.actions).toContain('milestone');
    const ev = await expectAudit(w, task.id, 'task.create');
    expect((ev.after as { milestones: unknown[] }).milestones).toHaveLength(3);
    const seen = await detail(w, w.s.standing, task.id);
    expect(seen.actions).toEqual(['changeDue', 'cancel', 'edit']);
    const board = await client(w.t.app, w.s.standing).get(`/api/tasks?source=volunteer&personId=${w.people.lead}`);
    expect(board.json().items.map((i: { id: string }) => i.id)).toContain(task.id);
    const notes = await w.t.db.selectFrom('notification').select('person_id').where('task_id', '=', task.id).execute();
    expect(notes.map((n) => n.person_id)).not.toContain(w.people.lead);
  });
});

describe('POST /api/tasks/:id/milestones/:mid/done', () => {
  async function volunteered() {
    const task = (await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', plan())).json();
    return { task, m: task.milestones as Array<{ id: string; version: number }> };
  }
  const done = (s: World['s'][keyof World['s']] | null, id: string, mid: string, body: unknown) =>
    client(w.t.app, s).post(`/api/tasks/${id}/milestones/${mid}/done`, body);

  it('answers 401, 404 outside the scope or for an unknown milestone, 403 to others, 400 naming doneOn', async () => {
    const { task, m } = await volunteered();
    expect((await done(null, task.id, m[0].id, { doneOn: day(-12) })).statusCode).toBe(401);
    expect((await done(w.s.cadreB, task.id, m[0].id, { doneOn: day(-12) })).statusCode).toBe(404);
    expect((await done(w.s.lead, task.id, task.id, { doneOn: day(-12) })).statusCode).toBe(404);
    expect((await done(w.s.standing, task.id, m[0].id, { doneOn: day(-12) })).statusCode).toBe(403);
    expectField(await done(w.s.lead, task.id, m[0].id, { doneOn: day(1) }), 'doneOn');
    expectField(await done(w.s.lead, task.id, m[0].id, { doneOn: day(-31) }), 'doneOn');
    expectField(await done(w.s.lead, task.id, m[0].id, {}), 'doneOn');
  });

  it('the lead marks milestones done; the roadmap state follows; audited; stale milestone version → 409', async () => {
    const { task, m } = await volunteered();
    const first = await done(w.s.lead, task.id, m[0].id, { doneOn: day(-12), version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json().roadmap).toEqual({ total: 3, done: 1, dueByToday: 2, doneOfDue: 1, onTrack: false });
    const ev = await expectAudit(w, task.id, 'task.milestone_done');
    expect(ev.after).toMatchObject({ milestoneId: m[0].id, doneOn: day(-12) });
    const second = await done(w.s.lead, task.id, m[1].id, { doneOn: day(0), note: 'Chậm một ngày' });
    const body = second.json();
    expect(body.roadmap).toEqual({ total: 3, done: 2, dueByToday: 2, doneOfDue: 2, onTrack: true });
    expect(body.milestones.map((x: { state: string }) => x.state)).toEqual(['done', 'done_late', 'due']);
    expect((await done(w.s.lead, task.id, m[0].id, { doneOn: day(-11), version: 1 })).statusCode).toBe(409);
  });

  it('is not available on a task slip', async () => {
    const slipTask = await client(w.t.app, w.s.standing).post('/api/tasks', {
      unitId: w.tree.communeA,
      title: 'Phiếu giao việc',
      leadId: w.people.lead,
      startDate: day(0),
      dueDate: day(3),
      workUnits: 1,
    });
    const { m } = await volunteered();
    expect((await done(w.s.lead, slipTask.json().id, m[0].id, { doneOn: day(0) })).statusCode).toBe(403);
  });
});

describe('the roadmap drives a volunteered task (issue 9)', () => {
  it('starts accepted; the first milestone starts it; progress is the share done; the last completes it for appraisal', async () => {
    const task = (await client(w.t.app, w.s.lead).post('/api/tasks/volunteer', plan())).json();
    expect(task).toMatchObject({ status: 'accepted', progress: 0 });
    expect(task.actions).not.toContain('acknowledge');
    const m = task.milestones as Array<{ id: string }>;
    const mark = (i: number, doneOn: string) =>
      client(w.t.app, w.s.lead).post(`/api/tasks/${task.id}/milestones/${m[i].id}/done`, { doneOn });
    const one = (await mark(0, day(-12))).json();
    expect(one).toMatchObject({ status: 'in_progress', progress: 33, completedOn: null, version: task.version + 1 });
    const ev = await expectAudit(w, task.id, 'task.milestone_done');
    expect(ev.before).toMatchObject({ task: { status: 'accepted', progress: 0 } });
    expect(ev.after).toMatchObject({ milestoneId: m[0].id, task: { status: 'in_progress', progress: 33 } });
    expect((await mark(1, day(-2))).json()).toMatchObject({ status: 'in_progress', progress: 66 });
    const last = (await mark(2, day(-1))).json();
    expect(last).toMatchObject({ status: 'done', progress: 100, completedOn: day(-1), appraisal: null });
    expect((await expectAudit(w, task.id, 'task.milestone_done')).after).toMatchObject({
      task: { status: 'done', progress: 100, completedOn: day(-1) },
    });
    // Done: the standing committee may appraise it; the volunteer may not mark more milestones.
    expect((await detail(w, w.s.standing, task.id)).actions).toContain('appraise');
    expect((await mark(0, day(-11))).statusCode).toBe(409);
  });
});
