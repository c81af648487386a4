// Every trigger and gate end to end: its input recorded through the API, the period computed, the
// level and the failed condition read back through the API (Quy định 366-QĐ/TW, Điều 11; Nghị định
// 335/2025/NĐ-CP, Điều 14). A trigger whose input cannot be recorded can never fire.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/factories.js';
import { client, createTestApp, type Session, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let yearId: string;
let mover: string;
let cellA: string;
let lateMover: string;

const as = (s: Session) => client(ctx.app, s);
const created = async (res: { statusCode: number; body: string }) => expect(res.statusCode, res.body).toBe(201);
const collective = (periodId: string, unitId: string) =>
  ctx.db
    .selectFrom('evaluation')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('subject_unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
async function checks(evaluationId: string) {
  const res = await as(c.sessions.organising).get(`/api/evaluation/${evaluationId}`);
  expect(res.statusCode, res.body).toBe(200);
  const view = res.json();
  return {
    view,
    failed: (view.gate.checks as Array<{ level: string; condition: string; ok: boolean; actual: number | null; message: string }>).filter(
      (x) => !x.ok,
    ),
  };
}

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  cellA = c.tree.cellA;
  const org = as(c.sessions.organising);
  // Corruption concluded in the committee the leader heads.
  await created(
    await org.post(`/api/units/${c.tree.committeeA}/incidents`, {
      kind: 'corruption',
      concludedOn: '2026-05-10',
      text: 'Sai phạm trong quản lý đất đai',
      decisionRef: '12-KL/UBKT',
    }),
  );
  // Discipline of a Party cell: its own trigger, and its parent's HTXS gate.
  await created(
    await org.post(`/api/units/${cellA}/disciplines`, { kind: 'warning', decidedOn: '2026-06-01', reason: 'Buông lỏng lãnh đạo' }),
  );
  // The Party committee's shortcoming from the previous review, still not fixed.
  await created(
    await org.post(`/api/units/${c.partyA}/shortcomings`, { notedOn: '2025-12-15', text: 'Chậm ban hành nghị quyết chuyên đề' }),
  );
  // A basic socio-economic target of the committee the leader heads, missed (80 of 100).
  const ind = await as(c.sessions.standing).post('/api/indicators', {
    unitId: c.tree.committeeA,
    year: 2026,
    code: 'budget_revenue',
    name: 'Thu ngân sách',
    measure: 'tỷ đồng',
    target: 100,
  });
  await created(ind);
  expect(
    (await as(c.sessions.standing).post(`/api/indicators/${ind.json().id}/actuals`, { periodEnd: '2026-09-30', value: 80 })).statusCode,
  ).toBe(200);
  // The commune's own growth target (the committee leads the commune): missed too; a target met is not counted.
  const growth = await as(c.sessions.standing).post('/api/indicators', {
    unitId: c.tree.communeA,
    year: 2026,
    code: 'growth',
    name: 'Tăng trưởng',
    measure: '%',
    target: 8,
  });
  await created(growth);
  expect(
    (await as(c.sessions.standing).post(`/api/indicators/${growth.json().id}/actuals`, { periodEnd: '2026-09-30', value: 6.5 })).statusCode,
  ).toBe(200);
  const income = await as(c.sessions.standing).post('/api/indicators', {
    unitId: c.tree.communeA,
    year: 2026,
    code: 'per_capita_income',
    name: 'Thu nhập',
    measure: 'triệu đồng',
    target: 60,
  });
  await created(income);
  expect(
    (await as(c.sessions.standing).post(`/api/indicators/${income.json().id}/actuals`, { periodEnd: '2026-09-30', value: 61 })).statusCode,
  ).toBe(200);
  // A leader who served in the cell, now at the committee: the breach (March, in the cell) disciplined after the transfer (October).
  mover = await createPerson(ctx.db, c.tree.committeeA, { given_name: 'Chuyển', cadre_group: 'leader_commune' });
  await created(
    await org.post(`/api/people/${mover}/disciplines`, {
      kind: 'reprimand',
      decidedOn: '2026-10-01',
      breachOn: '2026-03-01',
      breachUnitId: cellA,
      reason: 'Vi phạm khi công tác ở chi bộ',
    }),
  );
  // The same without the breach's unit: counted against the unit the person is in.
  lateMover = await createPerson(ctx.db, c.partyA, { given_name: 'Khác', cadre_group: 'leader_commune' });
  await created(
    await org.post(`/api/people/${lateMover}/disciplines`, { kind: 'reprimand', decidedOn: '2026-10-02', reason: 'Vi phạm tại đảng bộ' }),
  );
  yearId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'year', year: 2026, number: 0 });
}, 120_000);
afterAll(async () => ctx?.close());

