import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, mondayOf, todayInVietnam } from '../../../domain/dates.js';
import { createAccount, createPerson } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type Commune, insertTask, openPeriod, seedCommune } from '../evaluation/evaluation.test-support.js';

let t: TestContext;
let c: Commune;
let cellSecretary: Session;
let periodId: string;
const today = todayInVietnam();
const week = mondayOf(today);
const planWeek = addDays(week, 7);
const home = async (s: Session | null, lang = '') => client(t.app, s).get(`/api/home${lang}`);

beforeAll(async () => {
  t = await createTestApp();
  c = await seedCommune(t.app, t.db);
  const { cadre, outsider, peers } = c.people;
  const A = c.tree.committeeA;
  // The cadre: one task late, one new and due today, one done three days ago (started before the chart's weeks).
  await insertTask(t.db, { unitId: A, personId: cadre, dueDate: addDays(today, -3), status: 'in_progress' });
  await insertTask(t.db, { unitId: A, personId: cadre, dueDate: today, status: 'new' });
  await insertTask(t.db, { unitId: A, personId: cadre, dueDate: addDays(today, -2), completedOn: addDays(today, -3) });
  // A peer's task in the cell: late, cancelled — cancelled tasks are never late.
  await insertTask(t.db, { unitId: c.tree.cellA, personId: peers[0], dueDate: addDays(today, -10), status: 'cancelled' });
  await insertTask(t.db, { unitId: c.tree.cellA, personId: peers[0], dueDate: addDays(today, -1), status: 'accepted' });
  // Another commune: two late tasks that commune A must never count.
  await insertTask(t.db, { unitId: c.tree.communeB, personId: outsider, dueDate: addDays(today, -2), status: 'in_progress' });
  await insertTask(t.db, { unitId: c.tree.communeB, personId: outsider, dueDate: addDays(today, -20), status: 'new' });
  // Plans of the week being planned: the cadre's submitted, a peer's draft; commune B's submitted.
  await t.db
    .insertInto('weekly_plan')
    .values([
      { id: randomUUID(), unit_id: A, person_id: cadre, week_start: planWeek, status: 'submitted', submitted_at: new Date() },
      { id: randomUUID(), unit_id: A, person_id: peers[1], week_start: planWeek, status: 'draft' },
      {
        id: randomUUID(),
        unit_id: c.tree.communeB,
        person_id: outsider,
        week_start: planWeek,
        status: 'submitted',
        submitted_at: new Date(),
      },
    ])
    .execute();
  // Meetings of this week: a briefing counts, a cancelled one and one of commune B do not.
  const at = new Date(`${week}T09:00:00+07:00`);
  await t.db
    .insertInto('meeting')
    .values([
      { id: randomUUID(), unit_id: c.tree.communeA, kind: 'briefing', title: 'Giao ban tuần', scheduled_at: at },
      { id: randomUUID(), unit_id: c.tree.communeA, kind: 'briefing', title: 'Giao ban hoãn', scheduled_at: at, status: 'cancelled' },
      { id: randomUUID(), unit_id: c.tree.communeB, kind: 'briefing', title: 'Giao ban xã B', scheduled_at: at },
    ])
    .execute();
  const ind = await client(t.app, c.sessions.office).post('/api/indicators', {
    unitId: c.tree.communeA,
    year: Number(today.slice(0, 4)),
    code: 'budget_revenue',
    name: 'Thu ngân sách',
    measure: 'triệu đồng',
    target: 12000,
    direction: 'increase',
  });
  expect(ind.statusCode, ind.body).toBe(201);
  const actual = await client(t.app, c.sessions.office).post(`/api/indicators/${ind.json().id}/actuals`, {
    periodEnd: `${today.slice(0, 4)}-03-31`,
    value: 9000,
  });
  expect(actual.statusCode, actual.body).toBe(200);
  // A period whose deadlines have passed: every self-assessment is late.
  periodId = await openPeriod(t.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });
  const cs = await createAccount(t.db, 'cell_secretary', c.tree.cellA, { personId: await createPerson(t.db, c.tree.cellA) });
  cellSecretary = await signIn(t.app, cs.username, cs.password);
});
afterAll(() => t?.close());

