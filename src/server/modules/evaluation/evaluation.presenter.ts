// Periods and evaluations → the contract's views, fields listed one by one. Visibility lives here
// (with evaluation.policy.ts deciding who the viewer is): the subject sees their self-assessment,
// the computed results and the gates at every step; the appraisal and the decision only once the
// decision is published; the history of the steps is for managers.
import type { EvaluationListItem, EvaluationView, GateCheckView, PeriodView, TaskCounts } from '../../../contracts/evaluation.js';
import { type Level, RULES } from '../../../domain/evaluation/index.js';
import { fullName } from '../../../domain/names.js';
import { type SummaryTotals, toCounts } from '../../../domain/task-summary.js';
import { type Locale, t, tAny } from '../../i18n.js';
import {
  type DecisionFacts,
  type EvalRules,
  type LoadedSet,
  type StoredGateReport,
  type StoredInputs,
  classifyFor,
  factsKey,
  scoreFor,
} from './evaluation.engine.js';
import type { Viewer } from './evaluation.policy.js';
import type { EvaluationFull, PeriodFull } from './evaluation.queries.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(locale: Locale, p: { kind: string; year: number; number: number }): string {
  if (p.kind === 'month') return t(locale, 'eval.period.month', { month: p.number, year: p.year });
  if (p.kind === 'quarter') return t(locale, 'eval.period.quarter', { quarter: ROMAN[p.number - 1], year: p.year });
  if (p.kind === 'term') return t(locale, 'eval.period.term', { year: p.year });
  return t(locale, 'eval.period.year', { year: p.year });
}

export function presentPeriod(p: PeriodFull, locale: Locale, actions: PeriodView['actions']): PeriodView {
  return {
    id: p.id,
    unitId: p.unit_id,
    unitName: p.unit_name,
    kind: p.kind,
    year: p.year,
    number: p.number,
    label: periodLabel(locale, p),
    startDate: p.start_date,
    endDate: p.end_date,
    selfDue: p.self_due,
    appraisalDue: p.appraisal_due,
    decisionDue: p.decision_due,
    status: p.status,
    openedAt: p.opened_at.toISOString(),
    closedAt: p.closed_at ? p.closed_at.toISOString() : null,
    version: p.version,
    actions,
  };
}

/** Why a person is not classified, worded with its rule. */
export function exclusionMessage(locale: Locale, reason: string, rules: EvalRules): string {
  const rule = reason === 'on_leave' ? RULES.leave : RULES.exclusions;
  return tAny(locale, `exclusion.${reason}`, { months: rules.exclusions.minMembershipMonths, rule, from: '', to: '' });
}

const gateMessage = (locale: Locale, level: string, condition: string, params: Record<string, unknown>) =>
  tAny(locale, `gate.${level}.${condition}`, { ...params, actual: params.actual ?? '—' });

function subjectOf(e: EvaluationFull) {
  if (e.person_id) {
    const name = fullName({ familyName: e.family_name ?? '', middleName: e.middle_name ?? '', givenName: e.given_name ?? '' });
    return { kind: 'person' as const, personId: e.person_id, subjectUnitId: null, name, unitName: e.person_unit_name ?? '' };
  }
  return {
    kind: 'collective' as const,
    personId: null,
    subjectUnitId: e.subject_unit_id,
    name: e.subject_unit_name ?? '',
    unitName: e.subject_unit_name ?? '',
  };
}

const groupName = (e: EvaluationFull, locale: Locale) => (locale === 'en' ? e.cadre_group_name_en : e.cadre_group_name_vi);
const lvl = (x: string | null) => x as Level | null;

export function presentListItem(e: EvaluationFull, locale: Locale, rules: EvalRules): Omit<EvaluationListItem, 'ownWork'> {
  const g = (e.gate_report ?? {}) as Partial<StoredGateReport>;
  const inputs = (e.inputs ?? {}) as Partial<StoredInputs>;
  const decided = e.status === 'decided' || e.status === 'published';
  return {
    id: e.id,
    periodId: e.period_id,
    subject: subjectOf(e),
    unitId: e.unit_id,
    cadreGroup: e.cadre_group,
    cadreGroupName: groupName(e, locale),
    status: e.status,
    excludedReason: e.status === 'excluded' && e.excluded_reason ? exclusionMessage(locale, e.excluded_reason, rules) : null,
    workedRatio: Number(e.worked_ratio),
    resultsScore: e.results_score,
    proposedLevel: lvl(e.proposed_level),
    gate: {
      level: g.level ?? null,
      gateLevel: g.gateLevel ?? 'not_completed',
      noEvidence: g.noEvidence ?? true,
      reasons: (g.reasons ?? []).map((r) => ({
        level: r.level,
        condition: r.condition,
        rule: r.rule,
        message: gateMessage(locale, r.level, r.condition, r),
      })),
    },
    self: { score: e.self_score, level: lvl(e.self_level), submitted: e.self_submitted_at !== null, missing: inputs.selfMissing === true },
    appraisal: e.appraised_at ? { score: e.appraisal_score, level: lvl(e.appraisal_level) } : null,
    decision: decided ? { score: e.decision_score, level: lvl(e.decision_level) } : null,
    version: e.version,
  };
}

