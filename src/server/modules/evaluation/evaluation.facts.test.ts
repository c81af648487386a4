// The evaluation's SQL totals against the domain rules (summarizeTasks) over the same generated
// tasks: per person (lead and support, restricted to the time worked, split at 01/10 for a year) and
// per collective (the tasks of its unit subtree, each once). Every number must agree.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksOfTimeWorked } from '../../../domain/evaluation/index.js';
import { type Period, type SummaryTotals, type TaskFact, summarizeTasks } from '../../../domain/task-summary.js';
import type { Database } from '../../db/connect.js';
import { createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { openTestDatabase } from '../../test/harness.js';
import { collectiveTaskTotals, personTaskTotals } from './evaluation.facts.queries.js';

const PL4_SET = 'c3660000-0000-4000-8000-000000000104';
const PL1_SET = 'c3660000-0000-4000-8000-000000000101';
const YEAR: Period = { from: '2026-01-01', to: '2026-12-31' };
const Q4_FROM = '2026-10-01';
const AS_OF = '2026-11-15';

let database: Database;
let close: () => Promise<void>;
let tree: Subtree;
let periodId: string;
let partyA: string;
const people: Array<{ id: string; unitId: string }> = [];
const facts: Array<TaskFact & { personId: string; unitId: string }> = [];
const windows = new Map<string, Period[]>();

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ({ database, close } = await openTestDatabase());
  const db = database.db;
  tree = await createSubtree(db);
  partyA = (await db.selectFrom('org_unit_link').select('child_id').where('parent_id', '=', tree.communeA).execute())
    .map((r) => r.child_id)
    .find((id) => id !== tree.committeeA)!;
  const units = [tree.cellA, tree.committeeA, tree.communeA, partyA];
  for (const [i, unitId] of units.entries())
    for (let k = 0; k < 3; k++) people.push({ id: await createPerson(db, unitId, { given_name: `P${i}${k}` }), unitId });
  windows.set(people[0].id, [
    { from: '2026-01-01', to: '2026-03-15' },
    { from: '2026-05-01', to: '2026-12-31' },
  ]);
  windows.set(people[1].id, [{ from: '2026-10-10', to: '2026-11-30' }]);
  const rand = rng(4242);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const taskRows = [];
  const assignees = [];
  for (let i = 0; i < 500; i++) {
    const lead = pick(people);
    const dueDate = addDays('2025-12-20', Math.floor(rand() * 380));
    const r = rand();
    const status: TaskFact['status'] = r < 0.07 ? 'cancelled' : r < 0.65 ? 'done' : pick(['new', 'accepted', 'in_progress'] as const);
    const completedOn = status === 'done' ? addDays(dueDate, Math.floor(rand() * 30) - 15) : null;
    const appraised = completedOn !== null && rand() < 0.8;
    const f = {
      taskId: randomUUID(),
      role: 'lead' as const,
      status,
      startDate: addDays(dueDate, -20),
      dueDate,
      completedOn,
      workUnits: pick([0.5, 1, 1.5, 2, 3.25]),
      qualityOk: appraised ? rand() < 0.85 : null,
      majorErrors: appraised ? pick([0, 0, 0, 1, 2, 5]) : null,
      exceeded: appraised ? rand() < 0.3 : null,
      objectiveCause: completedOn && completedOn > dueDate ? rand() < 0.3 : null,
    };
    taskRows.push({
      id: f.taskId,
      unit_id: lead.unitId,
      source: 'slip' as const,
      title: `T${i}`,
      start_date: f.startDate,
      due_date: f.dueDate,
      work_units: f.workUnits,
      status: f.status,
      completed_on: f.completedOn,
      quality_ok: f.qualityOk,
      major_errors: f.majorErrors,
      exceeded: f.exceeded,
      objective_cause: f.objectiveCause,
    });
    assignees.push({ task_id: f.taskId, person_id: lead.id, role: 'lead' as const });
    facts.push({ ...f, personId: lead.id, unitId: lead.unitId });
    const support = pick(people);
    if (rand() < 0.4 && support.id !== lead.id) {
      assignees.push({ task_id: f.taskId, person_id: support.id, role: 'support' as const });
      facts.push({ ...f, role: 'support', personId: support.id, unitId: lead.unitId });
    }
  }
  await db.insertInto('task').values(taskRows).execute();
  await db.insertInto('task_assignee').values(assignees).execute();
  periodId = randomUUID();
  await db
    .insertInto('evaluation_period')
    .values({
      id: periodId,
      unit_id: tree.communeA,
      kind: 'year',
      year: 2026,
      number: 0,
      start_date: YEAR.from,
      end_date: YEAR.to,
      self_due: '2026-12-20',
      appraisal_due: '2026-12-25',
      decision_due: '2026-12-30',
    })
    .execute();
  await db
    .insertInto('evaluation')
    .values([
      ...people.map((p) => ({
        id: randomUUID(),
        period_id: periodId,
        person_id: p.id,
        subject_unit_id: null,
        unit_id: p.unitId,
        cadre_group: 'staff',
        criteria_set_id: PL4_SET,
        status: 'self_pending' as const,
      })),
      ...[tree.cellA, tree.committeeA, partyA].map((u) => ({
        id: randomUUID(),
        period_id: periodId,
        person_id: null,
        subject_unit_id: u,
        unit_id: tree.communeA,
        cadre_group: 'collective',
        criteria_set_id: PL1_SET,
        status: 'self_pending' as const,
      })),
    ])
    .execute();
}, 60_000);
afterAll(async () => close?.());

