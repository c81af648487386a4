// Evaluation periods and the three steps (Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP):
// self-assessment → appraisal by the organising body → decision by the standing committee, with the
// HTXS quota at decision time, publication and period close.
//
//   POST /api/evaluation/periods                          OpenPeriodRequest → 202 JobAccepted (organising, admin)
//   GET  /api/evaluation/periods?unitId=&year=&kind=      → PeriodList
//   GET  /api/evaluation/periods/:id                      → PeriodDetail (counts by status and level)
//   POST /api/evaluation/periods/:id/close                ClosePeriodRequest → 202 JobAccepted (organising, admin)
//   GET  /api/evaluation/periods/:id/evaluations?…        → EvaluationPage (managers: organising, standing, admin, inspection)
//   GET  /api/evaluation/periods/:id/quota?unitId=&cadreGroup= → QuotaView
//   POST /api/evaluation/periods/:id/quota-exceptions     QuotaExceptionRequest → 201 QuotaExceptionView (standing)
//   POST /api/evaluation/periods/:id/decisions            DecisionSetRequest → DecisionSetResult (standing)
//   POST /api/evaluation/periods/:id/publish              PublishRequest → PublishResult (standing)
//   GET  /api/evaluation/mine?periodId=                   → EvaluationView (the signed-in person's own)
//   GET  /api/evaluation/:id                              → EvaluationView (what the reader may see of it)
//   GET  /api/evaluation/:id/evidence?metric=             → EvidenceList (the tasks behind one number)
//   POST /api/evaluation/:id/refresh                      VersionRequest → EvaluationView (the facts taken again, audited)
//   PUT  /api/evaluation/:id/self                         SelfRequest → EvaluationView (the person)
//   POST /api/evaluation/:id/self/submit                  VersionRequest → EvaluationView (the person)
//   PUT  /api/evaluation/:id/appraisal                    AppraisalRequest → EvaluationView (organising)
//   PUT  /api/evaluation/:id/decision                     DecisionRequest → EvaluationView (standing)
//   POST /api/evaluation/:id/cancel-decision              CancelDecisionRequest → EvaluationView (standing)
//
// Progress of the two jobs (open, close): GET /api/jobs/:jobId. Every explanation carries its rule.
import { z } from 'zod';
import { CivilDate, Decimal, Id, Int32, QueryInt, RequiredText, Text, Version } from './common.js';
import { EVALUATION_PERIOD_KINDS } from '../domain/evaluation/periods.js';
import { EvaluationCommitment } from './commitments.js';
import { CriterionPart, CriterionSource } from './criteria.js';
import { SCORE, TEXT } from './limits.js';
import { AssigneeRole, TaskStatus } from './tasks.js';

/** HTXS / HTT / HT / KHT. */
export const Levels = ['excellent', 'good', 'completed', 'not_completed'] as const;
export const Level = z.enum(Levels);
export type Level = z.infer<typeof Level>;

export const EvaluationPeriodKind = z.enum(EVALUATION_PERIOD_KINDS);
export type EvaluationPeriodKind = z.infer<typeof EvaluationPeriodKind>;
export const PeriodStatus = z.enum(['open', 'closing', 'closed']);
export type PeriodStatus = z.infer<typeof PeriodStatus>;

/** excluded: not classified (reason shown); self_pending → self_submitted → appraised → decided → published. */
export const EvaluationStatuses = ['excluded', 'self_pending', 'self_submitted', 'appraised', 'decided', 'published'] as const;
export const EvaluationStatus = z.enum(EvaluationStatuses);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

/** Points per criterion code, e.g. { "politics_ideology": 5.5 }; each must lie in 0..max of its criterion. */
export const CriterionScores = z.record(RequiredText(TEXT.code), Decimal(SCORE));
export type CriterionScores = z.infer<typeof CriterionScores>;

const version = Version;

// ---- periods ----