function taskCounts(t: SummaryTotals | null | undefined): TaskCounts | null {
  if (!t) return null;
  const c = toCounts(t);
  return {
    assigned: c.assigned,
    done: c.done,
    doneOnTime: c.doneOnTime,
    late: c.late,
    lateExcused: c.lateExcused,
    overdue: c.overdue,
    pending: c.pending,
    qualityFailures: c.qualityFailures,
    majorErrors: c.majorErrors,
    exceeded: c.exceeded,
    workUnitsAssigned: c.workUnitsAssigned,
    workUnitsDone: c.workUnitsDone,
    quantityPct: c.quantityPct,
    qualityPct: c.qualityPct,
    progressPct: c.progressPct,
  };
}

export interface DetailContext {
  viewer: Viewer;
  locale: Locale;
  rules: EvalRules;
  set: LoadedSet;
  unitNames: Map<string, string>;
  revisions: Array<{
    step: 'self' | 'appraisal' | 'decision' | 'cancel';
    score: number | null;
    level: string | null;
    reason: string | null;
    at: Date;
  }>;
  shortcomings: Array<{ noted_on: string; text: string; fixed_on: string | null }>;
  actions: EvaluationView['actions'];
  ownWork: EvaluationView['ownWork'];
  commitment: EvaluationView['commitment'];
}

const scoresOf = (x: unknown) => (x ?? null) as Record<string, number> | null;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The facts the decision was taken on, and whether the evidence changed since (the decision stands on its own facts). */
function decisionFacts(e: EvaluationFull, now: StoredInputs | null) {
  const f = e.decision_facts as DecisionFacts | null;
  if (!f) return null;
  return {
    computedAt: f.inputs.computedAt ?? null,
    asOf: f.inputs.asOf,
    tasks: taskCounts(f.inputs.tasks),
    proposedLevel: f.proposedLevel,
    changedSince: factsKey(f.inputs) !== factsKey(now),
  };
}

