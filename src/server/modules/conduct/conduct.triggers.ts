// The recorded inputs of the KHT triggers and the HTXS gate for many people at once (Quy định
// 366-QĐ/TW, Điều 11; Nghị định 335/2025/NĐ-CP), shaped for classification.ts and exclusions.ts.
// Three set-based queries whatever the number of people (period close runs it for a province).
import type { Kysely, Transaction } from 'kysely';
import type { MemberStatusRow } from '../../../domain/evaluation/index.js';
import type { Period } from '../../../domain/task-summary.js';
import type { DB } from '../../db/schema.js';
import { type Who, datedRecords, latestVotes, shortcomingCounts } from './conduct.triggers.queries.js';
import * as uq from './conduct.unit-triggers.queries.js';

export interface TriggerInputs {
  /** Decisions dated within the period (the classification counts reprimand or heavier). */
  disciplines: Array<{ kind: string; decidedOn: string }>;
  /** Conclusions dated within the period. */
  degradations: Array<{ concludedOn: string }>;
  /** The latest vote within the period, else the latest earlier in the year of the period's end; null if none. */
  confidenceVote: { totalVotes: number; lowVotes: number; votedOn: string } | null;
  /** Shortcomings from the previous review: open at the period's start, and how many were fixed by its end. */
  shortcomings: { total: number; fixed: number };
  /** Member statuses overlapping the period (exclusions and leave). */
  statuses: MemberStatusRow[];
}

/** What a person with nothing recorded gets. */
export const emptyTriggerInputs = (): TriggerInputs => ({
  disciplines: [],
  degradations: [],
  confidenceVote: null,
  shortcomings: { total: 0, fixed: 0 },
  statuses: [],
});

/**
 * The inputs of the given people over `period`, in three queries. With a list of ids every one of
 * them is in the map. With `{ subtreeOf }` (everyone whose unit lies in that subtree: cheaper for a
 * whole province, nothing is sent) only people with something recorded are: use
 * `inputs.get(id) ?? emptyTriggerInputs()`.
 */
export async function triggerInputs(
  db: Kysely<DB> | Transaction<DB>,
  people: readonly string[] | { subtreeOf: string },
  period: Period,
): Promise<Map<string, TriggerInputs>> {
  const out = new Map<string, TriggerInputs>();
  let who: Who = people;
  if (!('subtreeOf' in people)) {
    for (const id of people) out.set(id, emptyTriggerInputs());
    if (out.size === 0) return out;
    who = [...out.keys()];
  }
  const of = (id: string) => out.get(id) ?? out.set(id, emptyTriggerInputs()).get(id)!;
  const yearStart = `${period.to.slice(0, 4)}-01-01`;
  const voteFrom = yearStart < period.from ? yearStart : period.from;
  const dated = await datedRecords(db, who, period.from, period.to);
  const votes = await latestVotes(db, who, voteFrom, period.to);
  const shortcomings = await shortcomingCounts(db, who, period.from, period.to);
  for (const r of dated) {
    const p = of(r.person_id);
    if (r.src === 'discipline') p.disciplines.push({ kind: r.kind!, decidedOn: r.d1 });
    else if (r.src === 'degradation') p.degradations.push({ concludedOn: r.d1 });
    else p.statuses.push({ kind: r.kind as MemberStatusRow['kind'], validFrom: r.d1, validTo: r.d2 });
  }
  for (const v of votes) of(v.person_id).confidenceVote = { totalVotes: v.total_votes, lowVotes: v.low_votes, votedOn: v.voted_on };
  for (const s of shortcomings) of(s.person_id).shortcomings = { total: s.total, fixed: s.fixed };
  return out;
}

/** What the collectives' gate, a collective's own trigger and its leaders' triggers need about one unit. */
export interface UnitTriggerInputs {
  /** The unit's own discipline decisions dated within the period (its KHT trigger). */
  disciplines: Array<{ kind: string; decidedOn: string }>;
  /** Directly subordinate units and leadership members disciplined in the period (QĐ 366 Điều 11, collectives' HTXS). */
  disciplinedUnits: number;
  disciplinedLeaders: number;
  /** Corruption, waste or negative conduct concluded in the unit within the period (its leaders' trigger). */
  incidents: number;
  /** Its shortcomings from the previous review: open at the start, fixed by the end. */
  shortcomings: { total: number; fixed: number };
}

export const emptyUnitTriggerInputs = (): UnitTriggerInputs => ({
  disciplines: [],
  disciplinedUnits: 0,
  disciplinedLeaders: 0,
  incidents: 0,
  shortcomings: { total: 0, fixed: 0 },
});

/** The inputs of the given units over `period` (every one of them in the map), in four queries. */
export async function unitTriggerInputs(
  db: Kysely<DB> | Transaction<DB>,
  units: readonly string[],
  period: Period,
  disciplineKinds: readonly string[],
): Promise<Map<string, UnitTriggerInputs>> {
  const out = new Map<string, UnitTriggerInputs>(units.map((u) => [u, emptyUnitTriggerInputs()]));
  if (out.size === 0) return out;
  const ids = [...out.keys()];
  for (const r of await uq.ownDisciplines(db, ids, period.from, period.to))
    out.get(r.unit_id)!.disciplines.push({ kind: r.kind, decidedOn: r.decided_on });
  for (const r of await uq.disciplinedBelow(db, ids, period.from, period.to, disciplineKinds)) {
    Object.assign(out.get(r.unit_id)!, { disciplinedUnits: r.units, disciplinedLeaders: r.members });
  }
  for (const r of await uq.incidentCounts(db, ids, period.from, period.to)) out.get(r.unit_id)!.incidents = r.n;
  for (const r of await uq.unitShortcomingCounts(db, ids, period.from, period.to))
    out.get(r.unit_id)!.shortcomings = { total: r.total, fixed: r.fixed };
  return out;
}
