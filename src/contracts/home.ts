// The home page (GET /api/home): what the signed-in account has to do and how its units are doing,
// in one answer shaped by its roles. Every figure is the count of a list the web app links to, with
// the same filters (tasks: overdue, due window, status; plans: the week being planned; periods).
import { z } from 'zod';
import { CivilDate, Id } from './common.js';
import { EvaluationPeriodKind, EvaluationStatus, Level, PeriodStatus } from './evaluation.js';
import { IndicatorDirection } from './indicators.js';
import { PlanStatus } from './plans.js';

const count = z.number().int();

/** Tasks of a person or a unit subtree. */
export const HomeTaskFigures = z.object({
  /** Due before today, neither done nor cancelled (the task list's `overdue=true`). */
  late: count,
  /** Due from today to the end of this week, whatever their state (the list's `from`/`to`). */
  dueThisWeek: count,
  /** Not yet acknowledged by their lead (the list's `status=new`). */
  fresh: count,
});

/** One week of the lateness chart. */
export const HomeWeekPoint = z.object({
  weekStart: CivilDate,
  /** Tasks open and past their due date at the end of the week (today for the current week). */
  late: count,
  /** Tasks completed during the week. */
  done: count,
});

export const LevelCounts = z.object({
  excellent: count,
  good: count,
  completed: count,
  not_completed: count,
  /** Evaluated but without a level yet. */
  none: count,
});

export const HomePeriod = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  kind: EvaluationPeriodKind,
  label: z.string(),
  status: PeriodStatus,
  selfDue: CivilDate,
  appraisalDue: CivilDate,
  decisionDue: CivilDate,
  total: count,
  /** Evaluations by step; a step without any is absent. */
  byStatus: z.partialRecord(EvaluationStatus, count),
  levels: LevelCounts,
  /** Steps past their deadline: self-assessments not submitted, appraisals and decisions not taken. */
  flags: z.object({ selfLate: count, appraisalLate: count, decisionLate: count }),
});

export const HomeIndicator = z.object({
  id: Id,
  name: z.string(),
  measure: z.string(),
  target: z.number(),
  latest: z.number().nullable(),
  direction: IndicatorDirection,
  /** Percent of the target reached (the indicators module's definition); null without a value. */
  progress: z.number().nullable(),
});

export const HomePlanFigures = z.object({
  /** Submitted plans of the week being planned the account may approve (its own excluded); null when it approves none. */
  toApprove: count.nullable(),
  submitted: count,
  approved: count,
  /** Drafts and returned plans: written but not yet submitted. */
  unsent: count,
});

export const HomeUnit = z.object({
  unitId: Id,
  unitName: z.string(),
  tasks: HomeTaskFigures,
  lateness: z.array(HomeWeekPoint),
  /** Null for roles that do not oversee the unit's weekly plans. */
  plans: HomePlanFigures.nullable(),
  meetingsThisWeek: count,
  /** This year's indicators of the unit itself. */
  indicators: z.array(HomeIndicator),
  indicatorsYear: z.number().int(),
});

export const HomeOwnEvaluation = z.object({
  id: Id,
  periodId: Id,
  periodLabel: z.string(),
  status: EvaluationStatus,
  selfDue: CivilDate,
  /** The self-assessment is still to do and its deadline has passed. */
  selfLate: z.boolean(),
});

export const Home = z.object({
  today: CivilDate,
  week: z.object({ start: CivilDate, end: CivilDate }),
  /** The week whose plans are being written and approved now (next week, as on the plans pages). */
  planWeek: CivilDate,
  /** The account's own work; null when no person is linked to the account. */
  mine: z
    .object({
      personId: Id,
      tasks: HomeTaskFigures,
      lateness: z.array(HomeWeekPoint),
      plan: z.object({ id: Id.nullable(), status: PlanStatus.nullable() }),
      evaluations: z.array(HomeOwnEvaluation),
      /** Levels decided for the person in the last closed periods, newest first. */
      history: z.array(z.object({ periodId: Id, periodLabel: z.string(), level: Level.nullable() })),
    })
    .nullable(),
  /** The units where the account works (standing, office, admin, cell secretary), one block each. */
  units: z.array(HomeUnit),
  /** Evaluation periods in progress in the account's evaluation scope (organising, standing, admin, inspection). */
  periods: z.array(HomePeriod),
  /**
   * The levels of the period closed last in that scope, summed over every unit that closed the same
   * period (kind, year, number); `periodId` and `unitName` only when it is one unit's.
   */
  lastClosed: z
    .object({
      label: z.string(),
      units: count,
      periodId: Id.nullable(),
      unitName: z.string().nullable(),
      levels: LevelCounts,
    })
    .nullable(),
});
export type Home = z.infer<typeof Home>;
export type HomeUnit = z.infer<typeof HomeUnit>;
export type HomePeriod = z.infer<typeof HomePeriod>;
export type HomeWeekPoint = z.infer<typeof HomeWeekPoint>;
export type HomeTaskFigures = z.infer<typeof HomeTaskFigures>;