export function presentEvaluation(e: EvaluationFull, c: DetailContext): EvaluationView {
  const { locale, rules, set } = c;
  const manager = c.viewer === 'manager';
  const published = e.status === 'published';
  const decided = e.status === 'decided' || published;
  const excluded = e.status === 'excluded';
  const inputs = (excluded ? null : e.inputs) as StoredInputs | null;
  const titles = new Map(set.criteria.map((x) => [x.code, x.title]));

  // The computed results: scored on the best step items the viewer may see (the person: their own).
  const items =
    manager && e.appraisal_general
      ? { general: scoresOf(e.appraisal_general), kpis: scoresOf(e.appraisal_kpis) }
      : { general: scoresOf(e.self_general), kpis: scoresOf(e.self_kpis) };
  const scored = inputs ? scoreFor(set, inputs, items.general, items.kpis) : null;
  const g = (e.gate_report ?? {}) as Partial<StoredGateReport>;
  // The stored score may rest on the appraisal: the person's own view is scored on their own items.
  const gateScore = manager ? (g.score ?? null) : (scored?.total ?? null);
  const cls = inputs ? classifyFor(inputs, gateScore, rules.classification) : null;
  const check = (x: NonNullable<typeof cls>['checks'][number]): GateCheckView => ({
    level: x.level,
    condition: x.condition,
    ok: x.ok,
    actual: x.actual,
    required: x.required,
    op: x.op,
    rule: x.rule,
    message: gateMessage(locale, x.level, x.condition, x.params),
  });
  const showAppraisal = manager || published;
  const showDecision = decided && (manager || published);
  const window = inputs?.window ?? { from: e.start_date, to: e.end_date };
  return {
    id: e.id,
    period: {
      id: e.period_id,
      kind: e.period_kind,
      year: e.period_year,
      number: e.period_number,
      label: periodLabel(locale, { kind: e.period_kind, year: e.period_year, number: e.period_number }),
      startDate: e.start_date,
      endDate: e.end_date,
      status: e.period_status,
      selfDue: e.self_due,
      appraisalDue: e.appraisal_due,
      decisionDue: e.decision_due,
    },
    subject: subjectOf(e),
    unitId: e.unit_id,
    cadreGroup: e.cadre_group,
    cadreGroupName: groupName(e, locale),
    criteriaSet: {
      id: set.id,
      name: set.name,
      versionNo: set.versionNo,
      appendix: set.appendix,
      generalPoints: set.generalPoints,
      resultsPoints: set.resultsPoints,
      criteria: set.criteria.map((x) => ({ code: x.code, part: x.part, title: x.title, maxPoints: x.maxPoints, source: x.source })),
    },
    status: e.status,
    excluded: excluded ? { reason: e.excluded_reason ?? '', message: exclusionMessage(locale, e.excluded_reason ?? '', rules) } : null,
    workedRatio: Number(e.worked_ratio),
    results: {
      score: manager ? e.results_score : (scored?.result.resultsPoints ?? null),
      window,
      asOf: inputs?.asOf ?? e.end_date,
      computedAt: inputs?.computedAt ?? null,
      tasks: taskCounts(inputs?.tasks),
      tasksPct: scored?.result.tasksPct ?? null,
      unitsPct: scored?.result.unitsPct ?? null,
      items: (scored?.result.items ?? []).map((i) => ({ ...i, title: titles.get(i.code) ?? i.code })),
      flags: scored?.result.flags ?? [],
      rule: RULES.results,
    },
    unitsLed: (inputs?.units ?? []).map((u) => ({
      unitId: u.unitId,
      unitName: c.unitNames.get(u.unitId) ?? '',
      level: u.level,
      assigned: u.assigned,
      done: u.done,
    })),
    quarters: inputs?.quarters
      ? [
          ...inputs.quarters.map((s, i) => ({ number: i + 1, score: s, source: 'decision' as const })),
          { number: 4, score: scored?.partTotal ?? null, source: 'q4_part' as const },
        ]
      : [],
    gate: {
      score: gateScore,
      level: cls?.level ?? null,
      bandLevel: cls?.bandLevel ?? null,
      gateLevel: cls?.gateLevel ?? 'not_completed',
      noEvidence: cls?.noEvidence ?? true,
      checks: (cls?.checks ?? []).map(check),
      reasons: (cls?.reasons ?? []).map((r) => ({
        level: r.level,
        condition: r.condition,
        rule: r.rule,
        message: gateMessage(locale, r.level, r.condition, r.params),
      })),
    },
    triggers: {
      disciplines: inputs?.triggers.disciplines ?? [],
      degradations: inputs?.triggers.degradations ?? [],
      confidenceVote: inputs?.triggers.confidenceVote ?? null,
      shortcomings: inputs?.triggers.shortcomings ?? { total: 0, fixed: 0 },
      disciplinedUnits: inputs?.triggers.disciplinedUnits ?? null,
      disciplinedLeaders: inputs?.triggers.disciplinedLeaders ?? null,
      corruptionInScope: inputs?.triggers.corruptionInScope ?? null,
      basicTargets: inputs?.triggers.basicTargets ?? null,
    },
    previousShortcomings: c.shortcomings.map((s) => ({ notedOn: s.noted_on, text: s.text, fixedOn: s.fixed_on })),
    self: {
      general: scoresOf(e.self_general),
      kpis: scoresOf(e.self_kpis),
      score: e.self_score,
      level: lvl(e.self_level),
      comment: e.self_comment,
      at: iso(e.self_submitted_at),
      submitted: e.self_submitted_at !== null,
      missing: inputs?.selfMissing === true,
    },
    appraisal:
      showAppraisal && e.appraised_at
        ? {
            general: scoresOf(e.appraisal_general),
            kpis: scoresOf(e.appraisal_kpis),
            score: e.appraisal_score,
            level: lvl(e.appraisal_level),
            comment: e.appraisal_comment,
            at: iso(e.appraised_at),
          }
        : null,
    decision: showDecision
      ? {
          general: null,
          kpis: null,
          score: e.decision_score,
          level: lvl(e.decision_level),
          comment: null,
          reason: e.decision_reason,
          at: iso(e.decided_at),
          facts: decisionFacts(e, inputs),
        }
      : null,
    publishedAt: iso(e.published_at),
    history: manager
      ? c.revisions.map((r) => ({ step: r.step, score: r.score, level: r.level, reason: r.reason, at: r.at.toISOString() }))
      : [],
    version: e.version,
    actions: c.actions,
    ownWork: c.ownWork,
    commitment: c.commitment,
  };
}
