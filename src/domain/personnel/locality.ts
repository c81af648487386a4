// Non-local key leaders (Kết luận 210-KL/TW; Quy định 65-QĐ/TW): for the configured posts the holder must
// not be "local" to the unit. "Local" is configuration [U]: born there, hometown there, lived there N
// years, worked there N years — each a setting — judged through the 2025 merger.
//
// Places are administrative units (the caller maps an org unit to its admin unit). A unit's FOOTPRINT is
// the unit and, transitively, the units it was formed from (`predecessors`); a place lies within the unit
// when the place or one of its ancestors (`parent`: old commune → old district → old province) is in the
// footprint. So a person born in an old commune merged into the new commune is local to it, and a person
// born in any commune of an old province merged into the new province is local to that province. Years
// of residence or work are whole months of the merged periods within the unit up to the date asked
// (overlapping periods count once). Limitation: when an old unit was SPLIT, everyone tied to it is local
// to every successor (the reference data's full_transfer flag is not used here; the caller may pass a
// narrower `predecessors`).
import { type RuleCheck, ruleCheck } from '../planning/rule-check.js';
import { addDays, monthsThrough } from '../planning/months.js';
import { PERSONNEL_RULES } from './citations.js';
import type { LocalityRules } from './settings.js';

export interface PlaceTree {
  /** The units this unit was directly formed from (merger or split). */
  predecessors(unitId: string): readonly string[];
  /** The unit a place lies in, or null at the top. */
  parent(placeId: string): string | null;
}

export interface PlacePeriod {
  place: string;
  from: string;
  /** Last day (inclusive), or null while it lasts. */
  to: string | null;
}

export interface PersonPlaces {
  birthplace: string | null;
  hometown: string | null;
  residences: readonly PlacePeriod[];
  work: readonly PlacePeriod[];
}

export type LocalGround = 'birthplace' | 'hometown' | 'residence' | 'work';

export interface Locality {
  local: boolean;
  grounds: Array<{ ground: LocalGround; months?: number }>;
}

const MAX_DEPTH = 64; // guards bad data (a cycle in the tree) — real trees are 3–4 levels and a few mergers deep

/** Kết luận 210-KL/TW (người địa phương, xét qua sắp xếp đơn vị hành chính 2025): the unit and every unit it was formed from, transitively. */
export function unitFootprint(unitId: string, tree: PlaceTree): Set<string> {
  const seen = new Set<string>([unitId]);
  const queue = [unitId];
  while (queue.length > 0) {
    for (const p of tree.predecessors(queue.shift()!)) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return seen;
}

/** Kết luận 210-KL/TW: true when the place, or a unit it lies in, is in the footprint. */
export function isWithin(placeId: string, footprint: ReadonlySet<string>, tree: PlaceTree): boolean {
  let p: string | null = placeId;
  for (let depth = 0; p !== null && depth < MAX_DEPTH; depth++) {
    if (footprint.has(p)) return true;
    p = tree.parent(p);
  }
  return false;
}

/** Kết luận 210-KL/TW (số năm sinh sống, công tác tại địa phương): whole months of the periods within the footprint up to `asOf`, overlaps counted once. */
export function monthsWithin(periods: readonly PlacePeriod[], footprint: ReadonlySet<string>, tree: PlaceTree, asOf: string): number {
  const spans = periods
    .filter((p) => p.from <= asOf && isWithin(p.place, footprint, tree))
    .map((p) => ({ from: p.from, to: p.to === null || p.to > asOf ? asOf : p.to }))
    .filter((s) => s.from <= s.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Array<{ from: string; to: string }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= addDays(last.to, 1)) {
      if (s.to > last.to) last.to = s.to;
    } else merged.push({ ...s });
  }
  return merged.reduce((n, s) => n + monthsThrough(s.from, s.to), 0);
}

/** Kết luận 210-KL/TW [U: the definition is configuration]: is the person local to the unit on `asOf`, and on which grounds. */
export function localityOf(unitId: string, person: PersonPlaces, asOf: string, tree: PlaceTree, rules: LocalityRules): Locality {
  const fp = unitFootprint(unitId, tree);
  const grounds: Locality['grounds'] = [];
  if (rules.birthplace && person.birthplace !== null && isWithin(person.birthplace, fp, tree)) grounds.push({ ground: 'birthplace' });
  if (rules.hometown && person.hometown !== null && isWithin(person.hometown, fp, tree)) grounds.push({ ground: 'hometown' });
  if (rules.residenceYears !== null) {
    const months = monthsWithin(person.residences, fp, tree, asOf);
    if (months >= rules.residenceYears * 12) grounds.push({ ground: 'residence', months });
  }
  if (rules.workYears !== null) {
    const months = monthsWithin(person.work, fp, tree, asOf);
    if (months >= rules.workYears * 12) grounds.push({ ground: 'work', months });
  }
  return { local: grounds.length > 0, grounds };
}

/** Kết luận 210-KL/TW; Quy định 65-QĐ/TW (lãnh đạo chủ chốt không phải người địa phương): fails when the post must be non-local and the person is local. */
export function checkNonLocal(
  postCode: string,
  unitId: string,
  person: PersonPlaces,
  asOf: string,
  tree: PlaceTree,
  rules: { locality: LocalityRules; nonLocalPosts: readonly string[] },
): RuleCheck {
  if (!rules.nonLocalPosts.includes(postCode)) {
    return ruleCheck('personnel.non_local.not_required', 'pass', PERSONNEL_RULES.nonLocal, { post: postCode });
  }
  const l = localityOf(unitId, person, asOf, tree, rules.locality);
  const params = {
    post: postCode,
    grounds: l.grounds.map((g) => g.ground),
    residenceYears: rules.locality.residenceYears,
    workYears: rules.locality.workYears,
  };
  return l.local
    ? ruleCheck('personnel.non_local.local', 'fail', PERSONNEL_RULES.nonLocal, params)
    : ruleCheck('personnel.non_local.ok', 'pass', PERSONNEL_RULES.nonLocal, params);
}
