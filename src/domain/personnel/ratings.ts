// The ratings shown with every personnel proposal (Quy định 377-QĐ/TW; Quy định 366-QĐ/TW): the last
// `shownYears` years (the calendar years before the effective date's year), and a configurable threshold
// on the most recent `checkedYears` of them [U].
import type { Level } from '../evaluation/config.js';
import { parseCivilDate } from '../dates.js';
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { PERSONNEL_RULES } from './citations.js';
import type { AppointmentRules } from './settings.js';

const RANK: Record<Level, number> = { excellent: 3, good: 2, completed: 1, not_completed: 0 };

/** Quy định 377-QĐ/TW (kết quả đánh giá, xếp loại 3 năm gần nhất): the years shown with their levels (null = not rated), and the threshold check. */
export function checkRatings(
  ratings: ReadonlyArray<{ year: number; level: Level | null }>,
  effectiveDate: string,
  rules: AppointmentRules['ratings'],
): RuleCheck {
  const y0 = parseCivilDate(effectiveDate).year;
  const byYear = new Map(ratings.map((r) => [r.year, r.level]));
  const years = Array.from({ length: rules.shownYears }, (_, i) => y0 - rules.shownYears + i);
  const levels = years.map((y) => byYear.get(y) ?? 'none');
  const params = { ratingYears: years, levels, minLevel: rules.minLevel, checkedCount: rules.checkedYears };
  if (rules.minLevel === null) return ruleCheck('personnel.ratings.shown', 'pass', PERSONNEL_RULES.ratings, params);
  const checked = years.slice(Math.max(0, years.length - rules.checkedYears));
  const below = checked.filter((y) => {
    const l = byYear.get(y);
    return l !== undefined && l !== null && RANK[l] < RANK[rules.minLevel!];
  });
  if (below.length > 0) return ruleCheck('personnel.ratings.below', 'fail', PERSONNEL_RULES.ratings, { ...params, belowYears: below });
  const missing = checked.filter((y) => (byYear.get(y) ?? null) === null);
  if (missing.length > 0)
    return ruleCheck('personnel.ratings.missing', 'warn', PERSONNEL_RULES.ratings, { ...params, missingYears: missing });
  return ruleCheck('personnel.ratings.ok', 'pass', PERSONNEL_RULES.ratings, params);
}
