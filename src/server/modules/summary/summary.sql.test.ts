// The SQL aggregation and the domain rules over the same generated tasks: every number must agree,
// so the summary and the evaluation (which uses the domain function) cannot drift apart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countedDeadlines,
  type DueChange,
  type Period,
  type SummaryTotals,
  type TaskFact,
  periodOf,
  summarizeByPerson,
  summarizeTasks,
  taskOutcome,
  inPeriod,
} from '../../../domain/task-summary.js';
import type { Database } from '../../db/connect.js';
import { createPerson, createSubtree, createUnit, type Subtree } from '../../test/factories.js';
import { openTestDatabase } from '../../test/harness.js';
import { type DrillMetric, type RowPage, type SummaryScope, drillCount, drillTasks, personTotals, unitTotals } from './summary.queries.js';

let database: Database;
let close: () => Promise<void>;
let tree: Subtree;
let partyA: string;
const facts: Array<TaskFact & { personId: string; unitId: string }> = [];
const unitOfTask = new Map<string, string>();
const ALL: RowPage = { limit: null, offset: 0 };

// Small deterministic PRNG (mulberry32), so a failure reproduces.
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
  const extraCell = await createUnit(db, { kind: 'party_cell', name: `Chi bộ Tây ${tree.suffix}`, parentId: partyA });
  const units = [tree.communeA, partyA, tree.cellA, extraCell, tree.committeeA, tree.communeB];
  const people: Array<{ id: string; unitId: string }> = [];
  for (const [i, unitId] of units.entries()) {
    for (let k = 0; k < 2; k++) people.push({ id: await createPerson(db, unitId, { given_name: `Người${i}${k}` }), unitId });
  }
  const rand = rng(20260302);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const tasks = [];
  const assignees: Array<{ task_id: string; person_id: string; role: 'lead' | 'support' }> = [];
  const dueChanges: Array<{
    id: string;
    task_id: string;
    old_due: string;
    new_due: string;
    reason: string;
    objective_cause: boolean;
    changed_at: Date;
  }> = [];
  for (let i = 0; i < 600; i++) {
    const unitId = pick(units);
    const dueDate = addDays('2026-02-20', Math.floor(rand() * 60)); // late February to mid April
    const startDate = addDays(dueDate, -Math.floor(rand() * 10));
    const r = rand();
    const status: TaskFact['status'] = r < 0.08 ? 'cancelled' : r < 0.6 ? 'done' : pick(['new', 'accepted', 'in_progress'] as const);
    const completedOn = status === 'done' ? addDays(dueDate, Math.floor(rand() * 14) - 6) : null;
    const appraised = status === 'done' && rand() < 0.8;
    const task = {
      id: randomUUID(),
      unit_id: unitId,
      source: 'slip' as const,
      title: `Nhiệm vụ ${i}`,
      start_date: startDate,
      due_date: dueDate,
      work_units: Math.round((0.25 + rand() * 4) * 100) / 100,
      status,
      completed_on: completedOn,
      quality_ok: appraised ? rand() < 0.85 : null,
      major_errors: appraised ? pick([0, 0, 0, 1, 2, 3, 4, 5]) : null,
      exceeded: appraised ? rand() < 0.3 : null,
      objective_cause: appraised ? rand() < 0.2 : rand() < 0.05 ? true : null,
    };
    tasks.push(task);
    unitOfTask.set(task.id, unitId);
    // A quarter of the tasks had their due date moved: postponed (in time or after it passed, with
    // or without a confirmed objective cause) or brought forward — NĐ 335 Điều 14 counts each missed deadline.
    const changes: DueChange[] = [];
    if (rand() < 0.25) {
      let due = dueDate;
      for (let k = 0, n = 1 + Math.floor(rand() * 2); k < n; k++) {
        const oldDue = rand() < 0.85 ? addDays(due, -1 - Math.floor(rand() * 10)) : addDays(due, 1 + Math.floor(rand() * 5));
        changes.unshift({ oldDue, newDue: due, changedOn: addDays(oldDue, Math.floor(rand() * 9) - 4), objectiveCause: rand() < 0.4 });
        due = oldDue;
      }
      for (const c of changes) {
        dueChanges.push({
          id: randomUUID(),
          task_id: task.id,
          old_due: c.oldDue,
          new_due: c.newDue,
          reason: 'Điều chỉnh',
          objective_cause: c.objectiveCause,
          changed_at: new Date(`${c.changedOn}T10:00:00+07:00`),
        });
      }
    }
    const extraDeadlines = countedDeadlines(changes);
    const shuffled = [...people].sort(() => rand() - 0.5).slice(0, 1 + Math.floor(rand() * 4));
    shuffled.forEach((p, k) => {
      const role = k === 0 ? ('lead' as const) : ('support' as const);
      assignees.push({ task_id: task.id, person_id: p.id, role });
      facts.push({
        taskId: task.id,
        role,
        personId: p.id,
        unitId,
        status,
        startDate,
        dueDate,
        completedOn,
        workUnits: task.work_units,
        qualityOk: task.quality_ok,
        majorErrors: task.major_errors,
        exceeded: task.exceeded,
        objectiveCause: task.objective_cause,
        extraDeadlines,
      });
    });
  }
  await db.insertInto('task').values(tasks).execute();
  await db.insertInto('task_assignee').values(assignees).execute();
  await db.insertInto('task_due_change').values(dueChanges).execute();
  expect(
    facts.filter(
      (f) =>
        (f.extraDeadlines?.length ?? 0) > 0 &&
        f.completedOn !== null &&
        f.extraDeadlines!.some((d) => d < f.completedOn! && d !== f.dueDate),
    ).length,
  ).toBeGreaterThan(10);
}, 60_000);
afterAll(() => close?.());