const EMPTY = summarizeTasks([], YEAR, AS_OF);
const orEmpty = (t: SummaryTotals | undefined) => t ?? EMPTY;

describe('evaluation SQL totals = summarizeTasks', () => {
  it('per person, restricted to the worked windows, split at the Q4 part', async () => {
    const rows = await personTaskTotals(database.db, {
      periodId,
      from: YEAR.from,
      to: YEAR.to,
      asOf: AS_OF,
      splitAt: Q4_FROM,
      windows: [...windows].flatMap(([personId, ws]) => ws.map((w) => ({ personId, ...w }))),
    });
    const got = new Map(rows.map((r) => [`${r.id}|${r.part}`, r.totals]));
    let nonEmpty = 0;
    for (const p of people) {
      const mine = tasksOfTimeWorked(
        facts.filter((f) => f.personId === p.id),
        windows.get(p.id) ?? [YEAR],
      );
      const before = summarizeTasks(mine, { from: YEAR.from, to: '2026-09-30' }, AS_OF);
      const q4 = summarizeTasks(mine, { from: Q4_FROM, to: YEAR.to }, AS_OF);
      expect(orEmpty(got.get(`${p.id}|0`))).toEqual(before);
      expect(orEmpty(got.get(`${p.id}|1`))).toEqual(q4);
      if (q4.assigned > 0 && before.assigned > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(3);
    // People 0 and 1 really lost tasks to their windows.
    const all0 = summarizeTasks(
      facts.filter((f) => f.personId === people[0].id),
      YEAR,
      AS_OF,
    );
    expect(orEmpty(got.get(`${people[0].id}|0`)).assigned + orEmpty(got.get(`${people[0].id}|1`)).assigned).toBeLessThan(all0.assigned);
  });

  it('per collective: the tasks of its unit subtree, each once, split at the Q4 part', async () => {
    const rows = await collectiveTaskTotals(database.db, {
      periodId,
      rootUnitId: tree.communeA,
      from: YEAR.from,
      to: YEAR.to,
      asOf: AS_OF,
      splitAt: Q4_FROM,
    });
    const got = new Map(rows.map((r) => [`${r.id}|${r.part}`, r.totals]));
    // The Party committee's subtree holds its own tasks and its cell's.
    const subtree: Record<string, string[]> = {
      [tree.cellA]: [tree.cellA],
      [tree.committeeA]: [tree.committeeA],
      [partyA]: [partyA, tree.cellA],
    };
    for (const [u, units] of Object.entries(subtree)) {
      const mine = facts.filter((f) => units.includes(f.unitId));
      expect(orEmpty(got.get(`${u}|0`))).toEqual(summarizeTasks(mine, { from: YEAR.from, to: '2026-09-30' }, AS_OF));
      expect(orEmpty(got.get(`${u}|1`))).toEqual(summarizeTasks(mine, { from: Q4_FROM, to: YEAR.to }, AS_OF));
    }
    expect(got.get(`${partyA}|0`)!.assigned).toBeGreaterThan(got.get(`${tree.cellA}|0`)!.assigned);
  });
});
