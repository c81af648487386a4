// Creating, listing, reading and editing tasks: 401 / 403 / 404 / 400 naming the field / happy
// path with the audit event, on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories.js';
import { client } from '../../test/harness.js';
import { type World, buildWorld, day, detail, expectAudit, expectField, issue, slip } from './tasks.test-support.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w?.t.close());

describe('OpenAPI', () => {
  it('describes every tasks endpoint', async () => {
    const paths = (await client(w.t.app, null).get('/api/openapi.json')).json().paths;
    const expected = [
      '/api/tasks',
      '/api/tasks/calendar',
      '/api/tasks/volunteer',
      '/api/tasks/{id}',
      '/api/tasks/{id}/acknowledge',
      '/api/tasks/{id}/start',
      '/api/tasks/{id}/progress',
      '/api/tasks/{id}/complete',
      '/api/tasks/{id}/appraise',
      '/api/tasks/{id}/due-date',
      '/api/tasks/{id}/cancel',
      '/api/tasks/{id}/milestones/{mid}/done',
      '/api/attachments/{id}',
    ];
    for (const path of expected) expect(paths[path], path).toBeDefined();
  });
});

describe('POST /api/tasks (task slip)', () => {
  it('answers 401 without a session, 403 to a cadre, 404 for a unit outside the scope', async () => {
    expect((await client(w.t.app, null).post('/api/tasks', slip(w))).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.lead).post('/api/tasks', slip(w))).statusCode).toBe(403);
    expect((await client(w.t.app, w.s.standingB).post('/api/tasks', slip(w))).statusCode).toBe(404);
  });

  it('names the field on bad input and writes nothing', async () => {
    const before = await w.t.db
      .selectFrom('task')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const c = client(w.t.app, w.s.standing);
    expectField(await c.post('/api/tasks', slip(w, { dueDate: day(-6) })), 'dueDate');
    expectField(await c.post('/api/tasks', slip(w, { leadId: undefined })), 'leadId');
    expectField(await c.post('/api/tasks', slip(w, { supportIds: [w.people.lead] })), 'supportIds.0');
    expectField(await c.post('/api/tasks', slip(w, { workUnits: 0 })), 'workUnits');
    expectField(await c.post('/api/tasks', slip(w, { workUnits: -1 })), 'workUnits');
    expectField(await c.post('/api/tasks', slip(w, { leadId: w.people.personB })), 'leadId');
    expectField(await c.post('/api/tasks', slip(w, { supportIds: [w.people.bystander, w.people.personB] })), 'supportIds.1');
    expectField(await c.post('/api/tasks', slip(w, { fieldCode: 'astrology' })), 'fieldCode');
    expectField(await c.post('/api/tasks', slip(w, { areaUnitId: w.tree.communeB })), 'areaUnitId');
    expectField(await c.post('/api/tasks', slip(w, { startDate: '2026-02-30' })), 'startDate');
    const after = await w.t.db
      .selectFrom('task')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a slip to a person who has left the unit', async () => {
    const mover = await createPerson(w.t.db, w.tree.committeeA, { given_name: 'Chuyển' });
    await w.t.db.updateTable('person').set({ unit_id: w.tree.communeB }).where('id', '=', mover).execute();
    const res = await client(w.t.app, w.s.standing).post('/api/tasks', slip(w, { leadId: mover }));
    expectField(res, 'leadId');
    expect(res.json().details[0].message).toMatch(/không thuộc đơn vị/);
  });

  it('issues the slip: assigner is the standing member, assignees notified, audited', async () => {
    const body = slip(w, { areaUnitId: w.tree.cellA });
    const res = await client(w.t.app, w.s.standing).post('/api/tasks', body);
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({
      title: body.title,
      unitId: w.tree.communeA,
      source: 'slip',
      status: 'new',
      progress: 0,
      overdue: false,
      priority: 'high',
      workUnits: 2,
      fieldCode: 'land_construction',
      areaUnitId: w.tree.cellA,
      startDate: day(-5),
      dueDate: day(10),
      lead: { id: w.people.lead, fullName: 'Trần Thị Chủ' },
      supports: [{ id: w.people.support, fullName: 'Phạm Văn Phối' }],
      assigner: { id: w.people.assigner, fullName: 'Lê Văn Thường' },
      assignerName: 'Lê Văn Thường',
      version: 1,
    });
    expect(task.actions).toEqual(['changeDue', 'cancel', 'edit']);
    const ev = await expectAudit(w, task.id, 'task.create');
    expect(ev.unit_id).toBe(w.tree.communeA);
    const notes = await w.t.db.selectFrom('notification').select(['person_id', 'kind']).where('task_id', '=', task.id).execute();
    expect(notes.map((n) => n.person_id).sort()).toEqual([w.people.lead, w.people.support].sort());
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['task_assigned']));
  });

  it('accepts a programme task with no supporting assignees', async () => {
    const task = await issue(w, { source: 'programme', supportIds: [] });
    expect(task.source).toBe('programme');
    expect(task.supports).toEqual([]);
  });
});