/**
 * kind 'quarter': number 1–3 (Q4 is folded into the year, Kết luận 198-KL/TW); 'month': 1–12; 'year': 0.
 * Deadlines default to the regulation's (defaultDeadlines; `side` picks the Party or civil-servant year end).
 */
export const OpenPeriodRequest = z
  .object({
    unitId: Id,
    kind: z.enum(['month', 'quarter', 'year']),
    year: Int32(2000, 2100),
    number: Int32(0, 12).default(0),
    side: z.enum(['party', 'civil_servant']).default('party'),
    selfDue: CivilDate.optional(),
    appraisalDue: CivilDate.optional(),
    decisionDue: CivilDate.optional(),
    pastDeadlinesConfirmed: z
      .boolean()
      .default(false)
      .describe('true to record knowingly step deadlines that have already passed (otherwise such a deadline is refused)'),
  })
  .superRefine((p, ctx) => {
    if (p.kind === 'quarter' && (p.number < 1 || p.number > 3))
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'v.evaluation.quarter_number' });
    if (p.kind === 'month' && (p.number < 1 || p.number > 12))
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'v.evaluation.month_number' });
    if (p.kind === 'year' && p.number !== 0) ctx.addIssue({ code: 'custom', path: ['number'], message: 'v.evaluation.year_number' });
    if (p.selfDue && p.appraisalDue && p.appraisalDue < p.selfDue)
      ctx.addIssue({ code: 'custom', path: ['appraisalDue'], message: 'v.evaluation.deadline_order' });
    if (p.appraisalDue && p.decisionDue && p.decisionDue < p.appraisalDue)
      ctx.addIssue({ code: 'custom', path: ['decisionDue'], message: 'v.evaluation.deadline_order' });
  });
export type OpenPeriodRequest = z.infer<typeof OpenPeriodRequest>;

/** 202: the job does the work all-or-nothing; poll GET /api/jobs/:jobId, then read the period. */
export const JobAccepted = z.object({ jobId: Id, periodId: Id });
export type JobAccepted = z.infer<typeof JobAccepted>;

export const PeriodListQuery = z.object({
  unitId: Id.optional().describe('Periods opened at this unit, its ancestors or its descendants; default: every period in scope'),
  year: QueryInt(2000, 2100).optional(),
  kind: EvaluationPeriodKind.optional(),
});
export type PeriodListQuery = z.infer<typeof PeriodListQuery>;

export const PeriodActions = z.object({
  close: z.boolean(),
  appraise: z.boolean(),
  decide: z.boolean(),
  publish: z.boolean(),
});

export const PeriodView = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  kind: EvaluationPeriodKind,
  year: z.number().int(),
  number: z.number().int(),
  /** e.g. "Quý I/2026", "Năm 2026" in the reader's language. */
  label: z.string(),
  startDate: CivilDate,
  endDate: CivilDate,
  selfDue: CivilDate,
  appraisalDue: CivilDate,
  decisionDue: CivilDate,
  status: PeriodStatus,
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  actions: PeriodActions,
});
export type PeriodView = z.infer<typeof PeriodView>;

export const PeriodList = z.object({ items: z.array(PeriodView) });
export type PeriodList = z.infer<typeof PeriodList>;

const levelCounts = z.object({
  excellent: z.number().int(),
  good: z.number().int(),
  completed: z.number().int(),
  not_completed: z.number().int(),
  none: z.number().int(),
});

/** Counts over the evaluations the reader may see in the period. */
export const PeriodDetail = PeriodView.extend({
  counts: z.object({
    total: z.number().int(),
    byStatus: z.record(EvaluationStatus, z.number().int()),
    /** Final levels (decided or published); none = not decided yet. */
    byDecisionLevel: levelCounts,
    /** The system's proposed levels (excluded evaluations are not counted). */
    byProposedLevel: levelCounts,
  }),
});
export type PeriodDetail = z.infer<typeof PeriodDetail>;

