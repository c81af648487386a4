// The four levels (Quy định 366-QĐ/TW, Điều 11; Nghị định 335/2025/NĐ-CP): the score bands and the
// conditions of each level, and the KHT triggers that override the score.
//
// How the conditions are read from the task totals of task-summary.ts (never re-derived):
// - "tasks on time with quality" holds at X% when the NĐ 335 Điều 14 quantity, quality and progress
//   percentages (converted work units, deductions waived for confirmed objective causes) are all ≥ X%;
//   the actual shown is the smallest of the three. At 100% this is exactly "every task done, on time,
//   meeting the requirements".
// - "exceeding": tasks flagged exceeded / tasks assigned. "done": tasks done / tasks assigned.
// - "late" (HT ≤ 20%): tasks done late without a confirmed objective cause / tasks assigned.
// - "not done" (KHT > 50%): (assigned − done) / assigned.
// - Leaders, units led: Σ done / Σ assigned over the units they lead; units rated KHT / units rated.
// - Discipline (reprimand or heavier) and degradation conclusions count when dated within the
//   evaluated period (the year for a year evaluation, so "in the year" there; a quarter is judged on
//   its own quarter — the year still catches it). A collective's own discipline (of the Party
//   organisation or unit) is its 'discipline' trigger.
// - Collectives' HTXS (QĐ 366 Điều 11: "no disciplined subordinate unit or leadership member"): the
//   caller counts the directly subordinate units disciplined in the period and the members of the
//   collective's leadership disciplined for a breach committed there (counted against the unit where
//   the breach was committed, even when decided after a transfer) — one number, as the message says.
// - Leaders' triggers also: corruption, waste or negative conduct concluded in the units they directly
//   lead; the basic socio-economic targets assigned to those units missed (year only; the setting
//   'evaluation.basic_targets' says which indicators, what progress meets one and how many may be
//   missed [U]). A target without a recorded value is not counted as missed (shown as unknown).
// - Without tasks (no evidence) the task conditions cannot fail: they pass with actual null and
//   `noEvidence` is set, so the appraiser's manual score decides.
// A level needs its own conditions and those of every level below it (the conditions are nested
// with the default numbers; with other numbers a higher level never asks for less). When a condition
// fails the level drops to the highest level whose conditions all hold; any trigger gives KHT.
import type { Period, SummaryTotals } from '../task-summary.js';
import { type BasicTargetRules, type ClassificationRules, DEFAULT_BASIC_TARGETS, type Level } from './config.js';
import { pctAbove, pctAtLeast, pctAtMost, pctBelow, pctOf } from './ratio.js';
import { RULES } from './rules.js';

export interface ClassificationInput {
  /** The 100-point score; null when it could not be computed (the triggers still apply). */
  score: number | null;
  subject: 'person' | 'collective';
  isLeader?: boolean;
  /** Task totals of the person (or unit) over the period; null = no task data. */
  tasks: SummaryTotals | null;
  /** The evaluated period: trigger records dated within it count. */
  window: Period;
  /** Shortcomings from the previous review (total noted, how many fixed). */
  shortcomings?: { total: number; fixed: number };
  disciplines?: ReadonlyArray<{ kind: string; decidedOn: string }>;
  degradations?: ReadonlyArray<{ concludedOn: string }>;
  /** Collectives: directly subordinate units and members of the leadership disciplined in the period (one count). */
  disciplinedMembers?: number;
  /** Leaders only. */
  unitsLed?: ReadonlyArray<{ tasks: SummaryTotals | null; level: Level | null }>;
  confidenceVote?: { totalVotes: number; lowVotes: number } | null;
  /** Leaders: corruption, waste or negative conduct concluded in the period in a unit they directly lead. */
  corruptionInScope?: boolean;
  /** Leaders, year only: the basic socio-economic targets of the units they lead (progress % of the latest value; null = none recorded). */
  basicTargets?: ReadonlyArray<{ code: string; progressPct: number | null }> | null;
}

export type CheckOp = '>=' | '<=' | '=';

export interface GateCheck {
  level: Level;
  condition: string;
  ok: boolean;
  actual: number | null;
  required: number;
  op: CheckOp;
  rule: string;
  /** i18n key, e.g. 'gate.excellent.exceeded'; params carry actual, required and rule. */
  key: string;
  params: Record<string, unknown>;
}

export interface Reason {
  level: Level;
  condition: string;
  key: string;
  params: Record<string, unknown>;
  rule: string;
}

export interface Classification {
  /** Final proposed level; null when there is no score and no trigger fired. */
  level: Level | null;
  /** The level of the score band alone. */
  bandLevel: Level | null;
  /** The highest level the conditions allow, whatever the score (guides a manual score). */
  gateLevel: Level;
  checks: GateCheck[];
  /** The failed conditions that lowered the level, or the triggers that made it KHT. */
  reasons: Reason[];
  noEvidence: boolean;
}

