// Annual self-cultivation commitments (cam kết tu dưỡng, rèn luyện): every Party member and cadre
// registers a few concrete actions at the start of the year; the cell or unit approves them; the
// person reports mid-year and at year end; the cell or unit assesses each action. The yearly review
// covers the commitment's fulfilment (Quy định 366-QĐ/TW, Điều 6 [C]); how many actions are
// registered (commonly 2–3 "việc làm theo Bác") is local practice [U], so it is the setting
// 'commitments.rules' (effective-dated), never a constant.
//
// Pure: the rules in force are passed in (DEFAULT_COMMITMENT_RULES is THE SEED of the setting row;
// the migration writes exactly these values).

/** The rule every commitment refusal cites. */
export const COMMITMENT_RULE = 'Quy định 366-QĐ/TW, Điều 6';
/** The setting that holds the numbers below. */
export const COMMITMENT_SETTING_KEY = 'commitments.rules';

/** Setting 'commitments.rules' (Quy định 366-QĐ/TW, Điều 6; the counts and windows are local practice [U]). */
export interface CommitmentRules {
  /** At least this many registered actions (2 [U]). */
  minActions: number;
  /** At most this many registered actions (3 [U]). */
  maxActions: number;
  /** Credit of an action assessed "partly done", in percent of a done one (50 [U]). */
  partlyCreditPct: number;
  /** The mid-year report opens on this day of the commitment's year ('MM-DD', 06-01 [U]). */
  midReportFrom: string;
  /** The year-end report opens on this day of the commitment's year ('MM-DD', 11-01 [U]). */
  finalReportFrom: string;
}

export const DEFAULT_COMMITMENT_RULES: CommitmentRules = {
  minActions: 2,
  maxActions: 3,
  partlyCreditPct: 50,
  midReportFrom: '06-01',
  finalReportFrom: '11-01',
};

export type CommitmentStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export type Assessment = 'done' | 'partly' | 'not_done';
export type ReportStage = 'mid' | 'final';

export interface CommitmentIssue {
  field: string;
  key: CommitmentIssueKey;
  params: Record<string, unknown>;
}

export type CommitmentIssueKey =
  | 'v.commitment.rules'
  | 'v.commitment.action_count'
  | 'v.commitment.due_year'
  | 'v.commitment.report_window.mid'
  | 'v.commitment.report_window.final'
  | 'v.commitment.assess_before_report'
  | 'v.commitment.not_approved';

const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The setting's value as typed rules; issues name what is wrong (a malformed row is refused when written and never silently used). */
export function validateCommitmentRules(r: CommitmentRules): CommitmentIssue[] {
  const bad: string[] = [];
  const int = (n: unknown) => typeof n === 'number' && Number.isInteger(n);
  if (!int(r.minActions) || r.minActions < 1) bad.push('minActions');
  if (!int(r.maxActions) || r.maxActions < r.minActions || r.maxActions > 20) bad.push('maxActions');
  if (typeof r.partlyCreditPct !== 'number' || !(r.partlyCreditPct >= 0 && r.partlyCreditPct <= 100)) bad.push('partlyCreditPct');
  if (!MMDD.test(String(r.midReportFrom))) bad.push('midReportFrom');
  if (!MMDD.test(String(r.finalReportFrom)) || (MMDD.test(String(r.midReportFrom)) && r.finalReportFrom < r.midReportFrom))
    bad.push('finalReportFrom');
  return bad.map((field) => ({ field, key: 'v.commitment.rules', params: { setting: COMMITMENT_SETTING_KEY, rule: COMMITMENT_RULE } }));
}

/** Quy định 366-QĐ/TW, Điều 6: a commitment registers between minActions and maxActions actions (setting commitments.rules). */
export function checkActionCount(count: number, rules: CommitmentRules): CommitmentIssue | null {
  if (count >= rules.minActions && count <= rules.maxActions) return null;
  return {
    field: 'actions',
    key: 'v.commitment.action_count',
    params: { count, min: rules.minActions, max: rules.maxActions, rule: COMMITMENT_RULE },
  };
}

