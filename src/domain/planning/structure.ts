// The structure of a plan (Hướng dẫn 45-HD/BTCTW): shares of young, female, ethnic-minority and
// science-and-technology-qualified cadres, compared with the province's configured targets.
//
// Choices: shares are over DISTINCT people (a person planned for three posts counts once). "Young" =
// fewer than `youngUnderAgeYears` whole years of age on the date passed (the caller passes the term's
// reference month start, or the review date). Ethnic minority = an ethnicity not in the configured
// majority list, compared without case or diacritics; an unknown (empty) ethnicity is not counted as a
// minority. Science & technology = the person's qualification field is in the configured list. A share
// below its target warns (the structure guides the plan; it does not refuse a candidate); a target of
// null is not checked. An empty plan is below every positive target.
import { diffMonths } from '../dates.js';
import { pctAtLeast, pctOf } from '../evaluation/ratio.js';
import { foldDiacritics } from '../names.js';
import type { Gender } from '../retirement.js';
import { PLANNING_RULES } from './citations.js';
import { type RuleCheck, ruleCheck } from './rule-check.js';
import type { PlanningStructureRules } from './settings.js';

export interface StructureMember {
  personId: string;
  gender: Gender;
  dateOfBirth: string;
  ethnicity: string | null;
  /** Field of the professional qualification (a code of settings.structure.scienceTechnologyFields, or other). */
  qualificationField: string | null;
}

export type StructureDimension = 'young' | 'female' | 'ethnicMinority' | 'scienceTechnology';
const DIMENSIONS: readonly StructureDimension[] = ['young', 'female', 'ethnicMinority', 'scienceTechnology'];

export interface StructureShares {
  total: number;
  shares: Record<StructureDimension, { count: number; pct: number | null }>;
  checks: RuleCheck[];
}

/** Hướng dẫn 45-HD/BTCTW (cán bộ trẻ, định nghĩa là tham số): younger than `underYears` whole years on `on`. */
export function isYoung(dateOfBirth: string, on: string, underYears: number): boolean {
  return Math.floor(diffMonths(dateOfBirth, on) / 12) < underYears;
}

/** Hướng dẫn 45-HD/BTCTW (cơ cấu quy hoạch): the shares of the plan's distinct people on `on`, each checked against its configured target. */
export function computeStructure(members: readonly StructureMember[], on: string, rules: PlanningStructureRules): StructureShares {
  const people = [...new Map(members.map((m) => [m.personId, m])).values()];
  const majority = new Set(rules.majorityEthnicities.map(foldDiacritics));
  const st = new Set(rules.scienceTechnologyFields);
  const has: Record<StructureDimension, (m: StructureMember) => boolean> = {
    young: (m) => isYoung(m.dateOfBirth, on, rules.youngUnderAgeYears),
    female: (m) => m.gender === 'female',
    ethnicMinority: (m) => !!m.ethnicity && m.ethnicity.trim() !== '' && !majority.has(foldDiacritics(m.ethnicity)),
    scienceTechnology: (m) => m.qualificationField !== null && st.has(m.qualificationField),
  };
  const total = people.length;
  const shares = {} as StructureShares['shares'];
  const checks: RuleCheck[] = [];
  for (const d of DIMENSIONS) {
    const count = people.filter(has[d]).length;
    shares[d] = { count, pct: pctOf(count, total) };
    const target = rules.targets[d];
    if (target === null) continue;
    const ok = total > 0 && pctAtLeast(count, total, target);
    const params = {
      dimension: d,
      count,
      total,
      pct: pctOf(count, total),
      target,
      on,
      ...(d === 'young' ? { underYears: rules.youngUnderAgeYears } : {}),
    };
    checks.push(
      ruleCheck(ok ? 'planning.structure.ok' : 'planning.structure.below_target', ok ? 'pass' : 'warn', PLANNING_RULES.structure, params),
    );
  }
  return { total, shares, checks };
}