const RANK: Record<Level, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

/** Quy định 366-QĐ/TW, Điều 11: the level of the score band (≥ 90 / 70–<90 / 50–<70 / < 50). */
export function bandOf(score: number, rules: ClassificationRules): Level {
  const b = rules.bands;
  if (score >= b.excellent) return 'excellent';
  if (score >= b.good) return 'good';
  if (score >= b.completed) return 'completed';
  return 'not_completed';
}

const within = (d: string, w: Period) => d >= w.from && d <= w.to;

/** Quy định 366-QĐ/TW, Điều 11: every condition and trigger, checked against the configured numbers. */
export function gateChecks(input: ClassificationInput, rules: ClassificationRules): GateCheck[] {
  const checks: GateCheck[] = [];
  const add = (level: Level, condition: string, ok: boolean, actual: number | null, required: number, op: CheckOp, rule: string) =>
    checks.push({
      level,
      condition,
      ok,
      actual,
      required,
      op,
      rule,
      key: `gate.${level}.${condition}`,
      params: { actual, required, rule },
    });
  const t = input.tasks && input.tasks.assigned > 0 ? input.tasks : null;
  const s = input.score;

  // Score bands (the band of each level is one of its conditions).
  add('excellent', 'score', s !== null && s >= rules.bands.excellent, s, rules.bands.excellent, '>=', RULES.excellent);
  add('good', 'score', s !== null && s >= rules.bands.good, s, rules.bands.good, '>=', RULES.good);
  add('completed', 'score', s !== null && s >= rules.bands.completed, s, rules.bands.completed, '>=', RULES.completed);

  // On time with quality, on converted work units (see the header).
  const otq = (pct: number): { ok: boolean; actual: number | null } => {
    if (!t) return { ok: true, actual: null };
    const w = t.wuAssigned;
    const ok = pctAtLeast(t.wuDone, w, pct) && pctAtLeast(t.qualityQ, 4 * w, pct) && pctAtLeast(t.progressQ, 4 * w, pct);
    return { ok, actual: Math.min(pctOf(t.wuDone, w)!, pctOf(t.qualityQ, 4 * w)!, pctOf(t.progressQ, 4 * w)!) };
  };
  const ex = rules.excellent;
  const exOtq = otq(ex.onTimeWithQualityPct);
  add('excellent', 'on_time_quality', exOtq.ok, exOtq.actual, ex.onTimeWithQualityPct, '>=', RULES.excellent);
  add(
    'excellent',
    'exceeded',
    !t || pctAtLeast(t.exceeded, t.assigned, ex.exceededPct),
    t && pctOf(t.exceeded, t.assigned),
    ex.exceededPct,
    '>=',
    RULES.excellent,
  );
  const sc = input.shortcomings ?? { total: 0, fixed: 0 };
  add(
    'excellent',
    'shortcomings',
    pctAtLeast(sc.fixed, sc.total, ex.shortcomingsFixedPct),
    pctOf(sc.fixed, sc.total),
    ex.shortcomingsFixedPct,
    '>=',
    RULES.excellent,
  );
  if (input.subject === 'collective') {
    const n = input.disciplinedMembers ?? 0;
    add('excellent', 'members_disciplined', n === 0, n, 0, '=', RULES.excellentCollective);
  }
  const goodOtq = otq(rules.good.onTimeWithQualityPct);
  add('good', 'on_time_quality', goodOtq.ok, goodOtq.actual, rules.good.onTimeWithQualityPct, '>=', RULES.good);
  const c = rules.completed;
  add(
    'completed',
    'done',
    !t || pctAtLeast(t.done, t.assigned, c.donePct),
    t && pctOf(t.done, t.assigned),
    c.donePct,
    '>=',
    RULES.completed,
  );
  const late = t ? t.late - t.lateExcused : 0;
  add(
    'completed',
    'late',
    !t || pctAtMost(late, t.assigned, c.maxLatePct),
    t && pctOf(late, t.assigned),
    c.maxLatePct,
    '<=',
    RULES.completed,
  );

  // KHT triggers: ok = the trigger did not fire.
  const nc = rules.notCompleted;
  const kinds = new Set(nc.disciplineKinds);
  const disc = (input.disciplines ?? []).filter((d) => kinds.has(d.kind) && within(d.decidedOn, input.window)).length;
  add('not_completed', 'discipline', disc === 0, disc, 0, '=', RULES.notCompleted);
  const degr = (input.degradations ?? []).filter((d) => within(d.concludedOn, input.window)).length;
  add('not_completed', 'degradation', degr === 0, degr, 0, '=', RULES.notCompleted);
  if (!input.isLeader) {
    const notDone = t ? t.assigned - t.done : 0;
    add(
      'not_completed',
      'not_done',
      !t || !pctAbove(notDone, t.assigned, nc.maxNotDonePct),
      t && pctOf(notDone, t.assigned),
      nc.maxNotDonePct,
      '<=',
      RULES.notCompleted,
    );
  } else {
    const units = input.unitsLed ?? [];
    const assigned = units.reduce((a, u) => a + (u.tasks?.assigned ?? 0), 0);
    const done = units.reduce((a, u) => a + (u.tasks?.done ?? 0), 0);
    add(
      'not_completed',
      'units_completion',
      !pctBelow(done, assigned, nc.leaderMinUnitsCompletionPct),
      pctOf(done, assigned),
      nc.leaderMinUnitsCompletionPct,
      '>=',
      RULES.notCompleted,
    );
    const rated = units.filter((u) => u.level !== null);
    const kht = rated.filter((u) => u.level === 'not_completed').length;
    add(
      'not_completed',
      'units_not_completed',
      !pctAbove(kht, rated.length, nc.leaderMaxUnitsNotCompletedPct),
      pctOf(kht, rated.length),
      nc.leaderMaxUnitsNotCompletedPct,
      '<=',
      RULES.notCompleted,
    );
    const v = input.confidenceVote;
    const low = v ? !pctAbove(v.lowVotes, v.totalVotes, nc.leaderMaxLowConfidencePct) : true;
    add(
      'not_completed',
      'low_confidence',
      low,
      v ? pctOf(v.lowVotes, v.totalVotes) : null,
      nc.leaderMaxLowConfidencePct,
      '<=',
      RULES.notCompleted,
    );
    const corr = input.corruptionInScope === true;
    add('not_completed', 'corruption', !corr, corr ? 1 : 0, 0, '=', RULES.corruption);
    const bt = basicTargetsMissed(input.basicTargets ?? null, rules.basicTargets ?? DEFAULT_BASIC_TARGETS);
    add('not_completed', 'basic_targets', bt.missed <= bt.maxMissed, bt.counted ? bt.missed : null, bt.maxMissed, '<=', RULES.basicTargets);
  }
  return checks;
}