/** Each action is due within the commitment's year. */
export function checkDueDates(year: number, dueDates: readonly string[]): CommitmentIssue[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return dueDates.flatMap((d, n) =>
    d >= from && d <= to
      ? []
      : [{ field: `actions.${n}.dueDate`, key: 'v.commitment.due_year' as const, params: { year, rule: COMMITMENT_RULE } }],
  );
}

/** The day a report stage opens in the commitment's year. */
export function reportOpensOn(year: number, stage: ReportStage, rules: CommitmentRules): string {
  return `${year}-${stage === 'mid' ? rules.midReportFrom : rules.finalReportFrom}`;
}

/** A report is written on an approved commitment, once its stage has opened (the mid-year one from 1/6, the year-end one from 1/11 by default). */
export function checkReport(
  c: { year: number; status: CommitmentStatus },
  stage: ReportStage,
  today: string,
  rules: CommitmentRules,
): CommitmentIssue | null {
  if (c.status !== 'approved') return { field: 'status', key: 'v.commitment.not_approved', params: { rule: COMMITMENT_RULE } };
  const opens = reportOpensOn(c.year, stage, rules);
  if (today < opens) return { field: 'stage', key: `v.commitment.report_window.${stage}`, params: { from: opens, rule: COMMITMENT_RULE } };
  return null;
}

/** The cell or unit assesses an action only after the person's year-end report on it (`assessed`: the actions' places, in the request's order). */
export function checkAssessment(
  c: { status: CommitmentStatus },
  actions: ReadonlyArray<{ finalReport: string | null }>,
  assessed: readonly number[],
): CommitmentIssue[] {
  if (c.status !== 'approved') return [{ field: 'status', key: 'v.commitment.not_approved', params: { rule: COMMITMENT_RULE } }];
  return assessed.flatMap((at, n) =>
    actions[at]?.finalReport
      ? []
      : [{ field: `assessments.${n}.result`, key: 'v.commitment.assess_before_report' as const, params: { rule: COMMITMENT_RULE } }],
  );
}

export interface CommitmentOutcome {
  total: number;
  done: number;
  partly: number;
  notDone: number;
  /** Every action is assessed. */
  complete: boolean;
  /** (done + partly × credit) / total, 0..100, two decimals; null until every action is assessed. */
  pct: number | null;
}

/** Quy định 366-QĐ/TW, Điều 6: the fulfilment of the commitment, from the assessments of its actions. */
export function commitmentOutcome(assessments: ReadonlyArray<Assessment | null>, rules: CommitmentRules): CommitmentOutcome {
  const total = assessments.length;
  const done = assessments.filter((a) => a === 'done').length;
  const partly = assessments.filter((a) => a === 'partly').length;
  const notDone = assessments.filter((a) => a === 'not_done').length;
  const complete = total > 0 && done + partly + notDone === total;
  const pct = complete ? Math.round((10_000 * (done + (partly * rules.partlyCreditPct) / 100)) / total) / 100 : null;
  return { total, done, partly, notDone, complete, pct };
}

/**
 * Where a person stands in the year's cycle, for the committee's lists: not written, a draft, waiting
 * for approval, returned, approved (no report yet), reported (waiting for the assessment), assessed.
 */
export type CommitmentStage = 'missing' | 'draft' | 'submitted' | 'returned' | 'approved' | 'reported' | 'assessed';

export function stageOf(c: { status: CommitmentStatus; actions: number; reported: number; assessed: number } | null): CommitmentStage {
  if (!c) return 'missing';
  if (c.status !== 'approved') return c.status;
  if (c.actions > 0 && c.assessed === c.actions) return 'assessed';
  if (c.actions > 0 && c.reported === c.actions) return 'reported';
  return 'approved';
}