describe('triggers fed by recorded inputs (record → compute → level)', () => {
  it('a leader: corruption in the unit they directly lead, and a basic socio-economic target missed → KHT', async () => {
    const e = await evaluationOf(ctx.db, yearId, c.people.leader);
    const { failed } = await checks(e.id);
    expect(failed.map((x) => x.condition)).toEqual(expect.arrayContaining(['corruption', 'basic_targets']));
    expect(failed.find((x) => x.condition === 'basic_targets')).toMatchObject({ actual: 2 });
    expect(failed.find((x) => x.condition === 'basic_targets')!.message).toContain('chỉ tiêu cơ bản');
    expect(e.proposed_level === null || e.proposed_level === 'not_completed').toBe(true);
    expect((e.gate_report as { gateLevel: string }).gateLevel).toBe('not_completed');
  });

  it("a unit's discipline: its own KHT trigger, and the parent collective's HTXS gate (subordinate unit disciplined)", async () => {
    const cell = await checks((await collective(yearId, cellA)).id);
    expect(cell.failed.map((x) => x.condition)).toContain('discipline');
    expect(cell.view.gate.gateLevel).toBe('not_completed');
    const party = await checks((await collective(yearId, c.partyA)).id);
    const gate = party.failed.find((x) => x.condition === 'members_disciplined')!;
    expect(gate).toBeDefined();
    // The cell (subordinate unit) and the leader disciplined at the Party committee: 2, as the message counts them.
    expect(gate.actual).toBe(2);
    expect(gate.message).toContain('đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo');
  });

  it("a collective's shortcomings from the previous review, not fixed → no HTXS", async () => {
    const party = await checks((await collective(yearId, c.partyA)).id);
    expect(party.failed.find((x) => x.condition === 'shortcomings')).toMatchObject({ actual: 0 });
  });

  it('a breach at the old unit, disciplined after the transfer, counts against the old unit', async () => {
    const cell = await collective(yearId, cellA);
    expect((cell.inputs as { triggers: { disciplinedLeaders: number } }).triggers.disciplinedLeaders).toBe(1);
    const committee = await collective(yearId, c.tree.committeeA);
    expect((committee.inputs as { triggers: { disciplinedLeaders: number } }).triggers.disciplinedLeaders).toBe(0);
    // The person's own trigger stays with them.
    const own = await checks((await evaluationOf(ctx.db, yearId, mover)).id);
    expect(own.failed.map((x) => x.condition)).toContain('discipline');
  });

  it('refuses a breach dated after the decision and an unknown breach unit, naming the field', async () => {
    const org = as(c.sessions.organising);
    const after = await org.post(`/api/people/${mover}/disciplines`, {
      kind: 'reprimand',
      decidedOn: '2026-10-01',
      breachOn: '2026-10-02',
      reason: 'x',
    });
    expect(after.statusCode).toBe(400);
    expect(after.json().details.map((d: { field: string }) => d.field)).toEqual(['breachOn']);
    const unknown = await org.post(`/api/people/${mover}/disciplines`, {
      kind: 'reprimand',
      decidedOn: '2026-10-01',
      breachUnitId: randomUUID(),
      reason: 'x',
    });
    expect(unknown.json().details.map((d: { field: string }) => d.field)).toEqual(['breachUnitId']);
  });
});

