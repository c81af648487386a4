// Set-based SQL of opening and computing a period: who is evaluated, the rows of a period, the
// collectives a leader heads, the periodic scores of a year, the criteria sets by id, and the
// batched writes (multi-row INSERT, UPDATE … FROM jsonb_to_recordset in chunks).
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Units evaluated as collectives (Quy định 366-QĐ/TW, Phụ lục 1: Party organisations, agencies and
 * units of the political system). Territories (province, commune…) and the committee's own bodies
 * (executive, standing committee — evaluated with their Party committee) are not.
 */
export const COLLECTIVE_KINDS = [
  'party_committee',
  'party_subcommittee',
  'party_cell',
  'advisory_body',
  'inspection_committee',
  'peoples_council',
  'peoples_committee',
  'division',
  'front',
  'mass_org',
] as const;

export interface CandidatePerson {
  id: string;
  unit_id: string;
  cadre_group: string;
}

/** People whose unit lies in the subtree; a group that is not a known cadre group counts as 'staff'. */
export async function peopleOfSubtree(db: Db, rootId: string): Promise<CandidatePerson[]> {
  const { rows } = await sql<CandidatePerson>`
    SELECT p.id, p.unit_id, coalesce(g.code, 'staff') AS cadre_group
    FROM person p
    LEFT JOIN cadre_group g ON g.code = p.cadre_group AND NOT g.is_collective
    WHERE ${inSubtrees([rootId], 'p.unit_id')}
    ORDER BY p.id`.execute(db);
  return rows;
}

export interface CandidateCollective {
  id: string;
  /** The evaluating unit: its parent on the date when that parent is in the subtree, else itself (the root). */
  evaluating_unit_id: string;
}

/** Units of the collective kinds in the subtree, open on `on`. */
export async function collectivesOfSubtree(db: Db, rootId: string, on: string): Promise<CandidateCollective[]> {
  const { rows } = await sql<CandidateCollective>`
    SELECT u.id, coalesce(
      (SELECT l.parent_id FROM org_unit_link l
        WHERE l.child_id = u.id AND l.valid_from <= ${on}::date AND (l.valid_to IS NULL OR l.valid_to > ${on}::date)
          AND ${inSubtrees([rootId], 'l.parent_id')}
        LIMIT 1), u.id) AS evaluating_unit_id
    FROM org_unit u
    WHERE ${inSubtrees([rootId], 'u.id')}
      AND u.kind IN (${sql.join([...COLLECTIVE_KINDS])})
      AND u.valid_from <= ${on}::date AND (u.valid_to IS NULL OR u.valid_to > ${on}::date)
    ORDER BY u.id`.execute(db);
  return rows;
}

export interface NewEvaluation {
  id: string;
  period_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  cadre_group: string;
  criteria_set_id: string;
}

export async function insertEvaluations(trx: Transaction<DB>, rows: readonly NewEvaluation[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('evaluation')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, status: 'self_pending' as const })))
      .execute();
  }
}

export interface PeriodRow {
  id: string;
  unit_id: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  start_date: string;
  end_date: string;
  status: 'open' | 'closing' | 'closed';
  version: number;
}

export async function lockPeriod(trx: Transaction<DB>, id: string, mode: 'update' | 'share'): Promise<PeriodRow | undefined> {
  const q = trx
    .selectFrom('evaluation_period')
    .select(['id', 'unit_id', 'kind', 'year', 'number', 'start_date', 'end_date', 'status', 'version'])
    .where('id', '=', id);
  return (mode === 'update' ? q.forUpdate() : q.forShare()).executeTakeFirst();
}

export interface ComputeRow {
  id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  cadre_group: string;
  criteria_set_id: string;
  status: string;
  excluded_reason: string | null;
  admitted_on: string | null;
  is_leader: boolean;
  self_general: unknown;
  self_kpis: unknown;
  self_submitted: boolean;
  appraisal_general: unknown;
  appraisal_kpis: unknown;
  appraisal_level: string | null;
  decision_level: string | null;
  self_missing: boolean;
  /** Digest of what the last computation wrote (gate_report.digest): a row it would write unchanged is skipped. */
  digest: string | null;
}

