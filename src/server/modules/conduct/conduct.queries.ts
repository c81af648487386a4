// SQL of the conduct records of one person: discipline, confidence votes, degradation
// conclusions, shortcomings, member statuses. Newest first.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The person's unit (what scopes every record about them), or undefined when there is no such person. */
export async function personUnit(db: Db, personId: string): Promise<string | undefined> {
  return (await db.selectFrom('person').select('unit_id').where('id', '=', personId).executeTakeFirst())?.unit_id;
}

export async function unitExists(db: Db, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('org_unit').select('id').where('id', '=', unitId).executeTakeFirst());
}

// ---- discipline ----
const DISCIPLINE_COLUMNS = [
  'id',
  'person_id',
  'kind',
  'decided_on',
  'reason',
  'decision_ref',
  'version',
  'breach_on',
  'breach_unit_id',
] as const;
export async function disciplinesOf(db: Db, personId: string) {
  return db
    .selectFrom('discipline')
    .select(DISCIPLINE_COLUMNS)
    .where('person_id', '=', personId)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
export type DisciplineRow = Awaited<ReturnType<typeof disciplinesOf>>[number];
export async function insertDiscipline(trx: Transaction<DB>, row: Omit<DisciplineRow, 'version'>) {
  return trx.insertInto('discipline').values(row).returning(DISCIPLINE_COLUMNS).executeTakeFirstOrThrow();
}

// ---- confidence votes ----
const VOTE_COLUMNS = ['id', 'person_id', 'voted_on', 'total_votes', 'high_votes', 'low_votes', 'note'] as const;
export async function votesOf(db: Db, personId: string) {
  return db.selectFrom('confidence_vote').select(VOTE_COLUMNS).where('person_id', '=', personId).orderBy('voted_on', 'desc').execute();
}
export type VoteRow = Awaited<ReturnType<typeof votesOf>>[number];
export async function insertVote(trx: Transaction<DB>, row: VoteRow) {
  return trx.insertInto('confidence_vote').values(row).returning(VOTE_COLUMNS).executeTakeFirstOrThrow();
}

// ---- degradation conclusions ----
const DEGRADATION_COLUMNS = ['id', 'person_id', 'concluded_on', 'text', 'decision_ref'] as const;
export async function degradationsOf(db: Db, personId: string) {
  return db
    .selectFrom('degradation_conclusion')
    .select(DEGRADATION_COLUMNS)
    .where('person_id', '=', personId)
    .orderBy('concluded_on', 'desc')
    .execute();
}
export type DegradationRow = Awaited<ReturnType<typeof degradationsOf>>[number];
export async function insertDegradation(trx: Transaction<DB>, row: DegradationRow) {
  return trx.insertInto('degradation_conclusion').values(row).returning(DEGRADATION_COLUMNS).executeTakeFirstOrThrow();
}

// ---- shortcomings ----
const SHORTCOMING_COLUMNS = ['id', 'person_id', 'unit_id', 'noted_on', 'text', 'fixed_on', 'version'] as const;
export async function shortcomingsOf(db: Db, personId: string) {
  return db
    .selectFrom('shortcoming')
    .select(SHORTCOMING_COLUMNS)
    .where('person_id', '=', personId)
    .orderBy('noted_on', 'desc')
    .orderBy('id')
    .execute();
}
export type ShortcomingRow = Awaited<ReturnType<typeof shortcomingsOf>>[number];
export async function shortcomingById(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('shortcoming').select(SHORTCOMING_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
}
export async function insertShortcoming(trx: Transaction<DB>, row: { id: string; person_id: string; noted_on: string; text: string }) {
  return trx.insertInto('shortcoming').values(row).returning(SHORTCOMING_COLUMNS).executeTakeFirstOrThrow();
}
export async function markFixed(trx: Transaction<DB>, id: string, version: number, fixedOn: string) {
  return trx
    .updateTable('shortcoming')
    .set((eb) => ({ fixed_on: fixedOn, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(SHORTCOMING_COLUMNS)
    .executeTakeFirst();
}

// ---- member statuses ----
const STATUS_COLUMNS = ['id', 'person_id', 'kind', 'valid_from', 'valid_to', 'note'] as const;
export async function statusesOf(db: Db, personId: string) {
  return db.selectFrom('member_status').select(STATUS_COLUMNS).where('person_id', '=', personId).orderBy('valid_from', 'desc').execute();
}
export type StatusRow = Awaited<ReturnType<typeof statusesOf>>[number];
export async function insertStatus(trx: Transaction<DB>, row: StatusRow) {
  return trx.insertInto('member_status').values(row).returning(STATUS_COLUMNS).executeTakeFirstOrThrow();
}

/** A status of the same kind overlapping [from, to] (to null = open-ended). */
export async function overlappingStatus(
  trx: Transaction<DB>,
  personId: string,
  kind: StatusRow['kind'],
  from: string,
  to: string | null,
): Promise<boolean> {
  let q = trx
    .selectFrom('member_status')
    .select('id')
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]));
  if (to !== null) q = q.where('valid_from', '<=', to);
  return !!(await q.limit(1).executeTakeFirst());
}