/** Closing recomputes every score from fresh task facts and needs every non-excluded evaluation decided. */
export const ClosePeriodRequest = z.object({ version });
export type ClosePeriodRequest = z.infer<typeof ClosePeriodRequest>;

// ---- evaluations ----

export const Subject = z.object({
  kind: z.enum(['person', 'collective']),
  /** The person evaluated (kind person). */
  personId: Id.nullable(),
  /** The unit evaluated (kind collective). */
  subjectUnitId: Id.nullable(),
  name: z.string(),
  /** The person's unit, or the collective's own name. */
  unitName: z.string(),
});

/** One condition or trigger of the levels (Quy định 366-QĐ/TW, Điều 11), worded with its rule. */
export const GateCheckView = z.object({
  level: Level,
  condition: z.string(),
  ok: z.boolean(),
  actual: z.number().nullable(),
  required: z.number(),
  op: z.enum(['>=', '<=', '=']),
  rule: z.string(),
  message: z.string(),
});
export type GateCheckView = z.infer<typeof GateCheckView>;

export const GateSummary = z.object({
  /** The system's proposed level (null until a total score exists and no trigger fired). */
  level: Level.nullable(),
  /** The highest level the conditions allow, whatever the score. */
  gateLevel: Level,
  /** Failed conditions that lowered the level, or the triggers that made it KHT. */
  reasons: z.array(z.object({ level: Level, condition: z.string(), rule: z.string(), message: z.string() })),
  noEvidence: z.boolean(),
});
export type GateSummary = z.infer<typeof GateSummary>;

export const StepView = z.object({ score: z.number().nullable(), level: Level.nullable() });

export const EvaluationListItem = z.object({
  id: Id,
  periodId: Id,
  subject: Subject,
  unitId: Id,
  cadreGroup: z.string(),
  cadreGroupName: z.string(),
  status: EvaluationStatus,
  /** Why the person is not classified (with the rule); null when evaluated. */
  excludedReason: z.string().nullable(),
  workedRatio: z.number(),
  /** Task-results part (out of the set's results points); null while a KPI or manual item is missing. */
  resultsScore: z.number().nullable(),
  proposedLevel: Level.nullable(),
  gate: GateSummary,
  /** The self-assessment (null while not submitted); missing = marked missing by the appraiser. */
  self: StepView.extend({ submitted: z.boolean(), missing: z.boolean() }),
  appraisal: StepView.nullable(),
  decision: StepView.nullable(),
  version: z.number().int(),
  /** The signed-in actor's own evaluation (or a collective they head): they never appraise or decide it (Quy định 366-QĐ/TW, Điều 12–13). */
  ownWork: z.boolean(),
});
export type EvaluationListItem = z.infer<typeof EvaluationListItem>;

export const EvaluationListQuery = z.object({
  unitId: Id.optional().describe('Evaluations whose evaluating unit lies in this subtree'),
  status: EvaluationStatus.optional(),
  level: Level.optional().describe('Decision level when decided, else the proposed level'),
  cadreGroup: Text(TEXT.code).optional(),
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 500).default(50),
});
export type EvaluationListQuery = z.infer<typeof EvaluationListQuery>;