/** Every evaluation of the period with what computing it needs (one query). */
export async function computeRows(db: Db, periodId: string): Promise<ComputeRow[]> {
  const { rows } = await sql<ComputeRow>`
    SELECT e.id, e.person_id, e.subject_unit_id, e.unit_id, e.cadre_group, e.criteria_set_id, e.status, e.excluded_reason,
      p.party_admission_date AS admitted_on, g.is_leader,
      e.self_general, e.self_kpis, e.self_submitted_at IS NOT NULL AS self_submitted,
      e.appraisal_general, e.appraisal_kpis, e.appraisal_level, e.decision_level,
      coalesce((e.inputs->>'selfMissing')::boolean, false) AS self_missing,
      e.gate_report->>'digest' AS digest
    FROM evaluation e
    JOIN cadre_group g ON g.code = e.cadre_group
    LEFT JOIN person p ON p.id = e.person_id
    WHERE e.period_id = ${periodId}
    ORDER BY e.id`.execute(db);
  return rows;
}

/**
 * (person, collective unit) for every open head post on `on` whose unit is a collective of the period,
 * in a set order: a leader's collectives are stored in it, and its digest must not change between runs.
 */
export async function headsOfCollectives(db: Db, periodId: string, on: string): Promise<Array<{ person_id: string; unit_id: string }>> {
  const { rows } = await sql<{ person_id: string; unit_id: string }>`
    SELECT DISTINCT te.person_id, po.unit_id
    FROM evaluation e
    JOIN post po ON po.unit_id = e.subject_unit_id AND po.is_head
    JOIN tenure te ON te.post_id = po.id
    WHERE e.period_id = ${periodId} AND e.subject_unit_id IS NOT NULL
      AND te.start_date <= ${on}::date AND (te.end_date IS NULL OR te.end_date >= ${on}::date)
    ORDER BY te.person_id, po.unit_id`.execute(db);
  return rows;
}

/**
 * Quy định 366-QĐ/TW (transfers: periodic scores travel with the person): the decided scores of the
 * year's quarters for the persons of a year period, wherever they were rated — the latest decision per quarter.
 */
