import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, createUnit, type Subtree } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { dispatchEmails, type EmailMessage, emailSenderFromEnv, runReminderScan, startReminderScheduler } from './index.js';
import { recordAudit } from '../audit/index.js';
import { reminderStep } from './notifications.reminders.js';
import { insertTask, notificationsOfTask } from './notifications.test-support.js';

let t: TestContext;
let tree: Subtree;
let lead: string;
let support: string;
// 10:00 on 10/03/2026 in Vietnam (03:00 UTC).
const NOW = new Date('2026-03-10T03:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  lead = await createPerson(t.db, tree.committeeA, { given_name: 'Lan', email: 'lan@example.vn' });
  support = await createPerson(t.db, tree.committeeA, { given_name: 'Minh' });
});
afterAll(() => t?.close());

const kinds = async (taskId: string) =>
  (await notificationsOfTask(t.db, taskId)).map((n) => `${n.person_id === lead ? 'lead' : 'support'}:${n.kind}`).sort();

describe('reminder scan', () => {
  it('reminds lead and support 3 days before the due date, once however often it runs', async () => {
    const task = await insertTask(t.db, {
      unitId: tree.committeeA,
      dueDate: '2026-03-13',
      leadId: lead,
      supportIds: [support],
      title: 'Báo cáo quý I',
    });
    const far = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-20', leadId: lead });
    await runReminderScan(t.db, NOW);
    expect(await kinds(task)).toEqual(['lead:task_due_soon', 'support:task_due_soon']);
    const [n] = (await notificationsOfTask(t.db, task)).filter((x) => x.person_id === lead);
    expect(n.params).toEqual({ title: 'Báo cáo quý I', dueDate: '2026-03-13', days: 3 });
    expect(await kinds(far)).toEqual([]);

    await runReminderScan(t.db, NOW);
    await runReminderScan(t.db, new Date(NOW.getTime() + 3600_000));
    expect(await kinds(task)).toHaveLength(2);

    // Two days later the 1-day offset applies: one more each; the day itself adds nothing.
    await runReminderScan(t.db, new Date('2026-03-12T03:00:00Z'));
    await runReminderScan(t.db, new Date('2026-03-13T03:00:00Z'));
    expect(await kinds(task)).toEqual(['lead:task_due_soon', 'lead:task_due_soon', 'support:task_due_soon', 'support:task_due_soon']);
  });

  it('shows the reminder in the lead’s inbox, worded in the reader’s language', async () => {
    const task = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-11', leadId: lead, title: 'Họp dân thôn Đông' });
    await runReminderScan(t.db, NOW);
    const account = await createAccount(t.db, 'cadre', tree.communeA, { personId: lead });
    const s = await signIn(t.app, account.username, account.password);
    const vi = (await client(t.app, s, 'vi').get('/api/notifications')).json().items.find((i: { taskId: string }) => i.taskId === task);
    expect(vi.text).toBe('Nhiệm vụ “Họp dân thôn Đông” sắp đến hạn: còn 1 ngày (hạn 11/03/2026).');
  });

  it('uses the unit’s own offsets ([5]) instead of the default', async () => {
    const unit = await createUnit(t.db, { kind: 'division', name: 'Văn phòng', parentId: tree.communeB });
    const inner = await createUnit(t.db, { kind: 'division', name: 'Tổ một cửa', parentId: unit });
    const person = await createPerson(t.db, inner);
    await t.db
      .insertInto('unit_setting')
      .values({ unit_id: unit, key: 'tasks.reminder_days', value: JSON.stringify([5]) })
      .execute();
    const inFive = await insertTask(t.db, { unitId: inner, dueDate: '2026-03-15', leadId: person });
    const elsewhere = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-15', leadId: lead });
    await runReminderScan(t.db, NOW);
    expect(await kinds(inFive)).toEqual(['support:task_due_soon']); // 'support' = not the shared lead
    expect((await notificationsOfTask(t.db, inFive))[0].params).toMatchObject({ days: 5 });
    expect(await kinds(elsewhere)).toEqual([]);
  });

  it('leaves done and cancelled tasks alone', async () => {
    const done = await insertTask(t.db, {
      unitId: tree.committeeA,
      dueDate: '2026-03-13',
      leadId: lead,
      supportIds: [support],
      status: 'done',
    });
    const cancelled = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-09', leadId: lead, status: 'cancelled' });
    await runReminderScan(t.db, NOW);
    expect(await kinds(done)).toEqual([]);
    expect(await kinds(cancelled)).toEqual([]);
  });

  it('sends one overdue notice the day after the due date', async () => {
    const late = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-03-09', leadId: lead, supportIds: [support] });
    const result = await runReminderScan(t.db, NOW);
    expect(result.overdue).toBeGreaterThanOrEqual(2);
    expect(await kinds(late)).toEqual(['lead:task_overdue', 'support:task_overdue']);
    await runReminderScan(t.db, new Date('2026-03-11T03:00:00Z'));
    expect(await kinds(late)).toHaveLength(2);
    const long = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-02-01', leadId: lead });
    await runReminderScan(t.db, NOW);
    expect(await kinds(long)).toEqual([]);
  });

  it('runs on a schedule and stops cleanly', async () => {
    const task = await insertTask(t.db, {
      unitId: tree.committeeA,
      dueDate: new Date(Date.now() + 86400_000 * 1).toISOString().slice(0, 10),
      leadId: lead,
    });
    const errors: unknown[] = [];
    const stop = startReminderScheduler(t.db, { intervalMs: 20, firstRunMs: 0, log: { info: () => {}, error: (o) => errors.push(o) } });
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    expect(errors).toEqual([]);
    expect((await kinds(task)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('reminder scheduler step', () => {
  const audit = (entityType: 'task' | 'unit_setting', entityId: string) =>
    t.db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, { actorId: null, actorName: 'test', requestId: null, ip: null }, [
          { action: `${entityType}.update` as const, entityType, entityId },
        ]),
      );

  it('scans everything once a day, then only tasks named by audit events', async () => {
    const at = new Date('2026-05-04T02:00:00Z');
    const before = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-05-05', leadId: lead });
    const first = await reminderStep(t.db, null, at);
    expect(first.state.day).toBe('2026-05-04');
    expect(await kinds(before)).toEqual(['lead:task_due_soon']);

    // Written without an audit event (as a bulk seed would): left for the next full scan.
    const silent = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-05-05', leadId: lead });
    const idle = await reminderStep(t.db, first.state, at);
    expect(idle.state).toEqual(first.state);
    expect(await kinds(silent)).toEqual([]);

    const audited = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-05-06', leadId: lead, supportIds: [support] });
    await audit('task', audited);
    const step = await reminderStep(t.db, idle.state, at);
    expect(step.state.seq).toBeGreaterThan(idle.state.seq);
    expect(step.result).toEqual({ dueSoon: 2, overdue: 0 });
    expect(await kinds(audited)).toEqual(['lead:task_due_soon', 'support:task_due_soon']);
    expect(await kinds(silent)).toEqual([]);

    // A change of a unit's offsets, or the next day, scans the whole window again.
    await audit('unit_setting', `${tree.communeA}:tasks.reminder_days`);
    await reminderStep(t.db, step.state, at);
    expect(await kinds(silent)).toEqual(['lead:task_due_soon']);
    const later = await insertTask(t.db, { unitId: tree.committeeA, dueDate: '2026-05-07', leadId: lead });
    const nextDay = await reminderStep(t.db, step.state, new Date('2026-05-05T02:00:00Z'));
    expect(nextDay.state.day).toBe('2026-05-05');
    expect(await kinds(later)).toEqual(['lead:task_due_soon']);
  });
});

describe('e-mail hook', () => {
  it('is off unless CANBO_SMTP_URL is set', () => {
    const log = { info: () => {}, error: () => {} };
    expect(emailSenderFromEnv({}, log)).toBeNull();
    expect(emailSenderFromEnv({ CANBO_SMTP_URL: 'smtp://relay.local' }, log)).not.toBeNull();
  });

  it('hands each new notification of a person with an e-mail address to the sender once', async () => {
    const task = await insertTask(t.db, {
      unitId: tree.committeeA,
      dueDate: new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10),
      leadId: lead,
      supportIds: [support],
    });
    await runReminderScan(t.db);
    const sent: EmailMessage[] = [];
    const sender = { send: async (m: EmailMessage) => void sent.push(m) };
    await dispatchEmails(t.db, sender);
    const mine = sent.filter((m) => m.text.includes(task.slice(0, 6)));
    expect(mine).toHaveLength(1); // the lead has an address, the support does not
    expect(mine[0]).toMatchObject({ to: 'lan@example.vn', subject: 'CanBo: thông báo mới' });
    const row = await t.db
      .selectFrom('notification')
      .select('emailed_at')
      .where('id', '=', mine[0].notificationId)
      .executeTakeFirstOrThrow();
    expect(row.emailed_at).toBeInstanceOf(Date);
    const again: EmailMessage[] = [];
    await dispatchEmails(t.db, { send: async (m) => void again.push(m) });
    expect(again).toEqual([]);
  });
});
