// The numbers of the weekly / monthly / quarterly task summary, defined once. The summary
// endpoints, the exports and the evaluation of NĐ 335/2025/NĐ-CP Điều 14 all use these rules, and
// the SQL aggregation (summary.queries.ts) is tested against them on generated data.
//
// Rules (a "fact" is one task as seen by one assignee; `asOf` is the day the numbers are taken):
// - Period: a task belongs to the period [from, to] when its due date falls in it. Cancelled
//   tasks are excluded entirely (they count against no one).
// - assigned: tasks of the period. Work units (quy đổi) are summed in hundredths, so every total
//   is an exact integer and equals the SQL sum of round(work_units × 100).
// - done: completed on or before asOf (a completion after asOf is not yet known on asOf).
// - doneOnTime: done and completedOn ≤ dueDate.
// - late: done and completedOn > dueDate — a task due in the period but finished after the
//   period's end still counts as late in that period. lateExcused: late with objectiveCause.
// - overdue: not done and dueDate < asOf. pending: not done and dueDate ≥ asOf (still running).
// - qualityFailures: appraised qualityOk = false. majorErrors: sum of appraised major errors.
//   exceeded: appraised exceeded = true.
// - Leads and supporting assignees are counted in separate blocks per person; a unit total counts
//   each task once, however many assignees it has.
// - NĐ 335/2025 Điều 14, on converted work units, each over the work units assigned in the period:
//   quantity = units done; quality = units done × item quality, where an item failing the
//   requirements scores 0 and otherwise each major content error costs 25% of the item (floor 0);
//   progress = units done × item progress, where an item done on time scores 100% and each delay
//   costs 25% (floor 0); a confirmed objective cause waives both deductions. Item factors are kept
//   in quarters, so quality and progress are exact integers in 1/400 of a work unit.
// - Delays (NĐ 335 Điều 14, "each delay costs 25%"): every missed deadline of the item counts. The
//   deadlines of an item are its current due date and each earlier due date that was postponed
//   after it had passed or without a confirmed objective cause (countedDeadlines: a deadline does
//   not disappear by moving it). A done item missed each such deadline it was completed after;
//   late = at least one missed, on time = none missed.

export const ASSIGNEE_ROLES = ['lead', 'support'] as const;
export type AssigneeRole = (typeof ASSIGNEE_ROLES)[number];
export type TaskStatus = 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
export const SUMMARY_PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type SummaryPeriodKind = (typeof SUMMARY_PERIOD_KINDS)[number];

export interface TaskFact {
  taskId: string;
  role: AssigneeRole;
  status: TaskStatus;
  startDate: string;
  dueDate: string;
  completedOn: string | null;
  workUnits: number;
  qualityOk: boolean | null;
  majorErrors: number | null;
  exceeded: boolean | null;
  objectiveCause: boolean | null;
  /** Same as status 'cancelled'; either one excludes the task. */
  cancelled?: boolean;
  /** Earlier deadlines that still count (countedDeadlines over the due-date history); none when absent. */
  extraDeadlines?: readonly string[];
  /** Number of delays, overriding the count of missed deadlines (rule tables only). */
  delays?: number;
}

/** One change of an item's due date as the task module keeps it. */
export interface DueChange {
  oldDue: string;
  newDue: string;
  /** The day of the change (Asia/Ho_Chi_Minh). */
  changedOn: string;
  /** The manager confirmed an objective cause for the move. */
  objectiveCause: boolean;
}

/**
 * NĐ 335/2025 Điều 14 (each delay costs 25%): the earlier deadlines that still count — those
 * postponed after they had passed, or without a confirmed objective cause. Bringing a deadline
 * forward, or postponing it in time for a confirmed objective cause, leaves no deadline behind.
 */
export function countedDeadlines(changes: readonly DueChange[]): string[] {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.newDue > c.oldDue && (!c.objectiveCause || c.changedOn > c.oldDue)) out.add(c.oldDue);
  }
  return [...out].sort();
}

/** NĐ 335/2025 Điều 14: the deadlines a done item was completed after (its due date and the counted earlier ones); 0 when not done. */
export function missedDeadlines(f: Pick<TaskFact, 'dueDate' | 'completedOn' | 'extraDeadlines' | 'delays'>, done: boolean): number {
  if (!done || f.completedOn === null) return 0;
  if (f.delays !== undefined) return f.delays;
  let n = f.completedOn > f.dueDate ? 1 : 0;
  for (const d of new Set(f.extraDeadlines ?? [])) if (d !== f.dueDate && d < f.completedOn) n += 1;
  return n;
}

