// Set-based SQL behind triggerInputs: three queries for any number of people. The people are
// either a list of ids (one uuid[] parameter, so 90,000 people stay under the protocol's parameter
// limit) or everyone whose unit lies in a subtree (nothing to send: cheaper for a whole province).
import { type Kysely, type RawBuilder, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export type Who = readonly string[] | { subtreeOf: string };

/** The people as a one-column relation `(id)`, for `person_id IN (SELECT id FROM who)`. */
function whoRelation(who: Who): RawBuilder<unknown> {
  if ('subtreeOf' in who) {
    return sql`SELECT p.id FROM person p WHERE ${inSubtrees([who.subtreeOf], 'p.unit_id')}`;
  }
  return sql`SELECT unnest(${[...who]}::uuid[]) AS id`;
}

export interface DatedRow {
  src: 'discipline' | 'degradation' | 'status';
  person_id: string;
  kind: string | null;
  d1: string;
  d2: string | null;
}

/** Discipline decisions and degradation conclusions dated within the period, and member statuses overlapping it. */
export async function datedRecords(db: Db, who: Who, from: string, to: string): Promise<DatedRow[]> {
  const { rows } = await sql<DatedRow>`
    WITH ids AS (${whoRelation(who)})
    SELECT 'discipline' AS src, person_id, kind, decided_on AS d1, NULL::date AS d2
      FROM discipline WHERE person_id IN (SELECT id FROM ids) AND decided_on BETWEEN ${from} AND ${to}
    UNION ALL
    SELECT 'degradation', person_id, NULL, concluded_on, NULL
      FROM degradation_conclusion WHERE person_id IN (SELECT id FROM ids) AND concluded_on BETWEEN ${from} AND ${to}
    UNION ALL
    SELECT 'status', person_id, kind, valid_from, valid_to
      FROM member_status WHERE person_id IN (SELECT id FROM ids) AND valid_from <= ${to} AND (valid_to IS NULL OR valid_to >= ${from})
    ORDER BY person_id, d1`.execute(db);
  return rows;
}

export interface VoteRow {
  person_id: string;
  voted_on: string;
  total_votes: number;
  low_votes: number;
}

/** Each person's latest confidence vote dated within [from, to]. */
export async function latestVotes(db: Db, who: Who, from: string, to: string): Promise<VoteRow[]> {
  const { rows } = await sql<VoteRow>`
    SELECT DISTINCT ON (person_id) person_id, voted_on, total_votes, low_votes
      FROM confidence_vote
     WHERE person_id IN (${whoRelation(who)}) AND voted_on BETWEEN ${from} AND ${to}
     ORDER BY person_id, voted_on DESC, total_votes DESC`.execute(db);
  return rows;
}

export interface ShortcomingCountRow {
  person_id: string;
  total: number;
  fixed: number;
}

/**
 * Shortcomings still open when the period starts (noted before it, not fixed before it) and how
 * many of them were fixed by its end. Those fixed earlier are settled and count for neither.
 */
export async function shortcomingCounts(db: Db, who: Who, from: string, to: string): Promise<ShortcomingCountRow[]> {
  const { rows } = await sql<ShortcomingCountRow>`
    SELECT person_id, count(*)::int AS total, (count(*) FILTER (WHERE fixed_on <= ${to}))::int AS fixed
      FROM shortcoming
     WHERE person_id IN (${whoRelation(who)}) AND noted_on < ${from} AND (fixed_on IS NULL OR fixed_on >= ${from})
     GROUP BY person_id`.execute(db);
  return rows;
}
