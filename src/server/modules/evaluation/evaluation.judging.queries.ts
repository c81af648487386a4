// The facts behind "nobody judges their own evaluation" (Quy định 366-QĐ/TW, Điều 12–13): who the
// subject is (the person, or the heads of a collective), whether the subject sits on a deciding
// standing committee covering the evaluating unit, and which of the actor's deciding roots cover it.
import { type Kysely, sql } from 'kysely';
import { rolesOf } from '../../../contracts/permissions.js';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;

/** The person evaluated, or the heads of the collective at the period's end. */
export async function subjectPersonIds(
  db: Db,
  e: { person_id: string | null; subject_unit_id: string | null; end_date: string },
): Promise<string[]> {
  if (e.person_id) return [e.person_id];
  if (!e.subject_unit_id) return [];
  const { rows } = await sql<{ person_id: string }>`
    SELECT DISTINCT te.person_id FROM tenure te JOIN post po ON po.id = te.post_id
    WHERE po.unit_id = ${e.subject_unit_id} AND po.is_head
      AND te.start_date <= ${e.end_date}::date AND (te.end_date IS NULL OR te.end_date >= ${e.end_date}::date)`.execute(db);
  return rows.map((r) => r.person_id);
}

/** Units where one of the persons holds a deciding role (evaluation.decide; an enabled account) over `unitId`. */
export async function standingUnitsOf(db: Db, personIds: readonly string[], unitId: string): Promise<string[]> {
  if (personIds.length === 0) return [];
  const { rows } = await sql<{ unit_id: string }>`
    SELECT DISTINCT rb.unit_id FROM account a JOIN role_binding rb ON rb.account_id = a.id
    JOIN org_unit_closure c ON c.ancestor_id = rb.unit_id AND c.descendant_id = ${unitId}
    WHERE a.person_id IN (${sql.join([...personIds])}) AND rb.role IN (${sql.join([...rolesOf('evaluation.decide')])}) AND NOT a.disabled`.execute(
    db,
  );
  return rows.map((r) => r.unit_id);
}

/** Of `roots`, those whose subtree holds `unitId`. */
export async function rootsCovering(db: Db, roots: readonly string[], unitId: string): Promise<string[]> {
  if (roots.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit_closure')
    .select('ancestor_id')
    .where('ancestor_id', 'in', [...roots])
    .where('descendant_id', '=', unitId)
    .execute();
  return rows.map((r) => r.ancestor_id);
}

/** The subject units (of `unitIds`) that `personId` heads at `on`: for a page of collectives at once. */
export async function unitsHeadedBy(db: Db, personId: string, unitIds: readonly string[], on: string): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const { rows } = await sql<{ unit_id: string }>`
    SELECT DISTINCT po.unit_id FROM tenure te JOIN post po ON po.id = te.post_id
    WHERE te.person_id = ${personId} AND po.unit_id IN (${sql.join([...unitIds])}) AND po.is_head
      AND te.start_date <= ${on}::date AND (te.end_date IS NULL OR te.end_date >= ${on}::date)`.execute(db);
  return new Set(rows.map((r) => r.unit_id));
}

/** Whether the peer group holds the person's own evaluation (as the person, or as head of the collective at the end). */
export async function groupHoldsOwn(
  db: Db,
  g: { periodId: string; unitId: string; cadreGroup: string; endDate: string },
  personId: string,
): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM evaluation e
    WHERE e.period_id = ${g.periodId} AND e.unit_id = ${g.unitId} AND e.cadre_group = ${g.cadreGroup} AND e.status <> 'excluded'
      AND (e.person_id = ${personId} OR EXISTS (
        SELECT 1 FROM tenure te JOIN post po ON po.id = te.post_id
        WHERE po.unit_id = e.subject_unit_id AND po.is_head AND te.person_id = ${personId}
          AND te.start_date <= ${g.endDate}::date AND (te.end_date IS NULL OR te.end_date >= ${g.endDate}::date)))
    LIMIT 1`.execute(db);
  return rows.length > 0;
}