describe('GET /api/home', () => {
  it('answers 401 without a session', async () => {
    expect((await home(null)).statusCode).toBe(401);
  });

  it("gives the cadre their own tasks, plan, evaluation step and lateness — and no unit's figures", async () => {
    const res = await home(c.sessions.cadre);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h).toMatchObject({ today, week: { start: week, end: addDays(week, 6) }, planWeek, units: [], periods: [], lastClosed: null });
    expect(h.mine.personId).toBe(c.people.cadre);
    expect(h.mine.tasks).toEqual({ late: 1, dueThisWeek: 1, fresh: 1 });
    expect(h.mine.plan).toMatchObject({ status: 'submitted' });
    expect(h.mine.evaluations).toEqual([
      expect.objectContaining({ periodId, periodLabel: 'Quý I/2026', status: 'self_pending', selfLate: true }),
    ]);
    expect(h.mine.lateness).toHaveLength(8);
    expect(h.mine.lateness.at(-1)).toMatchObject({ weekStart: week, late: 1 });
    expect(h.mine.lateness.reduce((n: number, w: { done: number }) => n + w.done, 0)).toBe(1);
  });

  it("gives the standing member the commune's late tasks, plans to approve, indicators, and the period in progress with its flags", async () => {
    const res = await home(c.sessions.standing);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h.mine).toBeNull();
    expect(h.units).toHaveLength(1);
    const u = h.units[0];
    expect(u).toMatchObject({
      unitId: c.tree.communeA,
      plans: { toApprove: 1, submitted: 1, approved: 0, unsent: 1 },
      meetingsThisWeek: 1,
    });
    // The cadre's late task and the peer's; commune B's two and the cancelled one are not counted.
    expect(u.tasks.late).toBe(2);
    expect(u.lateness.at(-1).late).toBe(2);
    expect(u.indicators).toEqual([expect.objectContaining({ name: 'Thu ngân sách', target: 12000, latest: 9000, progress: 75 })]);
    expect(h.periods).toHaveLength(1);
    const p = h.periods[0];
    expect(p).toMatchObject({ id: periodId, unitId: c.tree.communeA, label: 'Quý I/2026', status: 'open' });
    expect(p.total).toBeGreaterThan(0);
    expect(p.flags.selfLate).toBe(p.byStatus.self_pending);
    expect(p.flags.selfLate).toBeGreaterThan(0);
    expect(p.levels.none).toBe(p.total - (p.byStatus.excluded ?? 0));
  });

  it('never shows another commune: its own standing member sees only its own tasks and plans, its organising body no period of A', async () => {
    const b = (await home(c.sessions.otherStanding)).json();
    expect(b.units.map((u: { unitId: string }) => u.unitId)).toEqual([c.tree.communeB]);
    expect(b.units[0].tasks.late).toBe(2);
    expect(b.units[0].plans).toMatchObject({ toApprove: 1, submitted: 1, unsent: 0 });
    expect(b.units[0].indicators).toEqual([]);
    expect(b.units[0].meetingsThisWeek).toBe(1);
    expect(b.periods).toEqual([]);
    const org = (await home(c.sessions.otherOrganising)).json();
    expect(org.periods).toEqual([]);
    expect(JSON.stringify(org)).not.toContain(periodId);
    expect(JSON.stringify(b)).not.toContain(c.tree.communeA);
  });

  it('gives the office the week (plans without approving them, meetings) and the organising body the periods, in English on request', async () => {
    const o = (await home(c.sessions.office)).json();
    expect(o.units[0].plans).toMatchObject({ toApprove: null, submitted: 1 });
    expect(o.periods).toEqual([]);
    const org = (await home(c.sessions.organising, '?lang=en')).json();
    expect(org.units).toEqual([]);
    expect(org.periods).toEqual([expect.objectContaining({ id: periodId, label: 'Quarter I/2026' })]);
  });

  it("gives the cell secretary their cell's tasks, without the commune's and without plans", async () => {
    const h = (await home(cellSecretary)).json();
    expect(h.units).toHaveLength(1);
    expect(h.units[0]).toMatchObject({ unitId: c.tree.cellA, plans: null, indicators: [] });
    expect(h.units[0].tasks.late).toBe(1);
    expect(h.mine.tasks).toEqual({ late: 0, dueThisWeek: 0, fresh: 0 });
    expect(h.periods).toEqual([]);
  });

  it('sums the levels of the period closed last, only in scope, and shows the cadre only a published level', async () => {
    // Close the period as if decided and published: two levels set straight in the tables.
    const rows = await t.db
      .selectFrom('evaluation')
      .select(['id', 'person_id'])
      .where('period_id', '=', periodId)
      .where('status', '<>', 'excluded')
      .execute();
    const cadreRow = rows.find((r) => r.person_id === c.people.cadre)!;
    const other = rows.find((r) => r.person_id !== c.people.cadre)!;
    await t.db.updateTable('evaluation').set({ status: 'published', decision_level: 'good' }).where('id', '=', cadreRow.id).execute();
    await t.db.updateTable('evaluation').set({ status: 'decided', decision_level: 'excellent' }).where('id', '=', other.id).execute();
    await t.db.updateTable('evaluation_period').set({ status: 'closed', closed_at: new Date() }).where('id', '=', periodId).execute();

    const org = (await home(c.sessions.organising)).json();
    expect(org.periods).toEqual([]);
    expect(org.lastClosed).toEqual({
      label: 'Quý I/2026',
      units: 1,
      periodId,
      unitName: expect.any(String),
      levels: { excellent: 1, good: 1, completed: 0, not_completed: 0, none: rows.length - 2 },
    });
    expect((await home(c.sessions.otherOrganising)).json().lastClosed).toBeNull();
    // The person sees a level once it is published: theirs is, the other one's decision is not theirs anyway.
    const mine = (await home(c.sessions.cadre)).json().mine;
    expect(mine.evaluations).toEqual([]);
    expect(mine.history).toEqual([{ periodId, periodLabel: 'Quý I/2026', level: 'good' }]);
  });
});