export const EvaluationPage = z.object({
  items: z.array(EvaluationListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EvaluationPage = z.infer<typeof EvaluationPage>;

/** The tasks behind the results part; each number can be drilled with GET /api/evaluation/:id/evidence?metric=. */
export const TaskCounts = z.object({
  assigned: z.number().int(),
  done: z.number().int(),
  doneOnTime: z.number().int(),
  late: z.number().int(),
  lateExcused: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  qualityFailures: z.number().int(),
  majorErrors: z.number().int(),
  exceeded: z.number().int(),
  workUnitsAssigned: z.number(),
  workUnitsDone: z.number(),
  /** Nghị định 335/2025/NĐ-CP, Điều 14 percentages on converted work units (null when nothing was assigned). */
  quantityPct: z.number().nullable(),
  qualityPct: z.number().nullable(),
  progressPct: z.number().nullable(),
});
export type TaskCounts = z.infer<typeof TaskCounts>;

export const ScoredItemView = z.object({
  code: z.string(),
  title: z.string(),
  part: CriterionPart,
  source: CriterionSource,
  maxPoints: z.number(),
  points: z.number().nullable(),
  /** entered, computed from the tasks (and the units led), or missing. */
  basis: z.enum(['entered', 'tasks', 'tasks_and_units', 'units_led', 'commitment', 'missing']),
});

export const StepDetail = z.object({
  general: CriterionScores.nullable(),
  kpis: CriterionScores.nullable(),
  score: z.number().nullable(),
  level: Level.nullable(),
  comment: z.string().nullable(),
  at: z.string().nullable(),
});

export const EvaluationView = z.object({
  id: Id,
  period: z.object({
    id: Id,
    kind: EvaluationPeriodKind,
    year: z.number().int(),
    number: z.number().int(),
    label: z.string(),
    startDate: CivilDate,
    endDate: CivilDate,
    status: PeriodStatus,
    selfDue: CivilDate,
    appraisalDue: CivilDate,
    decisionDue: CivilDate,
  }),
  subject: Subject,
  unitId: Id,
  cadreGroup: z.string(),
  cadreGroupName: z.string(),
  criteriaSet: z.object({
    id: Id,
    name: z.string(),
    versionNo: z.number().int(),
    appendix: z.string(),
    generalPoints: z.number(),
    resultsPoints: z.number(),
    criteria: z.array(
      z.object({
        code: z.string(),
        part: CriterionPart,
        title: z.string(),
        maxPoints: z.number(),
        source: CriterionSource,
      }),
    ),
  }),
  status: EvaluationStatus,
  excluded: z.object({ reason: z.string(), message: z.string() }).nullable(),
  workedRatio: z.number(),
  /** The task-results part the system computed (numbers the person sees from step 1). */
  results: z.object({
    score: z.number().nullable(),
    /** The period the task numbers cover (the Q4 part for a year). */
    window: z.object({ from: CivilDate, to: CivilDate }),
    asOf: CivilDate,
    /** When the facts were computed (ISO time); POST /:id/refresh takes them again. Null on rows computed before it was recorded. */
    computedAt: z.string().nullable(),
    tasks: TaskCounts.nullable(),
    /** Their weighted combination, 0..100 (Nghị định 335/2025/NĐ-CP, Điều 14). */
    tasksPct: z.number().nullable(),
    /** Leaders: the units-led component, 0..100. */
    unitsPct: z.number().nullable(),
    items: z.array(ScoredItemView),
    flags: z.array(z.string()),
    rule: z.string(),
  }),
  /** Leaders: the collectives they head in this period and their levels. */
  unitsLed: z.array(
    z.object({ unitId: Id, unitName: z.string(), level: Level.nullable(), assigned: z.number().int(), done: z.number().int() }),
  ),
  /** Year periods: the periodic scores averaged into the year (they travel with the person). */
  quarters: z.array(z.object({ number: z.number().int(), score: z.number().nullable(), source: z.enum(['decision', 'q4_part']) })),
  /** Null for readers who may not see the gates (the person before publication sees none). */
  gate: z
    .object({
      score: z.number().nullable(),
      level: Level.nullable(),
      bandLevel: Level.nullable(),
      gateLevel: Level,
      noEvidence: z.boolean(),
      checks: z.array(GateCheckView),
      reasons: z.array(z.object({ level: Level, condition: z.string(), rule: z.string(), message: z.string() })),
    })
    .nullable(),
  triggers: z.object({
    disciplines: z.array(z.object({ kind: z.string(), decidedOn: CivilDate })),
    degradations: z.array(z.object({ concludedOn: CivilDate })),
    confidenceVote: z.object({ totalVotes: z.number().int(), lowVotes: z.number().int(), votedOn: CivilDate }).nullable(),
    shortcomings: z.object({ total: z.number().int(), fixed: z.number().int() }),
    /** Collectives: directly subordinate units and leadership members disciplined in the period. */
    disciplinedUnits: z.number().int().nullable(),
    disciplinedLeaders: z.number().int().nullable(),
    /** Leaders: corruption, waste or negative conduct concluded in a unit they lead; basic targets (year only, null otherwise). */
    corruptionInScope: z.boolean().nullable(),
    basicTargets: z.array(z.object({ unitId: Id, code: z.string(), progressPct: z.number().nullable() })).nullable(),
  }),
  /** Shortcomings from the previous review still open at the period's start (persons only). */
  previousShortcomings: z.array(z.object({ notedOn: CivilDate, text: z.string(), fixedOn: CivilDate.nullable() })),
  self: StepDetail.extend({ submitted: z.boolean(), missing: z.boolean() }),
  /** Null when the reader may not see it (the person never sees the appraisal before the decision). */
  appraisal: StepDetail.nullable(),
  /** Null when not decided, or (for the person) not yet published. `facts`: what the decision was taken on (null for older decisions). */
  decision: StepDetail.extend({
    reason: z.string().nullable(),
    facts: z
      .object({
        computedAt: z.string().nullable(),
        asOf: CivilDate,
        tasks: TaskCounts.nullable(),
        proposedLevel: Level.nullable(),
        changedSince: z.boolean(),
      })
      .nullable(),
  }).nullable(),
  publishedAt: z.string().nullable(),
  /** Managers only: every step recorded (cancellations with their reason). */
  history: z.array(
    z.object({
      step: z.enum(['self', 'appraisal', 'decision', 'cancel']),
      score: z.number().nullable(),
      level: z.string().nullable(),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
  version: z.number().int(),
  actions: z.object({
    editSelf: z.boolean(),
    submitSelf: z.boolean(),
    appraise: z.boolean(),
    decide: z.boolean(),
    cancelDecision: z.boolean(),
    refresh: z.boolean(),
  }),
  /** The reader's own evaluation (or a close relative's, as configured): why appraise/decide are absent (Quy định 366-QĐ/TW, Điều 12–13). */
  ownWork: z.enum(['own', 'relative']).nullable(),
  /**
   * Year evaluations of a person: the annual commitment of that year and its assessment, shown in the
   * self-assessment and the appraisal (Quy định 366-QĐ/TW, Điều 6); null when none was written or for
   * other periods and collectives.
   */
  commitment: EvaluationCommitment.nullable(),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

export const MineQuery = z.object({ periodId: Id });

export const EvidenceMetrics = [
  'assigned',
  'done',
  'doneOnTime',
  'late',
  'lateExcused',
  'overdue',
  'pending',
  'notDone',
  'qualityFailures',
  'majorErrors',
  'exceeded',
] as const;
export const EvidenceMetric = z.enum(EvidenceMetrics);
export type EvidenceMetric = z.infer<typeof EvidenceMetric>;
export const EvidenceQuery = z.object({ metric: EvidenceMetric.default('assigned') });

export const EvidenceTask = z.object({
  id: Id,
  title: z.string(),
  unitName: z.string(),
  role: AssigneeRole.nullable(),
  status: TaskStatus,
  dueDate: CivilDate,
  completedOn: CivilDate.nullable(),
  late: z.boolean(),
  workUnits: z.number(),
  qualityOk: z.boolean().nullable(),
  majorErrors: z.number().int().nullable(),
  exceeded: z.boolean().nullable(),
  objectiveCause: z.boolean().nullable(),
});
export type EvidenceTask = z.infer<typeof EvidenceTask>;

export const EvidenceList = z.object({
  metric: EvidenceMetric,
  window: z.object({ from: CivilDate, to: CivilDate }),
  asOf: CivilDate,
  items: z.array(EvidenceTask),
  truncated: z.boolean(),
});
export type EvidenceList = z.infer<typeof EvidenceList>;
