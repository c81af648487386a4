// Nobody appraises, edits or cancels a task they lead or support, nor moves its deadline (Quy định 366-QĐ/TW, Điều
// 12–13; Nghị định 335/2025/NĐ-CP, Điều 14: the appraisal and the delays feed their own evaluation).
// A standing member who leads a task sees neither action and is refused with the named reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson } from '../../test/factories.js';
import { type Session, client, signIn } from '../../test/harness.js';
import { type World, buildWorld, day, issue } from './tasks.test-support.js';

let w: World;
let leader: { personId: string; s: Session };

beforeAll(async () => {
  w = await buildWorld();
  const personId = await createPerson(w.t.db, w.tree.communeA, { given_name: 'Phó' });
  const acc = await createAccount(w.t.db, 'standing', w.tree.communeA, { personId });
  leader = { personId, s: await signIn(w.t.app, acc.username, acc.password) };
}, 180_000);
afterAll(() => w?.t.close());

const post = (s: Session, id: string, action: string, body: unknown) => client(w.t.app, s).post(`/api/tasks/${id}/${action}`, body);
const APPRAISAL = { qualityOk: true, majorErrors: 0, exceeded: true, objectiveCause: false, note: 'Tự đánh giá' };

describe('a standing member’s own task', () => {
  it('as lead: no appraise or changeDue action; both refused with the rule; another member appraises', async () => {
    const task = await issue(w, { leadId: leader.personId, supportIds: [], dueDate: day(2) });
    const done = await post(leader.s, task.id, 'complete', { version: task.version, completedOn: day(0) });
    expect(done.statusCode, done.body).toBe(200);
    const mine = (await client(w.t.app, leader.s).get(`/api/tasks/${task.id}`)).json();
    expect(mine.actions).not.toContain('appraise');
    expect((await client(w.t.app, w.s.standing).get(`/api/tasks/${task.id}`)).json().actions).toContain('appraise');

    const refused = await post(leader.s, task.id, 'appraise', { ...APPRAISAL, version: mine.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('own_work.task');
    expect(refused.json().message).toContain('Quy định 366-QĐ/TW, Điều 12–13');
    const row = await w.t.db.selectFrom('task').select(['appraised_at', 'version']).where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ appraised_at: null, version: mine.version });

    const ok = await post(w.s.standing, task.id, 'appraise', { ...APPRAISAL, version: mine.version });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('as supporting assignee: cannot move the deadline, cancel nor edit the task; the assigner can', async () => {
    const task = await issue(w, { supportIds: [leader.personId] });
    const actions = (await client(w.t.app, leader.s).get(`/api/tasks/${task.id}`)).json().actions;
    expect(actions).not.toContain('changeDue');
    expect(actions).not.toContain('cancel');
    // Decision 0029: the work units and priority weigh in their own scoring — editing is judging too.
    expect(actions).not.toContain('edit');
    const edit = await client(w.t.app, leader.s).patch(`/api/tasks/${task.id}`, { version: task.version, workUnits: 40 });
    expect(edit.statusCode, edit.body).toBe(403);
    expect(edit.json().error).toBe('own_work.task');
    const kept = await w.t.db.selectFrom('task').select(['work_units', 'version']).where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(kept.version).toBe(task.version);
    const cancel = await post(leader.s, task.id, 'cancel', { version: task.version, reason: 'Tự hủy' });
    expect(cancel.statusCode).toBe(403);
    expect(cancel.json().error).toBe('own_work.task');
    const refused = await post(leader.s, task.id, 'due-date', { version: task.version, dueDate: day(20), reason: 'Dời hạn' });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().error).toBe('own_work.task');
    const ok = await post(w.s.standing, task.id, 'due-date', { version: task.version, dueDate: day(20), reason: 'Dời hạn' });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