describe('GET /api/tasks/:id', () => {
  it('answers 401, 404 for an unknown id or a task of another commune, 400 naming a bad id', async () => {
    const task = await issue(w);
    expect((await client(w.t.app, null).get(`/api/tasks/${task.id}`)).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.cadreB).get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await client(w.t.app, w.s.lead).get(`/api/tasks/${randomUUID()}`)).statusCode).toBe(404);
    expectField(await client(w.t.app, w.s.lead).get('/api/tasks/nope'), 'id');
  });

  it('shows the task to everyone in the commune, with the actions each may take', async () => {
    const task = await issue(w);
    expect((await detail(w, w.s.lead, task.id)).actions).toEqual(['acknowledge', 'start', 'report', 'complete']);
    expect((await detail(w, w.s.support, task.id)).actions).toEqual(['report']);
    const seen = await detail(w, w.s.bystander, task.id);
    expect(seen.actions).toEqual([]);
    expect(seen.lead).toEqual({ id: w.people.lead, fullName: 'Trần Thị Chủ' });
    expect(seen).not.toHaveProperty('lead.dateOfBirth');
    expect((await detail(w, w.s.office, task.id)).actions).toEqual([]);
    expect((await detail(w, w.s.admin, task.id)).actions).toEqual(['changeDue', 'cancel', 'edit']);
    expect(seen).toMatchObject({
      progressReports: [],
      dueChanges: [],
      milestones: [],
      roadmap: null,
      appraisal: null,
      sourceRef: null,
      origin: null,
    });
  });
});

describe('PATCH /api/tasks/:id', () => {
  it('answers 401, 404 outside the scope, 403 to an assignee, 400 naming the field', async () => {
    const task = await issue(w);
    const url = `/api/tasks/${task.id}`;
    expect((await client(w.t.app, null).patch(url, { version: 1, title: 'x' })).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.standingB).patch(url, { version: 1, title: 'x' })).statusCode).toBe(404);
    expect((await client(w.t.app, w.s.lead).patch(url, { version: 1, title: 'x' })).statusCode).toBe(403);
    const c = client(w.t.app, w.s.standing);
    expectField(await c.patch(url, { version: 1, workUnits: 0 }), 'workUnits');
    expectField(await c.patch(url, { version: 1, supportIds: [w.people.lead] }), 'supportIds.0');
    expectField(await c.patch(url, { version: 1, supportIds: [w.people.personB] }), 'supportIds.0');
    expectField(await c.patch(url, { title: 'x' }), 'version');
  });

  it('edits with before/after in the audit; the second of two editors gets 409', async () => {
    const task = await issue(w);
    const url = `/api/tasks/${task.id}`;
    const first = await client(w.t.app, w.s.standing).patch(url, {
      version: 1,
      title: 'Tiêu đề mới',
      workUnits: 3.5,
      supportIds: [w.people.bystander],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Tiêu đề mới', workUnits: 3.5, version: 2, supports: [{ id: w.people.bystander }] });
    const ev = await expectAudit(w, task.id, 'task.update');
    expect(ev.before).toMatchObject({ title: task.title, workUnits: 2 });
    expect(ev.after).toMatchObject({ title: 'Tiêu đề mới', workUnits: 3.5, supportIds: [w.people.bystander] });
    const second = await client(w.t.app, w.s.admin).patch(url, { version: 1, priority: 'low' });
    expect(second.statusCode).toBe(409);
    expect((await detail(w, w.s.lead, task.id)).priority).toBe('high');
  });

  it('refuses to edit a cancelled task', async () => {
    const task = await issue(w);
    await client(w.t.app, w.s.standing).post(`/api/tasks/${task.id}/cancel`, { version: 1, reason: 'Trùng việc' });
    const res = await client(w.t.app, w.s.standing).patch(`/api/tasks/${task.id}`, { version: 2, title: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('task_state');
  });
});