export interface Period {
  from: string;
  to: string;
}

/** Exact integer totals of one block (see the rules above). */
export interface SummaryTotals {
  assigned: number;
  done: number;
  doneOnTime: number;
  late: number;
  lateExcused: number;
  overdue: number;
  pending: number;
  qualityFailures: number;
  majorErrors: number;
  exceeded: number;
  /** Work units × 100. */
  wuAssigned: number;
  wuDone: number;
  wuDoneOnTime: number;
  /** Work units × 400 (hundredths × quarters): Σ units × item quality / progress factor. */
  qualityQ: number;
  progressQ: number;
}

export interface TaskOutcome {
  done: boolean;
  doneOnTime: boolean;
  late: boolean;
  lateExcused: boolean;
  overdue: boolean;
  pending: boolean;
  qualityFailure: boolean;
  majorErrors: number;
  exceeded: boolean;
  wu: number;
  /** Item quality and progress in quarters (0..4). */
  qualityQuarters: number;
  progressQuarters: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** The period of `kind` containing `date`: ISO week Monday–Sunday, calendar month, calendar quarter. */
export function periodOf(kind: SummaryPeriodKind, date: string): Period {
  const d = utc(date);
  if (kind === 'week') {
    const back = (d.getUTCDay() + 6) % 7;
    const monday = new Date(d.getTime() - back * 86_400_000);
    return { from: ymd(monday), to: ymd(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  const months = kind === 'month' ? 1 : 3;
  const firstMonth = kind === 'month' ? d.getUTCMonth() : Math.floor(d.getUTCMonth() / 3) * 3;
  const from = new Date(Date.UTC(d.getUTCFullYear(), firstMonth, 1));
  const to = new Date(Date.UTC(d.getUTCFullYear(), firstMonth + months, 0));
  return { from: ymd(from), to: ymd(to) };
}

/** Cancelled tasks count against no one. */
export function isCancelled(f: Pick<TaskFact, 'status' | 'cancelled'>): boolean {
  return f.status === 'cancelled' || f.cancelled === true;
}

/** A task belongs to the period when its due date falls in it and it is not cancelled. */
export function inPeriod(f: TaskFact, period: Period): boolean {
  return !isCancelled(f) && f.dueDate >= period.from && f.dueDate <= period.to;
}

/** Item quality in quarters (NĐ 335 Điều 14): 0 if not done or failing; −1 per major error unless objective cause. */
export function itemQualityQuarters(f: TaskFact, done: boolean): number {
  if (!done || f.qualityOk === false) return 0;
  if (f.objectiveCause === true) return 4;
  return Math.max(0, 4 - (f.majorErrors ?? 0));
}

/** Item progress in quarters (NĐ 335 Điều 14): 4 on time; −1 per missed deadline unless objective cause; 0 if not done. */
export function itemProgressQuarters(f: TaskFact, done: boolean): number {
  if (!done || f.completedOn === null) return 0;
  const missed = missedDeadlines(f, done);
  if (missed === 0 || f.objectiveCause === true) return 4;
  return Math.max(0, 4 - missed);
}

/** How one task stands on `asOf` (the classification every count is built from). */
export function taskOutcome(f: TaskFact, asOf: string): TaskOutcome {
  const done = f.completedOn !== null && f.completedOn <= asOf;
  const late = missedDeadlines(f, done) > 0;
  return {
    done,
    doneOnTime: done && !late,
    late,
    lateExcused: late && f.objectiveCause === true,
    overdue: !done && f.dueDate < asOf,
    pending: !done && f.dueDate >= asOf,
    qualityFailure: f.qualityOk === false,
    majorErrors: f.majorErrors ?? 0,
    exceeded: f.exceeded === true,
    wu: Math.round(f.workUnits * 100),
    qualityQuarters: itemQualityQuarters(f, done),
    progressQuarters: itemProgressQuarters(f, done),
  };
}

export function emptyTotals(): SummaryTotals {
  return {
    assigned: 0,
    done: 0,
    doneOnTime: 0,
    late: 0,
    lateExcused: 0,
    overdue: 0,
    pending: 0,
    qualityFailures: 0,
    majorErrors: 0,
    exceeded: 0,
    wuAssigned: 0,
    wuDone: 0,
    wuDoneOnTime: 0,
    qualityQ: 0,
    progressQ: 0,
  };
}

/** Adds one task's outcome to a block (mutates and returns it). */
export function addOutcome(t: SummaryTotals, o: TaskOutcome): SummaryTotals {
  const n = (b: boolean) => (b ? 1 : 0);
  t.assigned += 1;
  t.done += n(o.done);
  t.doneOnTime += n(o.doneOnTime);
  t.late += n(o.late);
  t.lateExcused += n(o.lateExcused);
  t.overdue += n(o.overdue);
  t.pending += n(o.pending);
  t.qualityFailures += n(o.qualityFailure);
  t.majorErrors += o.majorErrors;
  t.exceeded += n(o.exceeded);
  t.wuAssigned += o.wu;
  t.wuDone += o.done ? o.wu : 0;
  t.wuDoneOnTime += o.doneOnTime ? o.wu : 0;
  t.qualityQ += o.wu * o.qualityQuarters;
  t.progressQ += o.wu * o.progressQuarters;
  return t;
}

/** Totals of a set of tasks in the period, each task counted once whatever its assignees. */
export function summarizeTasks(facts: readonly TaskFact[], period: Period, asOf: string): SummaryTotals {
  const seen = new Set<string>();
  const t = emptyTotals();
  for (const f of facts) {
    if (seen.has(f.taskId) || !inPeriod(f, period)) continue;
    seen.add(f.taskId);
    addOutcome(t, taskOutcome(f, asOf));
  }
  return t;
}

export interface PersonBlocks {
  lead: SummaryTotals;
  support: SummaryTotals;
}

/** Per person: the lead block and the support block, counted separately. */
export function summarizeByPerson(
  facts: ReadonlyArray<TaskFact & { personId: string }>,
  period: Period,
  asOf: string,
): Map<string, PersonBlocks> {
  const out = new Map<string, PersonBlocks>();
  const seen = new Set<string>();
  for (const f of facts) {
    const key = `${f.personId}|${f.taskId}`;
    if (seen.has(key) || !inPeriod(f, period)) continue;
    seen.add(key);
    let blocks = out.get(f.personId);
    if (!blocks) out.set(f.personId, (blocks = { lead: emptyTotals(), support: emptyTotals() }));
    addOutcome(blocks[f.role], taskOutcome(f, asOf));
  }
  return out;
}

export interface TaskResultScores {
  /** Percentages 0..100 (unrounded); null when no work units were assigned. */
  quantityPct: number | null;
  qualityPct: number | null;
  progressPct: number | null;
}

/** NĐ 335/2025 Điều 14: quantity, quality and progress percentages on converted work units. */
export function taskResultScores(t: SummaryTotals): TaskResultScores {
  if (t.wuAssigned === 0) return { quantityPct: null, qualityPct: null, progressPct: null };
  return {
    quantityPct: (100 * t.wuDone) / t.wuAssigned,
    qualityPct: (100 * t.qualityQ) / (4 * t.wuAssigned),
    progressPct: (100 * t.progressQ) / (4 * t.wuAssigned),
  };
}

export interface SummaryCounts {
  assigned: number;
  done: number;
  doneOnTime: number;
  late: number;
  lateExcused: number;
  overdue: number;
  pending: number;
  qualityFailures: number;
  majorErrors: number;
  exceeded: number;
  workUnitsAssigned: number;
  workUnitsDone: number;
  workUnitsDoneOnTime: number;
  donePct: number | null;
  onTimePct: number | null;
  quantityPct: number | null;
  qualityPct: number | null;
  progressPct: number | null;
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** The presented block: work units in units, percentages rounded to 0.1 (donePct and onTimePct over tasks assigned). */
export function toCounts(t: SummaryTotals): SummaryCounts {
  const s = taskResultScores(t);
  const pct = (x: number) => (t.assigned === 0 ? null : (100 * x) / t.assigned);
  return {
    assigned: t.assigned,
    done: t.done,
    doneOnTime: t.doneOnTime,
    late: t.late,
    lateExcused: t.lateExcused,
    overdue: t.overdue,
    pending: t.pending,
    qualityFailures: t.qualityFailures,
    majorErrors: t.majorErrors,
    exceeded: t.exceeded,
    workUnitsAssigned: t.wuAssigned / 100,
    workUnitsDone: t.wuDone / 100,
    workUnitsDoneOnTime: t.wuDoneOnTime / 100,
    donePct: round1(pct(t.done)),
    onTimePct: round1(pct(t.doneOnTime)),
    quantityPct: round1(s.quantityPct),
    qualityPct: round1(s.qualityPct),
    progressPct: round1(s.progressPct),
  };
}
