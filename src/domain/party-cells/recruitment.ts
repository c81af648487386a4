// New-member development (issue 12; decision 0033): the annual target split downwards, the candidates'
// pipeline with its stages in order, and progress against the target at a date. Pure.
import { addMonths, compareDates } from '../dates.js';

export interface SplitCheck {
  /** The sum of the shares given to the units below. */
  allocated: number;
  /** What the parent's target leaves unallocated (negative when over). */
  remaining: number;
  /** Whether the shares exceed the parent's target (allowed only with a recorded reason). */
  over: boolean;
}

/** The split of a parent's target among the units below it: the shares must not exceed it unless flagged. */
export function splitCheck(parentTarget: number, shares: readonly number[]): SplitCheck {
  const allocated = shares.reduce((s, n) => s + n, 0);
  return { allocated, remaining: parentTarget - allocated, over: allocated > parentTarget };
}

/** The pipeline's stages in order (Điều lệ Đảng, Điều 4; Hướng dẫn 01-HD/TW): each has its date. */
export const CANDIDATE_STAGES = ['outstanding', 'course', 'application', 'verification', 'considered', 'decision', 'ceremony'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];
export type StageDates = Partial<Record<CandidateStage, string | null>>;

/** The last stage reached (the outstanding non-member is the first). */
export function currentStage(dates: StageDates): CandidateStage {
  let stage: CandidateStage = 'outstanding';
  for (const s of CANDIDATE_STAGES) if (dates[s]) stage = s;
  return stage;
}

export type StageProblem =
  | { code: 'cells.candidate.stage_order'; previous: CandidateStage }
  | { code: 'cells.candidate.date_order'; previous: CandidateStage; date: string }
  | null;

/**
 * Whether `stage` may be recorded on `on`: the stage right before it must be recorded (none is skipped)
 * and `on` may not precede its date. Re-recording a reached stage is a correction and follows the same rule.
 */
export function stageProblem(dates: StageDates, stage: CandidateStage, on: string): StageProblem {
  const i = CANDIDATE_STAGES.indexOf(stage);
  if (i <= 0) return null;
  const previous = CANDIDATE_STAGES[i - 1];
  const prevOn = dates[previous];
  if (!prevOn) return { code: 'cells.candidate.stage_order', previous };
  if (compareDates(on, prevOn) < 0) return { code: 'cells.candidate.date_order', previous, date: prevOn };
  return null;
}

/** Admissions counted toward a year up to `asOf` (decision dates in [1 Jan, asOf]). */
export function admittedBy(decisionDates: readonly string[], year: number, asOf: string): number {
  const from = `${year}-01-01`;
  return decisionDates.filter((d) => compareDates(d, from) >= 0 && compareDates(d, asOf) <= 0 && d.startsWith(String(year))).length;
}

/** The same day a year earlier (29/02 → 28/02), to put last year's figure at the same point beside this year's. */
export function sameDayLastYear(on: string): string {
  return addMonths(on, -12);
}
