// Commendation suggestions from a person's year levels (Quy định 366-QĐ/TW): HTXS in the year →
// certificate of merit (giấy khen) of the grassroots Party committee; HTXS 5 years running →
// certificate of the level above / bằng khen of the province.
//
// Choices: "running" means consecutive calendar years ending with the year considered, each with a
// year level of HTXS; a missing year breaks the run. Each full run of N years is suggested once: the
// province certificate is suggested when the run reaches N, 2N, … (a sixth HTXS year in a row gives
// the grassroots certificate again, not a second province one). These are suggestions; the committee
// decides.
import type { CommendationRules, Level } from './config.js';
import { RULES } from './rules.js';

export type CommendationKind = 'grassroots' | 'province';

export interface CommendationSuggestion {
  kind: CommendationKind | null;
  /** Consecutive HTXS years ending with `year` (0 when `year` is not HTXS). */
  consecutiveYears: number;
  key: string | null;
  params: Record<string, unknown>;
  rule: string;
}

/** Quy định 366-QĐ/TW: consecutive years rated HTXS ending with `year`. */
export function excellentRun(history: ReadonlyArray<{ year: number; level: Level | null }>, year: number): number {
  const byYear = new Map(history.map((h) => [h.year, h.level]));
  let n = 0;
  while (byYear.get(year - n) === 'excellent') n += 1;
  return n;
}

/** Quy định 366-QĐ/TW: HTXS this year → grassroots certificate; HTXS `provinceYears` running → province (level above) certificate. */
export function suggestCommendation(
  history: ReadonlyArray<{ year: number; level: Level | null }>,
  year: number,
  rules: CommendationRules,
): CommendationSuggestion {
  const run = excellentRun(history, year);
  const params = { year, consecutiveYears: run, rule: RULES.commendation };
  let kind: CommendationKind | null = null;
  if (rules.provinceYears > 0 && run >= rules.provinceYears && run % rules.provinceYears === 0) kind = 'province';
  else if (rules.grassrootsYears > 0 && run >= rules.grassrootsYears) kind = 'grassroots';
  return { kind, consecutiveYears: run, key: kind ? `commendation.${kind}` : null, params, rule: RULES.commendation };
}