export async function quarterScores(
  db: Db,
  periodId: string,
  year: number,
): Promise<Array<{ person_id: string; number: number; score: number }>> {
  const { rows } = await sql<{ person_id: string; number: number; score: number }>`
    SELECT DISTINCT ON (q.person_id, qp.number) q.person_id, qp.number, q.decision_score AS score
    FROM evaluation q
    JOIN evaluation_period qp ON qp.id = q.period_id AND qp.kind = 'quarter' AND qp.year = ${year}
    WHERE q.person_id IN (SELECT person_id FROM evaluation WHERE period_id = ${periodId} AND person_id IS NOT NULL)
      AND q.status IN ('decided', 'published') AND q.decision_score IS NOT NULL
    ORDER BY q.person_id, qp.number, q.decided_at DESC`.execute(db);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

export interface SetRow {
  id: string;
  name: string;
  version_no: number;
  appendix: string;
  general_points: number;
  results_points: number;
  results_config: unknown;
}
export interface CriterionRow {
  set_id: string;
  code: string;
  part: 'general' | 'results';
  title: string;
  max_points: number;
  source: 'manual' | 'tasks' | 'kpi' | 'units_led' | 'commitment';
  ordinal: number;
}

/** The (frozen) sets the evaluations were opened with, read by id: a later version never rescored them. */
export async function setsById(db: Db, ids: readonly string[]): Promise<{ sets: SetRow[]; criteria: CriterionRow[] }> {
  if (ids.length === 0) return { sets: [], criteria: [] };
  const sets = await db
    .selectFrom('criteria_set')
    .select(['id', 'name', 'version_no', 'appendix', 'general_points', 'results_points', 'results_config'])
    .where('id', 'in', [...ids])
    .execute();
  const criteria = await db
    .selectFrom('criterion')
    .select(['set_id', 'code', 'part', 'title', 'max_points', 'source', 'ordinal'])
    .where('set_id', 'in', [...ids])
    .orderBy('set_id')
    .orderBy('part')
    .orderBy('ordinal')
    .execute();
  return { sets: sets, criteria: criteria };
}

export interface ComputedUpdate {
  id: string;
  status: string;
  excluded_reason: string | null;
  worked_ratio: number;
  inputs: unknown;
  results_score: number | null;
  proposed_level: string | null;
  gate_report: unknown;
}

const CHUNK = 2000;

/**
 * A computed row as the JSON element of a chunk, with `inputs` and `gate_report` already
 * serialised (the computation serialises each once, for its digest, and writes that same text).
 */
export function computedRowJson(u: Omit<ComputedUpdate, 'inputs' | 'gate_report'>, inputsJson: string, gateReportJson: string): string {
  return (
    `{"id":${JSON.stringify(u.id)},"status":${JSON.stringify(u.status)},"excluded_reason":${JSON.stringify(u.excluded_reason)},` +
    `"worked_ratio":${JSON.stringify(u.worked_ratio)},"inputs":${inputsJson},"results_score":${JSON.stringify(u.results_score)},` +
    `"proposed_level":${JSON.stringify(u.proposed_level)},"gate_report":${gateReportJson}}`
  );
}

/** One UPDATE … FROM jsonb_to_recordset for a chunk of computed rows (each already JSON). */
async function updateChunk(trx: Transaction<DB>, chunk: readonly string[]): Promise<void> {
  await sql`
    UPDATE evaluation e SET
      status = v.status, excluded_reason = v.excluded_reason, worked_ratio = v.worked_ratio,
      inputs = v.inputs, results_score = v.results_score, proposed_level = v.proposed_level, gate_report = v.gate_report
    FROM jsonb_to_recordset(${`[${chunk.join(',')}]`}::jsonb) AS v(
      id uuid, status text, excluded_reason text, worked_ratio numeric, inputs jsonb,
      results_score numeric, proposed_level text, gate_report jsonb)
    WHERE e.id = v.id`.execute(trx);
}

/**
 * Writes computed rows in chunks of 2,000 while the caller goes on computing: a full chunk's UPDATE
 * is queued on the transaction's connection at once, so the database applies one chunk while Node
 * computes the next (on PostgreSQL the two overlap; bench period-close). Chunks are applied in
 * order; after a failed chunk none follows, and the error is thrown by flush().
 */
export class ComputedWriter {
  private buffer: string[] = [];
  private pending: Promise<void> = Promise.resolve();
  /** Rows pushed, and rows whose chunk is applied. */
  queued = 0;
  written = 0;

  constructor(
    private readonly trx: Transaction<DB>,
    private readonly onChunk: (written: number) => unknown,
  ) {}

  push(row: ComputedUpdate): void {
    this.pushJson(computedRowJson(row, JSON.stringify(row.inputs), JSON.stringify(row.gate_report)));
  }

  /** A row already serialised (computedRowJson). */
  pushJson(row: string): void {
    this.buffer.push(row);
    this.queued += 1;
    if (this.buffer.length >= CHUNK) this.send();
  }

  private send(): void {
    const chunk = this.buffer;
    this.buffer = [];
    this.pending = this.pending.then(async () => {
      await updateChunk(this.trx, chunk);
      this.written += chunk.length;
      await this.onChunk(this.written);
    });
    // Handled in flush(): until then a failure must not count as an unhandled rejection.
    this.pending.catch(() => {});
  }

  /** Sends the last chunk and waits for every write; throws the first failure. */
  async flush(): Promise<number> {
    if (this.buffer.length) this.send();
    await this.pending;
    return this.written;
  }
}

/**
 * For each unit, its parent on `on` when that parent is a territory (commune, ward, province… — not a
 * collective kind): the socio-economic targets of a commune are assigned to the commune, and its Party
 * committee and People's Committee lead it (Quy định 366-QĐ/TW, Điều 11, basic targets).
 */
export async function territoriesOf(
  db: Db,
  unitIds: readonly string[],
  on: string,
): Promise<Array<{ unit_id: string; territory_id: string }>> {
  if (unitIds.length === 0) return [];
  const { rows } = await sql<{ unit_id: string; territory_id: string }>`
    SELECT l.child_id AS unit_id, l.parent_id AS territory_id
    FROM org_unit_link l JOIN org_unit p ON p.id = l.parent_id
    WHERE l.child_id = ANY(${[...unitIds]}::uuid[]) AND l.valid_from <= ${on}::date AND (l.valid_to IS NULL OR l.valid_to > ${on}::date)
      AND p.kind NOT IN (${sql.join([...COLLECTIVE_KINDS])})`.execute(db);
  return rows;
}
