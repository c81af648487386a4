// Two consecutive terms (Quy định 377-QĐ/TW): for the configured posts, a head may not start a third
// consecutive term in the same locality or body [C for the rule, U for the post list].
//
// Definitions (tested in term-limits.test.ts):
// - Terms are the body's terms in order (Party 2020–2025, 2025–2030, …), each with its dates.
// - A person HELD the post in a term when their tenures of that post in the locality — the unit or a unit
//   it was formed from (the 2025 merger), see locality.ts — cover at least `minShareOfTerm` of the term's
//   days [U: half]. A tenure still open is taken as lasting to the term's end (the dashboard's "will have
//   held at the end of the current term").
// - CONSECUTIVE terms are held terms with no term between them left unheld: a term not held (less than
//   the share, or not at all) breaks the run, so 2015–2020 and 2025–2030 with 2020–2025 elsewhere are not
//   consecutive.
// - Starting a term T is refused when the run of held terms ending with T−1 is already
//   `maxConsecutiveTerms` long.
import { dayNumber } from '../planning/months.js';
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { PERSONNEL_RULES } from './citations.js';
import { isWithin, type PlaceTree, unitFootprint } from './locality.js';
import type { TermLimitRules } from './settings.js';

export interface TermSpan {
  id: string;
  from: string;
  to: string;
}

export interface HeadTenure {
  postCode: string;
  /** The unit (locality or body) of the post. */
  place: string;
  startDate: string;
  endDate: string | null;
}

function sharesOfTerms(terms: readonly TermSpan[], tenures: readonly HeadTenure[]): number[] {
  return terms.map((t) => {
    const tFrom = dayNumber(t.from);
    const tTo = dayNumber(t.to);
    // Union of the covered days inside the term (tenures may overlap).
    const spans = tenures
      .map((x) => [Math.max(tFrom, dayNumber(x.startDate)), Math.min(tTo, x.endDate === null ? tTo : dayNumber(x.endDate))] as const)
      .filter(([a, b]) => a <= b)
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let until = -Infinity;
    for (const [a, b] of spans) {
      const start = Math.max(a, until + 1);
      if (b >= start) covered += b - start + 1;
      until = Math.max(until, b);
    }
    return covered / (tTo - tFrom + 1);
  });
}

function sortedTerms(terms: readonly TermSpan[]): TermSpan[] {
  const s = [...terms].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const t of s) if (t.to < t.from) throw new RangeError(`Term ${t.id} ends before it starts`);
  return s;
}

/** Quy định 377-QĐ/TW (không quá hai nhiệm kỳ liên tiếp): the run of consecutive held terms ending with `throughTermId`, and their ids. */
export function consecutiveTermsThrough(
  postCode: string,
  unitId: string,
  tenures: readonly HeadTenure[],
  terms: readonly TermSpan[],
  throughTermId: string,
  tree: PlaceTree,
  rules: TermLimitRules,
): { count: number; terms: string[] } {
  const ts = sortedTerms(terms);
  const end = ts.findIndex((t) => t.id === throughTermId);
  if (end < 0) throw new RangeError(`Unknown term: ${throughTermId}`);
  const fp = unitFootprint(unitId, tree);
  const mine = tenures.filter((t) => t.postCode === postCode && isWithin(t.place, fp, tree));
  const shares = sharesOfTerms(ts, mine);
  const held: string[] = [];
  for (let i = end; i >= 0 && shares[i] >= rules.minShareOfTerm - 1e-9; i--) held.unshift(ts[i].id);
  return { count: held.length, terms: held };
}

/** Quy định 377-QĐ/TW (người đứng đầu không quá hai nhiệm kỳ liên tiếp): may the person start term `termId` in this post and locality? */
export function checkTermLimit(
  postCode: string,
  unitId: string,
  tenures: readonly HeadTenure[],
  terms: readonly TermSpan[],
  termId: string,
  tree: PlaceTree,
  rules: TermLimitRules,
): RuleCheck {
  if (!rules.posts.includes(postCode))
    return ruleCheck('personnel.term_limit.not_required', 'pass', PERSONNEL_RULES.termLimit, { post: postCode });
  const ts = sortedTerms(terms);
  const i = ts.findIndex((t) => t.id === termId);
  if (i < 0) throw new RangeError(`Unknown term: ${termId}`);
  const prior =
    i === 0 ? { count: 0, terms: [] as string[] } : consecutiveTermsThrough(postCode, unitId, tenures, ts, ts[i - 1].id, tree, rules);
  const params = {
    post: postCode,
    term: termId,
    consecutive: prior.count,
    max: rules.maxConsecutiveTerms,
    terms: prior.terms,
    minShare: rules.minShareOfTerm,
  };
  return prior.count >= rules.maxConsecutiveTerms
    ? ruleCheck('personnel.term_limit.exceeded', 'fail', PERSONNEL_RULES.termLimit, params)
    : ruleCheck('personnel.term_limit.ok', 'pass', PERSONNEL_RULES.termLimit, params);
}