const scopeOf = (unitId: string, period: Period, asOf: string): SummaryScope => ({
  unitId,
  ...period,
  asOf,
  childrenOn: asOf < period.to ? asOf : period.to,
});

describe.each([
  ['month, taken mid-month', 'month', '2026-03-10', '2026-03-18'],
  ['quarter, taken after its end', 'quarter', '2026-02-01', '2026-04-20'],
  ['week, taken before it starts', 'week', '2026-03-25', '2026-03-01'],
] as const)('SQL aggregation == domain rules (%s)', (_name, kind, date, asOf) => {
  const period = periodOf(kind, date);

  it('per person and role, over commune A', async () => {
    const s = scopeOf(tree.communeA, period, asOf);
    const inA = facts.filter((f) => f.unitId !== tree.communeB);
    const expected = summarizeByPerson(inA, period, asOf);
    const { rows, total } = await personTotals(database.db, s, ALL);
    const got = new Map<string, { lead?: SummaryTotals; support?: SummaryTotals }>();
    for (const r of rows) got.set(r.personId, { ...got.get(r.personId), [r.role]: r.totals });
    expect(rows.length).toBeGreaterThan(0);
    for (const [personId, blocks] of expected) {
      for (const role of ['lead', 'support'] as const) {
        if (blocks[role].assigned > 0) expect(got.get(personId)?.[role], `${personId} ${role}`).toEqual(blocks[role]);
        else expect(got.get(personId)?.[role]).toBeUndefined();
      }
    }
    expect([...got.keys()].sort()).toEqual(
      [...expected.keys()].filter((k) => expected.get(k)!.lead.assigned + expected.get(k)!.support.assigned > 0).sort(),
    );
    expect(total).toBe(got.size);
    // Pages of 2 people, read in turn, are the whole list in the same order; past the end: none, same total.
    const paged: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const pg = await personTotals(database.db, s, { limit: 2, offset });
      expect(pg.total).toBe(total);
      expect(new Set(pg.rows.map((r) => r.personId)).size).toBeLessThanOrEqual(2);
      paged.push(...pg.rows.map((r) => `${r.personId}/${r.role}`));
    }
    expect(paged).toEqual(rows.map((r) => `${r.personId}/${r.role}`));
    expect(await personTotals(database.db, s, { limit: 2, offset: total + 4 })).toEqual({ rows: [], total });
  });

  it('per child unit and the total (each task once), over commune A and over the province', async () => {
    const bucketA = (u: string) => (u === tree.committeeA ? tree.committeeA : u === tree.communeA ? tree.communeA : partyA);
    for (const [root, bucket, own] of [
      [tree.communeA, bucketA, (u: string) => u !== tree.communeB],
      [tree.provinceId, (u: string) => (u === tree.communeB ? tree.communeB : tree.communeA), () => true],
    ] as const) {
      const rows = await unitTotals(database.db, scopeOf(root, period, asOf));
      const mine = facts.filter((f) => own(f.unitId));
      const total = rows.find((r) => r.bucketId === null)!;
      expect(total.totals).toEqual(summarizeTasks(mine, period, asOf));
      for (const r of rows.filter((x) => x.bucketId !== null)) {
        expect(r.totals, r.bucketId!).toEqual(
          summarizeTasks(
            mine.filter((f) => bucket(f.unitId) === r.bucketId),
            period,
            asOf,
          ),
        );
      }
      const summed = rows.filter((x) => x.bucketId !== null).reduce((n, x) => n + x.totals.assigned, 0);
      expect(summed).toBe(total.totals.assigned);
    }
  });

  it('drill-down returns exactly the tasks behind each number', async () => {
    const s = scopeOf(tree.communeA, period, asOf);
    const inA = facts.filter((f) => f.unitId !== tree.communeB && f.role === 'lead' && inPeriod(f, period));
    const outcome = (f: TaskFact) => taskOutcome(f, asOf);
    const expectations: Array<[DrillMetric, (f: TaskFact) => boolean]> = [
      ['assigned', () => true],
      ['done', (f) => outcome(f).done],
      ['doneOnTime', (f) => outcome(f).doneOnTime],
      ['late', (f) => outcome(f).late],
      ['lateExcused', (f) => outcome(f).lateExcused],
      ['overdue', (f) => outcome(f).overdue],
      ['pending', (f) => outcome(f).pending],
      ['qualityFailures', (f) => outcome(f).qualityFailure],
      ['majorErrors', (f) => outcome(f).majorErrors > 0],
      ['exceeded', (f) => outcome(f).exceeded],
    ];
    for (const [metric, pred] of expectations) {
      const rows = await drillTasks(database.db, s, { metric }, ALL);
      expect(rows.every((r) => Number(r.matched) === rows.length)).toBe(true);
      expect(await drillCount(database.db, s, { metric })).toBe(rows.length);
      if (rows.length > 3) {
        const second = await drillTasks(database.db, s, { metric }, { limit: 3, offset: 3 });
        expect(second.map((r) => r.id)).toEqual(rows.slice(3, 6).map((r) => r.id));
      }
      expect(rows.map((r) => r.id).sort(), metric).toEqual(
        inA
          .filter(pred)
          .map((f) => f.taskId)
          .sort(),
      );
    }
    const someone = inA[0];
    if (someone) {
      const rows = await drillTasks(database.db, s, { metric: 'assigned', personId: someone.personId, role: 'lead' }, ALL);
      expect(rows.length).toBe(
        summarizeByPerson(
          facts.filter((f) => f.unitId !== tree.communeB),
          period,
          asOf,
        ).get(someone.personId)!.lead.assigned,
      );
    }
    const committee = await drillTasks(database.db, s, { metric: 'assigned', bucketUnitId: tree.committeeA }, ALL);
    expect(committee.every((r) => unitOfTask.get(r.id) === tree.committeeA)).toBe(true);
    expect(committee.length).toBe(inA.filter((f) => f.unitId === tree.committeeA).length);
  });
});