/** Quy định 366-QĐ/TW, Điều 11: how many of the basic socio-economic targets (configured codes) were missed (progress below the configured %). */
export function basicTargetsMissed(
  targets: ReadonlyArray<{ code: string; progressPct: number | null }> | null,
  rules: BasicTargetRules,
): { counted: boolean; missed: number; maxMissed: number } {
  if (!targets) return { counted: false, missed: 0, maxMissed: rules.maxMissed };
  const codes = new Set(rules.codes);
  const missed = targets.filter((t) => codes.has(t.code) && t.progressPct !== null && t.progressPct < rules.minProgressPct).length;
  return { counted: true, missed, maxMissed: rules.maxMissed };
}

const toReason = (c: GateCheck): Reason => ({ level: c.level, condition: c.condition, key: c.key, params: c.params, rule: c.rule });

/** Quy định 366-QĐ/TW, Điều 11: the level — the band, lowered to the highest level whose conditions hold, KHT on any trigger. */
export function classify(input: ClassificationInput, rules: ClassificationRules): Classification {
  const checks = gateChecks(input, rules);
  const noEvidence = !input.tasks || input.tasks.assigned === 0;
  const bandLevel = input.score === null ? null : bandOf(input.score, rules);
  const triggers = checks.filter((c) => c.level === 'not_completed' && !c.ok);
  // Conditions of a level = its own and those of every level below it.
  const holds = (level: Level, withScore: boolean) =>
    checks.every((c) => c.level === 'not_completed' || RANK[c.level] > RANK[level] || c.ok || (!withScore && c.condition === 'score'));
  const highest = (withScore: boolean): Level =>
    triggers.length > 0
      ? 'not_completed'
      : ((['excellent', 'good', 'completed'] as const).find((l) => holds(l, withScore)) ?? 'not_completed');
  const gateLevel = highest(false);
  let level: Level | null = null;
  let reasons: Reason[] = [];
  if (triggers.length > 0) {
    level = 'not_completed';
    reasons = triggers.map(toReason);
  } else if (bandLevel !== null) {
    level = highest(true);
    // The conditions that stopped the levels the score alone would have given.
    reasons = checks
      .filter((c) => c.level !== 'not_completed' && c.condition !== 'score' && !c.ok)
      .filter((c) => RANK[c.level] <= RANK[bandLevel] && RANK[c.level] > RANK[level!])
      .map(toReason);
  }
  return { level, bandLevel, gateLevel, checks, reasons, noEvidence };
}
