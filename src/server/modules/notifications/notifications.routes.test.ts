import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, createUnit, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { notifyTx } from './index.js';

let t: TestContext;
let tree: Subtree;
let me: string;
let other: string;
let mine: Session;
let noPerson: Session;
const as = (s: Session | null, lang: 'vi' | 'en' = 'vi') => client(t.app, s, lang);
const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  me = await createPerson(t.db, tree.committeeA, { given_name: 'Hoa' });
  other = await createPerson(t.db, tree.committeeA, { given_name: 'Tùng' });
  const a = await createAccount(t.db, 'cadre', tree.communeA, { personId: me });
  mine = await signIn(t.app, a.username, a.password);
  const b = await createAccount(t.db, 'office', tree.communeA);
  noPerson = await signIn(t.app, b.username, b.password);
});
afterAll(() => t?.close());

async function notify(personId: string, kind: string, params: Record<string, unknown>) {
  const key = randomUUID();
  await notifyTx(t.db, { personId, kind, params, dedupeKey: key });
  const row = await t.db.selectFrom('notification').select('id').where('dedupe_key', '=', key).executeTakeFirstOrThrow();
  return row.id;
}

describe('notifications inbox', () => {
  it('answers 401 without a session', async () => {
    expect((await as(null).get('/api/notifications')).statusCode).toBe(401);
    expect((await as(null).get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await as(null).post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(401);
    expect((await as(null).post('/api/notifications/read-all')).statusCode).toBe(401);
  });

  it('lists the person’s own notifications newest first, worded in vi and en, with a cursor', async () => {
    const first = await notify(me, 'task_assigned', { title: 'Rà soát hộ nghèo', dueDate: '2026-04-30' });
    await new Promise((r) => setTimeout(r, 5));
    const second = await notify(me, 'task_cancelled', { title: 'Rà soát hộ nghèo', reason: '' });
    await new Promise((r) => setTimeout(r, 5));
    const third = await notify(me, 'plan_returned', { weekStart: '2026-03-09', comment: 'Bổ sung số liệu' });
    await notify(other, 'task_assigned', { title: 'Không phải của tôi', dueDate: '2026-04-30' });

    const vi = (await as(mine).get('/api/notifications')).json();
    expect(vi.items.map((i: { id: string }) => i.id)).toEqual([third, second, first]);
    expect(vi.items[2]).toMatchObject({
      kind: 'task_assigned',
      readAt: null,
      taskId: null,
      text: 'Bạn được giao nhiệm vụ “Rà soát hộ nghèo”, hạn 30/04/2026.',
    });
    expect(vi.items[1].text).toBe('Nhiệm vụ “Rà soát hộ nghèo” đã bị hủy.');
    expect(vi.items[0].text).toBe('Kế hoạch công tác tuần bắt đầu 09/03/2026 bị trả lại: Bổ sung số liệu');
    expect(vi.nextBeforeId).toBeNull();
    const en = (await as(mine).get('/api/notifications?lang=en')).json();
    expect(en.items[2].text).toBe('You have been assigned the task “Rà soát hộ nghèo”, due 30/04/2026.');

    const page1 = (await as(mine).get('/api/notifications?limit=2')).json();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([third, second]);
    expect(page1.nextBeforeId).toBe(second);
    const page2 = (await as(mine).get(`/api/notifications?limit=2&beforeId=${second}`)).json();
    expect(page2).toEqual({ items: [expect.objectContaining({ id: first })], nextBeforeId: null });
    expect((await as(mine).get('/api/notifications/unread-count')).json()).toEqual({ count: 3 });
  });

  it('refuses bad query input naming the field', async () => {
    expect(fields(await as(mine).get('/api/notifications?limit=0'))).toEqual(['limit']);
    expect(fields(await as(mine).get('/api/notifications?beforeId=abc'))).toEqual(['beforeId']);
    expect(fields(await as(mine).get('/api/notifications?unreadOnly=yes'))).toEqual(['unreadOnly']);
    expect(fields(await as(mine).post('/api/notifications/abc/read'))).toEqual(['id']);
  });

  it('marks one read (audited once), hides other people’s (404), and filters unread', async () => {
    const id = await notify(me, 'plan_approved', { weekStart: '2026-03-16' });
    const others = await notify(other, 'plan_approved', { weekStart: '2026-03-16' });
    expect((await as(mine).post(`/api/notifications/${others}/read`)).statusCode).toBe(404);
    expect((await as(mine).post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    const before = (await as(mine).get('/api/notifications/unread-count')).json().count;
    const res = await as(mine).post(`/api/notifications/${id}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json().readAt).toEqual(expect.any(String));
    const audit = await lastAudit(t.db, 'notification', id);
    expect(audit).toMatchObject({ action: 'notification.read', person_id: me, unit_id: tree.committeeA, before: { readAt: null } });
    expect((await as(mine).post(`/api/notifications/${id}/read`)).statusCode).toBe(200);
    expect((await lastAudit(t.db, 'notification', id))!.seq).toBe(audit!.seq);
    expect((await as(mine).get('/api/notifications/unread-count')).json().count).toBe(before - 1);
    const unread = (await as(mine).get('/api/notifications?unreadOnly=true&limit=100')).json();
    expect(unread.items.some((i: { id: string }) => i.id === id)).toBe(false);
    expect(unread.items.every((i: { readAt: string | null }) => i.readAt === null)).toBe(true);
  });

  it('marks all read, audited with the count', async () => {
    await notify(me, 'meeting_scheduled', { title: 'Giao ban tuần', scheduledAt: '2026-03-16T01:30:00.000Z' });
    const list = (await as(mine).get('/api/notifications?limit=1')).json();
    expect(list.items[0].text).toBe('Bạn được mời dự “Giao ban tuần” lúc 08:30 16/03/2026.');
    const unread = (await as(mine).get('/api/notifications/unread-count')).json().count;
    expect(unread).toBeGreaterThan(0);
    const res = await as(mine).post('/api/notifications/read-all');
    expect(res.json()).toEqual({ marked: unread });
    expect(await lastAudit(t.db, 'person', me)).toMatchObject({
      action: 'notification.read_all',
      person_id: me,
      unit_id: tree.committeeA,
      after: { marked: unread },
    });
    expect((await as(mine).get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await as(mine).post('/api/notifications/read-all')).json()).toEqual({ marked: 0 });
  });

  it('gives an account without a person an empty inbox', async () => {
    expect((await as(noPerson).get('/api/notifications')).json()).toEqual({ items: [], nextBeforeId: null });
    expect((await as(noPerson).get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await as(noPerson).post('/api/notifications/read-all')).json()).toEqual({ marked: 0 });
    const id = await notify(me, 'plan_approved', { weekStart: '2026-03-23' });
    expect((await as(noPerson).post(`/api/notifications/${id}/read`)).statusCode).toBe(404);
  });
});

describe('unit reminder settings', () => {
  let standing: Session;
  let cadre: Session;
  beforeAll(async () => {
    const s = await createAccount(t.db, 'standing', tree.communeA);
    standing = await signIn(t.app, s.username, s.password);
    const c = await createAccount(t.db, 'cadre', tree.communeA);
    cadre = await signIn(t.app, c.username, c.password);
  });

  it('answers 401 without a session', async () => {
    expect((await as(null).get(`/api/units/${tree.communeA}/settings/reminders`)).statusCode).toBe(401);
    expect((await as(null).put(`/api/units/${tree.communeA}/settings/reminders`, { days: [2] })).statusCode).toBe(401);
  });

  it('reads the default, sets the unit’s own (audited, versioned) and children inherit it', async () => {
    const unit = await createUnit(t.db, { kind: 'division', name: 'Phòng Kinh tế', parentId: tree.communeA });
    const child = await createUnit(t.db, { kind: 'division', name: 'Tổ Nông nghiệp', parentId: unit });
    expect((await as(cadre).get(`/api/units/${unit}/settings/reminders`)).json()).toEqual({
      unitId: unit,
      days: [3, 1],
      source: 'default',
      sourceUnitId: null,
      version: null,
      actions: { edit: false },
    });
    const put = await as(standing).put(`/api/units/${unit}/settings/reminders`, { days: [1, 5, 2] });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ days: [5, 2, 1], source: 'unit', version: 1, actions: { edit: true } });
    expect(await lastAudit(t.db, 'unit_setting', `${unit}:tasks.reminder_days`)).toMatchObject({
      action: 'unit_setting.update',
      unit_id: unit,
      before: null,
      after: { days: [5, 2, 1] },
    });
    expect((await as(standing).get(`/api/units/${child}/settings/reminders`)).json()).toMatchObject({
      days: [5, 2, 1],
      source: 'ancestor',
      sourceUnitId: unit,
      version: null,
    });

    expect((await as(standing).put(`/api/units/${unit}/settings/reminders`, { days: [4] })).statusCode).toBe(409);
    expect((await as(standing).put(`/api/units/${unit}/settings/reminders`, { version: 2, days: [4] })).statusCode).toBe(409);
    const again = await as(standing).put(`/api/units/${unit}/settings/reminders`, { version: 1, days: [4, 0] });
    expect(again.json()).toMatchObject({ days: [4, 0], version: 2 });
    expect(await lastAudit(t.db, 'unit_setting', `${unit}:tasks.reminder_days`)).toMatchObject({
      before: { days: [5, 2, 1] },
      after: { days: [4, 0] },
    });
    expect((await as(cadre).get(`/api/units/${child}/settings/reminders`)).json().days).toEqual([4, 0]);
  });

  it('refuses bad days naming the field', async () => {
    const url = `/api/units/${tree.communeA}/settings/reminders`;
    expect(fields(await as(standing).put(url, { days: [3, 3] }))).toEqual(['days']);
    expect(fields(await as(standing).put(url, { days: [31] }))).toEqual(['days.0']);
    expect(fields(await as(standing).put(url, { days: [1, 2, 3, 4, 5, 6] }))).toEqual(['days']);
    expect(fields(await as(standing).put(url, { days: [] }))).toEqual(['days']);
    expect(fields(await as(standing).put(url, { days: [1.5] }))).toEqual(['days.0']);
  });

  it('hides units outside the scope (404) and refuses roles that may not write (403)', async () => {
    expect((await as(standing).get(`/api/units/${tree.communeB}/settings/reminders`)).statusCode).toBe(404);
    expect((await as(standing).put(`/api/units/${tree.communeB}/settings/reminders`, { days: [2] })).statusCode).toBe(404);
    expect((await as(cadre).put(`/api/units/${tree.communeA}/settings/reminders`, { days: [2] })).statusCode).toBe(403);
    expect((await as(standing).get(`/api/units/${randomUUID()}/settings/reminders`)).statusCode).toBe(404);
  });
});
