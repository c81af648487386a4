// Which criteria set scores a cadre group in a unit on a date (Quy định 366-QĐ/TW: the province
// assigns its sets to groups for unit subtrees): the nearest ancestor assignment in force, then the
// latest version of that family, with the results formula of Nghị định 335/2025/NĐ-CP, Điều 14 —
// the global setting 'evaluation.results_formula' merged with the set's own changes.
import type { Kysely, Transaction } from 'kysely';
import {
  type CriteriaSetDef,
  type CriterionDef,
  EVALUATION_SETTING_KEYS,
  type ResultsFormula,
  resolveResultsFormula,
} from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { getSetting } from '../settings/index.js';
import { type EffectiveAssignment, effectiveAssignments } from './criteria.assign.queries.js';
import { type CriterionRow, type SetRow, criteriaOf, latestSets } from './criteria.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface ResolvedCriterion extends CriterionDef {
  title: string;
  ordinal: number;
}

/** A criteria set ready for computeScore (it is a CriteriaSetDef), with where its assignment came from. */
export interface ResolvedCriteriaSet extends CriteriaSetDef {
  id: string;
  family: string;
  versionNo: number;
  name: string;
  appendix: string;
  frozen: boolean;
  criteria: ResolvedCriterion[];
  /** The formula in force: the global setting with the set's results_config over it. */
  resultsConfig: ResultsFormula;
  assignment: { unitId: string; effectiveFrom: string };
}

function build(set: SetRow, rows: readonly CriterionRow[], formula: ResultsFormula, a: EffectiveAssignment): ResolvedCriteriaSet {
  return {
    id: set.id,
    family: set.family,
    versionNo: set.version_no,
    name: set.name,
    appendix: set.appendix,
    frozen: set.frozen_at !== null,
    generalPoints: set.general_points,
    resultsPoints: set.results_points,
    criteria: rows.map((c) => ({
      code: c.code,
      part: c.part,
      maxPoints: c.max_points,
      source: c.source,
      title: c.title,
      ordinal: c.ordinal,
    })),
    resultsConfig: resolveResultsFormula(formula, set.results_config),
    assignment: { unitId: a.from_unit_id, effectiveFrom: a.effective_from },
  };
}

/** Loads the latest set of each family with its criteria (2 queries) and the global formula (1). */
async function loadFamilies(db: Db, families: readonly string[], on: string) {
  const sets = await latestSets(db, [...new Set(families)]);
  const criteria = await criteriaOf(
    db,
    sets.map((s) => s.id),
  );
  const formula = await getSetting<ResultsFormula>(db, EVALUATION_SETTING_KEYS.resultsFormula, on);
  const bySet = new Map<string, CriterionRow[]>();
  for (const c of criteria) bySet.set(c.set_id, [...(bySet.get(c.set_id) ?? []), c]);
  const byFamily = new Map(sets.map((s) => [s.family, s]));
  return { byFamily, bySet, formula };
}

/** The set scoring `cadreGroup` in `unitId` on `on`, or null when none is assigned there. */
export async function resolveCriteriaSet(db: Db, cadreGroup: string, unitId: string, on: string): Promise<ResolvedCriteriaSet | null> {
  const [a] = await effectiveAssignments(db, { unitId }, on, cadreGroup);
  if (!a) return null;
  const { byFamily, bySet, formula } = await loadFamilies(db, [a.family], on);
  const set = byFamily.get(a.family);
  return set ? build(set, bySet.get(set.id) ?? [], formula, a) : null;
}

export interface CriteriaResolver {
  /** The set for a group in a unit of the subtree (null when none is assigned). Shared objects: do not mutate. */
  get(cadreGroup: string, unitId: string): ResolvedCriteriaSet | null;
  /** Every distinct set the subtree uses (e.g. to freeze them at once). */
  sets(): ResolvedCriteriaSet[];
}

/**
 * Every (group, unit) of a subtree at once, for period close over a whole province: 4 queries in
 * all (assignments, sets, criteria, formula) instead of one per person.
 */
export async function criteriaResolver(db: Db, rootUnitId: string, on: string): Promise<CriteriaResolver> {
  const assignments = await effectiveAssignments(db, { subtreeOf: rootUnitId }, on);
  const { byFamily, bySet, formula } = await loadFamilies(
    db,
    assignments.map((a) => a.family),
    on,
  );
  // One object per (family, assigning unit, date): people sharing an assignment share the set.
  const built = new Map<string, ResolvedCriteriaSet>();
  const index = new Map<string, ResolvedCriteriaSet>();
  for (const a of assignments) {
    const set = byFamily.get(a.family);
    if (!set) continue;
    const key = `${a.family}|${a.from_unit_id}|${a.effective_from}`;
    let r = built.get(key);
    if (!r) built.set(key, (r = build(set, bySet.get(set.id) ?? [], formula, a)));
    index.set(`${a.cadre_group}|${a.unit_id}`, r);
  }
  return {
    get: (cadreGroup, unitId) => index.get(`${cadreGroup}|${unitId}`) ?? null,
    sets: () => [...new Map([...built.values()].map((s) => [s.id, s])).values()],
  };
}
