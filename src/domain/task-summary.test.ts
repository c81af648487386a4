import { describe, expect, it } from 'vitest';
import {
  countedDeadlines,
  type DueChange,
  itemProgressQuarters,
  missedDeadlines,
  taskOutcome,
  itemQualityQuarters,
  periodOf,
  type SummaryPeriodKind,
  summarizeByPerson,
  summarizeTasks,
  type TaskFact,
  taskResultScores,
  toCounts,
} from './task-summary.js';

const WEEK = { from: '2026-03-02', to: '2026-03-08' }; // Monday–Sunday
const AS_OF = '2026-03-11';

let seq = 0;
const fact = (over: Partial<TaskFact> = {}): TaskFact => ({
  taskId: `t${++seq}`,
  role: 'lead',
  status: 'in_progress',
  startDate: '2026-03-02',
  dueDate: '2026-03-06',
  completedOn: null,
  workUnits: 1,
  qualityOk: null,
  majorErrors: null,
  exceeded: null,
  objectiveCause: null,
  ...over,
});
const done = (completedOn: string, over: Partial<TaskFact> = {}) => fact({ status: 'done', completedOn, ...over });

describe('periodOf', () => {
  it.each<[SummaryPeriodKind, string, string, string]>([
    ['week', '2026-03-04', '2026-03-02', '2026-03-08'],
    ['week', '2026-03-02', '2026-03-02', '2026-03-08'], // Monday
    ['week', '2026-03-08', '2026-03-02', '2026-03-08'], // Sunday
    ['week', '2026-01-01', '2025-12-29', '2026-01-04'], // across the year
    ['month', '2026-02-15', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-01', '2028-02-01', '2028-02-29'], // leap year
    ['quarter', '2026-05-20', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-12-31', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
  ])('%s containing %s is %s..%s', (kind, date, from, to) => {
    expect(periodOf(kind, date)).toEqual({ from, to });
  });
});

describe('summarizeTasks: which tasks count and how', () => {
  it.each<[string, TaskFact, Partial<ReturnType<typeof summarizeTasks>>]>([
    ['cancelled task is excluded entirely', fact({ status: 'cancelled' }), { assigned: 0, overdue: 0, wuAssigned: 0 }],
    ['cancelled flag also excludes', fact({ cancelled: true, completedOn: '2026-03-10' }), { assigned: 0, late: 0 }],
    ['due before the period: not in it', fact({ dueDate: '2026-03-01' }), { assigned: 0 }],
    ['due after the period: not in it', fact({ dueDate: '2026-03-09' }), { assigned: 0 }],
    ['due on the first day: in it', fact({ dueDate: '2026-03-02' }), { assigned: 1 }],
    [
      'due on the last day: in it',
      fact({ dueDate: '2026-03-08', completedOn: '2026-03-08', status: 'done' }),
      { assigned: 1, doneOnTime: 1 },
    ],
    ['done before the due date: on time', done('2026-03-05'), { assigned: 1, done: 1, doneOnTime: 1, late: 0 }],
    ['done on the due date: on time', done('2026-03-06'), { done: 1, doneOnTime: 1, late: 0 }],
    ['done after the due date within the period: late', done('2026-03-07'), { done: 1, doneOnTime: 0, late: 1, lateExcused: 0 }],
    ['due in the period, done after the period: late', done('2026-03-10'), { done: 1, late: 1, overdue: 0 }],
    ['late with a confirmed objective cause: late and excused', done('2026-03-10', { objectiveCause: true }), { late: 1, lateExcused: 1 }],
    ['not done, due before asOf: overdue', fact(), { done: 0, overdue: 1, pending: 0 }],
    ['completed after asOf is not yet done on asOf: overdue', done('2026-03-12'), { done: 0, late: 0, overdue: 1 }],
    ['quality failure counted', done('2026-03-05', { qualityOk: false }), { qualityFailures: 1 }],
    ['major errors summed', done('2026-03-05', { qualityOk: true, majorErrors: 3 }), { majorErrors: 3 }],
    ['exceeded counted', done('2026-03-05', { exceeded: true }), { exceeded: 1 }],
    ['work units in hundredths', done('2026-03-05', { workUnits: 2.5 }), { wuAssigned: 250, wuDone: 250, wuDoneOnTime: 250 }],
    ['late work units not on time', done('2026-03-07', { workUnits: 1.25 }), { wuAssigned: 125, wuDone: 125, wuDoneOnTime: 0 }],
    ['overdue work units assigned only', fact({ workUnits: 3 }), { wuAssigned: 300, wuDone: 0 }],
  ])('%s', (_name, f, expected) => {
    expect(summarizeTasks([f], WEEK, AS_OF)).toMatchObject(expected);
  });

  it('pending: due on or after asOf in a period that is still running, not overdue', () => {
    const running = { from: '2026-03-09', to: '2026-03-15' };
    const t = summarizeTasks([fact({ dueDate: '2026-03-13' }), fact({ dueDate: AS_OF }), fact({ dueDate: '2026-03-10' })], running, AS_OF);
    expect(t).toMatchObject({ assigned: 3, pending: 2, overdue: 1, done: 0 });
  });

  it('a unit total counts each task once, not once per assignee', () => {
    const lead = done('2026-03-07', { taskId: 'x', workUnits: 2 });
    const support = { ...lead, role: 'support' as const };
    const t = summarizeTasks([lead, support, { ...support }], WEEK, AS_OF);
    expect(t).toMatchObject({ assigned: 1, late: 1, wuAssigned: 200 });
  });
});

describe('summarizeByPerson: lead and support blocks', () => {
  it('counts supporting assignees separately from leads', () => {
    const facts = [
      { ...done('2026-03-05', { taskId: 'a' }), personId: 'p1' },
      { ...done('2026-03-05', { taskId: 'a', role: 'support' }), personId: 'p2' },
      { ...fact({ taskId: 'b' }), personId: 'p2' },
      { ...fact({ taskId: 'b', role: 'support' }), personId: 'p1' },
      { ...fact({ taskId: 'c', role: 'support', status: 'cancelled' }), personId: 'p1' },
    ];
    const m = summarizeByPerson(facts, WEEK, AS_OF);
    expect(m.get('p1')!.lead).toMatchObject({ assigned: 1, doneOnTime: 1, overdue: 0 });
    expect(m.get('p1')!.support).toMatchObject({ assigned: 1, doneOnTime: 0, overdue: 1 });
    expect(m.get('p2')!.lead).toMatchObject({ assigned: 1, overdue: 1 });
    expect(m.get('p2')!.support).toMatchObject({ assigned: 1, doneOnTime: 1 });
  });
});

describe('NĐ 335/2025 Điều 14: item quality and progress (quarters)', () => {
  it.each<[string, TaskFact, boolean, number]>([
    ['not done', fact(), false, 0],
    ['done, not appraised yet', done('2026-03-05'), true, 4],
    ['meets requirements, no errors', done('2026-03-05', { qualityOk: true, majorErrors: 0 }), true, 4],
    ['one major error: −25%', done('2026-03-05', { qualityOk: true, majorErrors: 1 }), true, 3],
    ['three major errors: −75%', done('2026-03-05', { majorErrors: 3 }), true, 1],
    ['five major errors: capped at 0', done('2026-03-05', { majorErrors: 5 }), true, 0],
    ['errors with a confirmed objective cause: no deduction', done('2026-03-05', { majorErrors: 2, objectiveCause: true }), true, 4],
    ['fails the requirements: 0', done('2026-03-05', { qualityOk: false }), true, 0],
    ['fails even with objective cause: 0', done('2026-03-05', { qualityOk: false, objectiveCause: true }), true, 0],
  ])('quality: %s', (_n, f, isDone, q) => expect(itemQualityQuarters(f, isDone)).toBe(q));

  it.each<[string, TaskFact, boolean, number]>([
    ['not done', fact(), false, 0],
    ['on time', done('2026-03-06'), true, 4],
    ['late: one delay −25%', done('2026-03-07'), true, 3],
    ['late with confirmed objective cause: no deduction', done('2026-03-09', { objectiveCause: true }), true, 4],
    ['two delays: −50%', done('2026-03-20', { delays: 2 }), true, 2],
    ['six delays: capped at 0', done('2026-03-20', { delays: 6 }), true, 0],
  ])('progress: %s', (_n, f, isDone, q) => expect(itemProgressQuarters(f, isDone)).toBe(q));

  it('weights items by converted work units', () => {
    const facts = [
      done('2026-03-05', { workUnits: 2, qualityOk: true, majorErrors: 1 }), // quality 1.5/2, progress 2/2
      done('2026-03-07', { workUnits: 1, qualityOk: true }), // quality 1/1, progress 0.75/1
      fact({ workUnits: 1 }), // overdue: 0 / 0
      fact({ workUnits: 5, status: 'cancelled' }), // excluded
    ];
    const t = summarizeTasks(facts, WEEK, AS_OF);
    const s = taskResultScores(t);
    expect(s.quantityPct).toBeCloseTo(75);
    expect(s.qualityPct).toBeCloseTo((100 * 2.5) / 4);
    expect(s.progressPct).toBeCloseTo((100 * 2.75) / 4);
    expect(toCounts(t)).toMatchObject({
      assigned: 3,
      done: 2,
      doneOnTime: 1,
      late: 1,
      overdue: 1,
      workUnitsAssigned: 4,
      workUnitsDone: 3,
      workUnitsDoneOnTime: 2,
      donePct: 66.7,
      onTimePct: 33.3,
      quantityPct: 75,
      qualityPct: 62.5,
      progressPct: 68.8,
    });
  });

  it('nothing assigned: percentages are null, not 0 or 100', () => {
    expect(taskResultScores(summarizeTasks([], WEEK, AS_OF))).toEqual({ quantityPct: null, qualityPct: null, progressPct: null });
    expect(toCounts(summarizeTasks([], WEEK, AS_OF)).donePct).toBeNull();
  });
});

describe('countedDeadlines: a deadline does not disappear by moving it (NĐ 335/2025 Điều 14)', () => {
  const change = (oldDue: string, newDue: string, changedOn: string, objectiveCause: boolean): DueChange => ({
    oldDue,
    newDue,
    changedOn,
    objectiveCause,
  });
  it.each<[string, DueChange[], string[]]>([
    ['no change', [], []],
    ['postponed in time for a confirmed objective cause: gone', [change('2026-03-06', '2026-03-20', '2026-03-04', true)], []],
    ['postponed on the very day, confirmed cause: gone', [change('2026-03-06', '2026-03-20', '2026-03-06', true)], []],
    [
      'postponed after it passed, even with a confirmed cause: counts',
      [change('2026-03-06', '2026-03-20', '2026-03-09', true)],
      ['2026-03-06'],
    ],
    ['postponed in time without a confirmed cause: counts', [change('2026-03-06', '2026-03-20', '2026-03-01', false)], ['2026-03-06']],
    ['brought forward: nothing left behind', [change('2026-03-20', '2026-03-06', '2026-03-01', false)], []],
    [
      'postponed twice without cause: both count',
      [change('2026-03-06', '2026-03-13', '2026-03-05', false), change('2026-03-13', '2026-03-20', '2026-03-12', false)],
      ['2026-03-06', '2026-03-13'],
    ],
    [
      'the same date postponed twice counts once',
      [
        change('2026-03-06', '2026-03-13', '2026-03-05', false),
        change('2026-03-13', '2026-03-06', '2026-03-05', false),
        change('2026-03-06', '2026-03-13', '2026-03-05', false),
      ],
      ['2026-03-06'],
    ],
  ])('%s', (_n, changes, want) => expect(countedDeadlines(changes)).toEqual(want));
});

describe('missedDeadlines and the outcome: each missed deadline is one delay', () => {
  const moved = (completedOn: string, extra: string[], over: Partial<TaskFact> = {}) =>
    done(completedOn, { dueDate: '2026-03-20', extraDeadlines: extra, ...over });
  it.each<[string, TaskFact, number, boolean, number]>([
    // name, fact, missed, late, progress quarters
    ['done before every deadline', moved('2026-03-05', ['2026-03-06']), 0, false, 4],
    ['done by the new date but after the uncounted-away old one: a delay', moved('2026-03-10', ['2026-03-06']), 1, true, 3],
    ['done after the old and the new date: two delays', moved('2026-03-25', ['2026-03-06']), 2, true, 2],
    ['three deadlines missed', moved('2026-03-25', ['2026-03-06', '2026-03-13']), 3, true, 1],
    ['five deadlines missed: floors at 0', moved('2026-04-25', ['2026-03-06', '2026-03-09', '2026-03-13', '2026-03-16']), 5, true, 0],
    ['completed on the old deadline: not missed', moved('2026-03-06', ['2026-03-06']), 0, false, 4],
    [
      'a confirmed objective cause of the item waives the deduction (still late)',
      moved('2026-03-10', ['2026-03-06'], { objectiveCause: true }),
      1,
      true,
      4,
    ],
    ['not done: nothing missed yet', moved('2026-03-10', ['2026-03-06'], { status: 'in_progress', completedOn: null }), 0, false, 0],
  ])('%s', (_n, f, missed, late, quarters) => {
    const isDone = f.completedOn !== null;
    expect(missedDeadlines(f, isDone)).toBe(missed);
    expect(taskOutcome(f, '2026-12-31').late).toBe(late);
    expect(taskOutcome(f, '2026-12-31').doneOnTime).toBe(isDone && !late);
    expect(itemProgressQuarters(f, isDone)).toBe(quarters);
  });
});