describe('/api/units/:id/{disciplines,incidents,shortcomings}', () => {
  it.each(['disciplines', 'incidents', 'shortcomings'])(
    '%s: lists for readers, 404 outside the scope or for an unknown unit, 403 for roles that may not record',
    async (path) => {
      const list = await as(c.sessions.inspection).get(
        `/api/units/${path === 'incidents' ? c.tree.committeeA : path === 'disciplines' ? cellA : c.partyA}/${path}`,
      );
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toHaveLength(1);
      expect(list.json().actions).toEqual({ create: false });
      expect((await as(c.sessions.otherOrganising).get(`/api/units/${cellA}/${path}`)).statusCode).toBe(404);
      expect((await as(c.sessions.organising).get(`/api/units/${randomUUID()}/${path}`)).statusCode).toBe(404);
      const body =
        path === 'disciplines'
          ? { kind: 'reprimand', decidedOn: '2026-02-01', reason: 'x' }
          : path === 'incidents'
            ? { kind: 'waste', concludedOn: '2026-02-01', text: 'x' }
            : { notedOn: '2026-02-01', text: 'x' };
      expect((await as(c.sessions.otherOrganising).post(`/api/units/${cellA}/${path}`, body)).statusCode).toBe(404);
      expect((await as(c.sessions.organising).post(`/api/units/${randomUUID()}/${path}`, body)).statusCode).toBe(404);
      expect((await as(c.sessions.inspection).post(`/api/units/${cellA}/${path}`, body)).statusCode).toBe(403);
      const future =
        path === 'disciplines'
          ? { ...body, decidedOn: '2099-01-01' }
          : path === 'incidents'
            ? { ...body, concludedOn: '2099-01-01' }
            : { ...body, notedOn: '2099-01-01' };
      expect((await as(c.sessions.organising).post(`/api/units/${cellA}/${path}`, future)).statusCode).toBe(400);
    },
  );

  it('audits each record under its unit', async () => {
    const res = await as(c.sessions.organising).post(`/api/units/${cellA}/incidents`, {
      kind: 'negative',
      concludedOn: '2026-03-03',
      text: 'Tiêu cực',
    });
    await created(res);
    const a = await ctx.db
      .selectFrom('audit_event')
      .select(['action', 'unit_id'])
      .where('entity_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(a).toEqual({ action: 'scope_incident.create', unit_id: cellA });
  });
});

describe('a delay does not disappear by moving the deadline (Nghị định 335/2025/NĐ-CP, Điều 14)', () => {
  it('a due date moved after it passed still counts: late, and each missed deadline costs 25% of the item', async () => {
    const u = c.tree.committeeA;
    const p = c.people.peers[2];
    // Due 10/02, not done; moved on today's date (long after it passed) to 10/03 — even with a confirmed cause.
    const moved = await insertTask(
      ctx.db,
      goodTask(u, p, { dueDate: '2026-02-10', completedOn: null, status: 'in_progress', title: 'Dời hạn sau khi quá hạn' }),
    );
    const res = await as(c.sessions.standing).post(`/api/tasks/${moved}/due-date`, {
      version: 1,
      dueDate: '2026-03-10',
      reason: 'Chờ số liệu',
      objectiveCause: true,
      pastDueConfirmed: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dueChanges[0]).toMatchObject({ oldDue: '2026-02-10', newDue: '2026-03-10', objectiveCause: true });
    await ctx.db.updateTable('task').set({ status: 'done', completed_on: '2026-03-05', progress: 100 }).where('id', '=', moved).execute();
    // Moved in time for a confirmed objective cause: no deadline left behind.
    const excused = await insertTask(
      ctx.db,
      goodTask(u, p, { dueDate: '2026-03-10', completedOn: '2026-03-05', title: 'Dời hạn đúng quy trình' }),
    );
    await ctx.db
      .insertInto('task_due_change')
      .values({
        id: randomUUID(),
        task_id: excused,
        old_due: '2026-02-10',
        new_due: '2026-03-10',
        reason: 'Thiên tai',
        objective_cause: true,
        changed_at: new Date('2026-02-05T09:00:00+07:00'),
      })
      .execute();
    const q1 = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
    const e = await evaluationOf(ctx.db, q1, p);
    const tasks = (e.inputs as { tasks: { assigned: number; late: number; doneOnTime: number; progressQ: number; wuAssigned: number } })
      .tasks;
    expect(tasks).toMatchObject({ assigned: 2, late: 1, doneOnTime: 1 });
    // progress: one item 100%, the moved one 75% (one missed deadline).
    expect(tasks.progressQ).toBe(4 * 100 + 3 * 100);
    const late = await as(c.sessions.organising).get(`/api/evaluation/${e.id}/evidence?metric=late`);
    expect(late.json().items.map((i: { id: string; late: boolean }) => [i.id, i.late])).toEqual([[moved, true]]);
  });
});
