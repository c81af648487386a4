import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { insertTask } from '../summary/summary.test-support.js';
import { meetingOfConclusion } from './index.js';

let t: TestContext;
let tree: Subtree;
let office: Session; // office of commune A: schedules and runs the briefing
let reader: Session; // cadre of commune A: reads only
let outsider: Session; // office of commune B
const p: Record<string, string> = {};
const task: Record<string, string> = {};
const AT = '2026-03-09T08:00:00+07:00'; // a Monday: reviews the week 02/03–08/03

function multipart(fileName: string, content: string, type = 'application/pdf') {
  const boundary = '----canbotest';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  p.secretary = await createPerson(t.db, tree.communeA, { family_name: 'Hoàng', middle_name: 'Văn', given_name: 'Thư' });
  p.chair = await createPerson(t.db, tree.committeeA, { family_name: 'Vũ', middle_name: 'Thị', given_name: 'Chủ' });
  p.member = await createPerson(t.db, tree.cellA, { family_name: 'Đỗ', middle_name: 'Văn', given_name: 'Minh' });
  p.far = await createPerson(t.db, tree.communeB, { family_name: 'Phan', middle_name: '', given_name: 'Xa' });
  task.overdue = await insertTask(t.db, {
    unitId: tree.committeeA,
    dueDate: '2026-03-05',
    leadId: p.chair,
    title: 'Giải phóng mặt bằng tuyến đường',
  });
  task.late = await insertTask(t.db, {
    unitId: tree.cellA,
    dueDate: '2026-03-04',
    completedOn: '2026-03-06',
    leadId: p.member,
    title: 'Báo cáo sinh hoạt chi bộ',
  });
  task.far = await insertTask(t.db, { unitId: tree.communeB, dueDate: '2026-03-04', leadId: p.far });
  const sign = async (role: 'office' | 'cadre', unit: string) => {
    const a = await createAccount(t.db, role, unit);
    return signIn(t.app, a.username, a.password);
  };
  office = await sign('office', tree.communeA);
  reader = await sign('cadre', tree.communeA);
  outsider = await sign('office', tree.communeB);
}, 60_000);
afterAll(() => t?.close());

const input = () => ({
  unitId: tree.communeA,
  title: 'Giao ban tuần 11',
  scheduledAt: AT,
  location: 'Hội trường xã',
  chairIds: [p.secretary, p.chair],
  attendeeIds: [p.member],
});

