// SQL of the conduct records about a unit: its discipline, the incidents concluded in it
// (corruption, waste, negative conduct) and its shortcomings from the previous review. Newest first.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

const UNIT_DISCIPLINE_COLUMNS = ['id', 'unit_id', 'kind', 'decided_on', 'breach_on', 'reason', 'decision_ref'] as const;
export async function unitDisciplinesOf(db: Db, unitId: string) {
  return db
    .selectFrom('unit_discipline')
    .select(UNIT_DISCIPLINE_COLUMNS)
    .where('unit_id', '=', unitId)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
export type UnitDisciplineRow = Awaited<ReturnType<typeof unitDisciplinesOf>>[number];
export async function insertUnitDiscipline(trx: Transaction<DB>, row: UnitDisciplineRow) {
  return trx.insertInto('unit_discipline').values(row).returning(UNIT_DISCIPLINE_COLUMNS).executeTakeFirstOrThrow();
}

const INCIDENT_COLUMNS = ['id', 'unit_id', 'kind', 'concluded_on', 'text', 'decision_ref'] as const;
export async function incidentsOf(db: Db, unitId: string) {
  return db
    .selectFrom('scope_incident')
    .select(INCIDENT_COLUMNS)
    .where('unit_id', '=', unitId)
    .orderBy('concluded_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
export type IncidentRow = Awaited<ReturnType<typeof incidentsOf>>[number];
export async function insertIncident(trx: Transaction<DB>, row: IncidentRow) {
  return trx.insertInto('scope_incident').values(row).returning(INCIDENT_COLUMNS).executeTakeFirstOrThrow();
}

const SHORTCOMING_COLUMNS = ['id', 'person_id', 'unit_id', 'noted_on', 'text', 'fixed_on', 'version'] as const;
export async function unitShortcomingsOf(db: Db, unitId: string) {
  return db
    .selectFrom('shortcoming')
    .select(SHORTCOMING_COLUMNS)
    .where('unit_id', '=', unitId)
    .orderBy('noted_on', 'desc')
    .orderBy('id')
    .execute();
}
export async function insertUnitShortcoming(trx: Transaction<DB>, row: { id: string; unit_id: string; noted_on: string; text: string }) {
  return trx.insertInto('shortcoming').values(row).returning(SHORTCOMING_COLUMNS).executeTakeFirstOrThrow();
}