describe('meetings: access and bad input', () => {
  it('401 without a session on every endpoint', async () => {
    const anon = client(t.app, null);
    const id = '00000000-0000-4000-8000-000000000001';
    const calls = [
      anon.post('/api/meetings', input()),
      anon.get(`/api/meetings?unitId=${tree.communeA}`),
      anon.get(`/api/meetings/${id}`),
      anon.patch(`/api/meetings/${id}`, { version: 1 }),
      anon.post(`/api/meetings/${id}/agenda/from-summary`, { version: 1 }),
      anon.put(`/api/meetings/${id}/agenda`, { version: 1, items: [] }),
      anon.put(`/api/meetings/${id}/attendance`, []),
      anon.put(`/api/meetings/${id}/conclusions`, { version: 1, items: [] }),
      anon.post(`/api/meetings/${id}/close`, { version: 1 }),
      anon.get(`/api/meetings/${id}/documents`),
      anon.get(`/api/meetings/${id}/documents/${id}`),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(401);
  });

  it('403 for a role that may not schedule, 404 outside the scope', async () => {
    expect((await client(t.app, reader).post('/api/meetings', input())).statusCode).toBe(403);
    expect((await client(t.app, outsider).post('/api/meetings', input())).statusCode).toBe(404);
    expect((await client(t.app, outsider).get(`/api/meetings?unitId=${tree.communeA}`)).statusCode).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const paths = (await client(t.app, null).get('/api/openapi.json')).json().paths;
    for (const path of [
      '/api/meetings',
      '/api/meetings/{id}/close',
      '/api/meetings/{id}/documents/{docId}',
      '/api/summary',
      '/api/summary/export.pdf',
    ])
      expect(paths[path], path).toBeDefined();
  });

  it('400 naming the field', async () => {
    const c = client(t.app, office);
    const field = async (body: unknown) => (await c.post('/api/meetings', body)).json().details?.[0]?.field;
    expect(await field({ ...input(), chairIds: [] })).toBe('chairIds');
    expect(await field({ ...input(), scheduledAt: '2026-03-09 8h' })).toBe('scheduledAt');
    expect(await field({ ...input(), chairIds: [p.secretary, p.far] })).toBe('chairIds.1');
    expect(await field({ ...input(), attendeeIds: [p.chair] })).toBe('attendeeIds.0');
  });
});

describe('meetings: the briefing flow', () => {
  let id: string;
  let version: number;
  const c = () => client(t.app, office);
  const refresh = async () => (version = (await c().get(`/api/meetings/${id}`)).json().version);

  it('schedules a meeting, notifies the participants, audits', async () => {
    const res = await c().post('/api/meetings', input());
    expect(res.statusCode).toBe(201);
    const m = res.json();
    id = m.id;
    version = m.version;
    expect(m).toMatchObject({
      status: 'scheduled',
      kind: 'briefing',
      scheduledAt: '2026-03-09T01:00:00.000Z',
      can: { edit: true, close: true },
    });
    expect(m.chairs.map((x: { id: string }) => x.id)).toEqual([p.secretary, p.chair]);
    expect(m.participants).toHaveLength(3);
    expect((await lastAudit(t.db, 'meeting', id))?.action).toBe('meeting.create');
    const notes = await t.db.selectFrom('notification').select(['person_id', 'kind']).where('meeting_id', '=', id).execute();
    expect(notes.map((n) => n.person_id).sort()).toEqual([p.secretary, p.chair, p.member].sort());
    expect(notes.every((n) => n.kind === 'meeting_scheduled')).toBe(true);
  });

  it('lists and shows it to everyone in scope, not outside', async () => {
    const list = await client(t.app, reader).get(`/api/meetings?unitId=${tree.communeA}&from=2026-03-09&to=2026-03-09`);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await client(t.app, reader).get(`/api/meetings?unitId=${tree.communeA}&from=2026-03-10`)).json().items).toEqual([]);
    const detail = await client(t.app, reader).get(`/api/meetings/${id}`);
    expect(detail.json().can).toEqual({ edit: false, close: false });
    expect((await client(t.app, outsider).get(`/api/meetings/${id}`)).statusCode).toBe(404);
    expect((await client(t.app, reader).patch(`/api/meetings/${id}`, { version, title: 'x' })).statusCode).toBe(403);
  });

  it('edits with the version: stale → 409, bad status → 400, happy → audited', async () => {
    expect((await c().patch(`/api/meetings/${id}`, { version: version + 5, minutes: 'x' })).statusCode).toBe(409);
    expect((await c().patch(`/api/meetings/${id}`, { version, status: 'closed' })).json().details[0].field).toBe('status');
    const res = await c().patch(`/api/meetings/${id}`, { version, location: 'Phòng họp số 1', status: 'held' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ location: 'Phòng họp số 1', status: 'held', version: version + 1 });
    version = res.json().version;
    expect(await lastAudit(t.db, 'meeting', id)).toMatchObject({ action: 'meeting.update', unit_id: tree.communeA });
  });

  it('pulls the agenda from the week summary', async () => {
    expect((await c().post(`/api/meetings/${id}/agenda/from-summary`, { version: 1 })).statusCode).toBe(409);
    const res = await c().post(`/api/meetings/${id}/agenda/from-summary`, { version });
    expect(res.statusCode).toBe(200);
    const agenda = res.json().agenda;
    expect(agenda[0].title).toContain('Tuần 10 năm 2026');
    expect(agenda[0].title).toContain('1/2 nhiệm vụ hoàn thành, 1 trễ hạn, 1 quá hạn');
    expect(agenda.slice(1, 3).map((a: { taskId: string }) => a.taskId)).toEqual([task.overdue, task.late]);
    expect(agenda[1]).toMatchObject({
      title: 'Nhiệm vụ quá hạn: Giải phóng mặt bằng tuyến đường (hạn 05/03/2026)',
      presenter: { id: p.chair },
    });
    expect(agenda[2].presenter.id).toBe(p.member);
    expect(agenda.at(-1).title).toBe('Kết luận, chỉ đạo của đồng chí chủ trì');
    expect(agenda.some((a: { taskId: string }) => a.taskId === task.far)).toBe(false);
    expect((await lastAudit(t.db, 'meeting', id))?.action).toBe('meeting.agenda_from_summary');
    version = res.json().version;
  });

  it('sets the agenda by hand, refusing a task outside the unit', async () => {
    const bad = await c().put(`/api/meetings/${id}/agenda`, { version, items: [{ title: 'Việc xã Bình', taskId: task.far }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('items.0.taskId');
    const res = await c().put(`/api/meetings/${id}/agenda`, {
      version,
      items: [
        { title: 'Tình hình tuần', presenterId: p.secretary },
        { title: 'GPMB', taskId: task.overdue },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().agenda.map((a: { title: string }) => a.title)).toEqual(['Tình hình tuần', 'GPMB']);
    expect((await lastAudit(t.db, 'meeting', id))?.action).toBe('meeting.agenda_set');
    version = res.json().version;
  });

  it('attaches a document before the meeting; everyone in scope downloads it', async () => {
    const plain = await c().post(`/api/meetings/${id}/documents`, { x: 1 });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().details[0].field).toBe('file');
    const up = multipart('Báo cáo tuần.pdf', '%PDF-1.4 thử nghiệm');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${id}/documents`,
      payload: up.payload,
      headers: { ...up.headers, cookie: office.cookie, 'x-csrf-token': office.csrf },
    });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      fileName: 'Báo cáo tuần.pdf',
      mimeType: 'application/pdf',
      sizeBytes: Buffer.byteLength('%PDF-1.4 thử nghiệm'),
    });
    expect(await lastAudit(t.db, 'meeting', id)).toMatchObject({ action: 'meeting.document_add' });
    expect((await client(t.app, reader).get(`/api/meetings/${id}/documents`)).json().map((d: { id: string }) => d.id)).toEqual([doc.id]);
    const file = await client(t.app, reader).get(`/api/meetings/${id}/documents/${doc.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('%PDF-1.4 thử nghiệm');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o");
    expect((await client(t.app, outsider).get(`/api/meetings/${id}/documents/${doc.id}`)).statusCode).toBe(404);
  });

  it('records attendance of participants only', async () => {
    const bad = await c().put(`/api/meetings/${id}/attendance`, [
      { personId: p.chair, attended: true },
      { personId: p.far, attended: false },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('1.personId');
    const res = await c().put(`/api/meetings/${id}/attendance`, [
      { personId: p.chair, attended: true },
      { personId: p.member, attended: false, absenceReason: 'Ốm' },
    ]);
    expect(res.statusCode).toBe(200);
    const member = res.json().participants.find((x: { id: string }) => x.id === p.member);
    expect(member).toMatchObject({ attended: false, absenceReason: 'Ốm' });
    expect((await lastAudit(t.db, 'meeting', id))?.action).toBe('meeting.attendance_set');
  });

  it('records conclusions, naming the field of a bad one', async () => {
    await refresh();
    const good = {
      text: 'UBND xã hoàn thành giải phóng mặt bằng tuyến đường liên thôn',
      targetUnitId: tree.committeeA,
      leadPersonId: p.chair,
      dueDate: '2026-03-31',
      workUnits: 2,
    };
    const field = async (item: object, i = 1) =>
      (await c().put(`/api/meetings/${id}/conclusions`, { version, items: [good, item] }))
        .json()
        .details?.[0]?.field.replace(`items.${i}.`, '');
    expect(await field({ ...good, dueDate: '2026-03-01' })).toBe('dueDate');
    expect(await field({ ...good, dueDate: '2026-02-30' })).toBe('dueDate');
    expect(await field({ ...good, targetUnitId: tree.communeB })).toBe('targetUnitId');
    expect(await field({ ...good, leadPersonId: p.member })).toBe('leadPersonId');
    expect(await field({ ...good, workUnits: 0 })).toBe('workUnits');
    const res = await c().put(`/api/meetings/${id}/conclusions`, { version, items: [good] });
    expect(res.statusCode).toBe(200);
    expect(res.json().conclusions).toMatchObject([
      { ordinal: 1, targetUnit: { id: tree.committeeA }, lead: { id: p.chair }, dueDate: '2026-03-31', workUnits: 2, task: null },
    ]);
    expect((await lastAudit(t.db, 'meeting', id))?.action).toBe('meeting.conclusions_set');
    version = res.json().version;
  });

  it('closes: each conclusion becomes a task of the People’s Committee, traceable both ways', async () => {
    expect((await c().post(`/api/meetings/${id}/close`, { version: version - 1 })).statusCode).toBe(409);
    expect((await client(t.app, reader).post(`/api/meetings/${id}/close`, { version })).statusCode).toBe(403);
    const res = await c().post(`/api/meetings/${id}/close`, { version });
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.status).toBe('closed');
    const conclusion = m.conclusions[0];
    expect(conclusion.task).toMatchObject({ status: 'new', completedOn: null });
    const row = await t.db.selectFrom('task').selectAll().where('id', '=', conclusion.task.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: 'conclusion',
      source_ref: conclusion.id,
      unit_id: tree.committeeA,
      assigner_id: p.secretary,
      start_date: '2026-03-09',
      due_date: '2026-03-31',
      work_units: 2,
    });
    const lead = await t.db.selectFrom('task_assignee').selectAll().where('task_id', '=', row.id).execute();
    expect(lead).toEqual([{ task_id: row.id, person_id: p.chair, role: 'lead' }]);
    expect((await meetingOfConclusion(t.db, row.source_ref!))?.id).toBe(id);
    expect((await c().get(`/api/tasks/${row.id}`)).json().origin).toEqual({
      kind: 'meeting',
      id,
      title: 'Giao ban tuần 11',
      scheduledAt: new Date(AT).toISOString(),
      conclusion: conclusion.ordinal,
    });
    expect((await lastAudit(t.db, 'task', row.id))?.action).toBe('task.create');
    const ev = await lastAudit(t.db, 'meeting', id);
    expect(ev).toMatchObject({ action: 'meeting.close', unit_id: tree.communeA });
    expect(ev?.after).toEqual({ status: 'closed', taskIds: [row.id] });
    // once closed, the meeting no longer changes
    const after = await c().patch(`/api/meetings/${id}`, { version: m.version, minutes: 'thêm' });
    expect(after.statusCode).toBe(409);
    expect(after.json().error).toBe('meeting_closed');
    expect((await c().post(`/api/meetings/${id}/close`, { version: m.version })).statusCode).toBe(409);
  });
});
