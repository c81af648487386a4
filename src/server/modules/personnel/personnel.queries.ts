// SQL of personnel decisions: the facts a proposal's checks read (the person, their tenures with the
// ladder codes and places, residences, plans, ratings, disciplines, the post and its other holders, the
// terms, the place tree through the 2025 merger), and the proposal rows with their tenure links.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, PersonnelProposalTable, ProposalKind, TenureTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export const personById = (db: Db, id: string) =>
  db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id',
      'u.name as unit_name',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.gender',
      'p.date_of_birth',
      'p.birthplace_id',
      'p.hometown_id',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
export type PersonRow = NonNullable<Awaited<ReturnType<typeof personById>>>;

export const fullName = (p: { family_name: string; middle_name: string; given_name: string }) =>
  [p.family_name, p.middle_name, p.given_name].filter((x) => x.length > 0).join(' ');

/** A person's tenures with their post's unit, the unit's administrative unit and the post's ladder code. */
export function tenuresOfPeople(db: Db, personIds: readonly string[]) {
  return db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .leftJoin('planning_post_code as pc', 'pc.post_id', 't.post_id')
    .select([
      't.id',
      't.person_id',
      't.post_id',
      't.start_date',
      't.end_date',
      't.version',
      'po.title as post_title',
      'po.unit_id',
      'u.name as unit_name',
      'u.admin_unit_id',
      'pc.ladder_code',
    ])
    .where('t.person_id', 'in', personIds.length > 0 ? [...personIds] : ['00000000-0000-0000-0000-000000000000'])
    .orderBy('t.start_date')
    .execute();
}
export type TenureFact = Awaited<ReturnType<typeof tenuresOfPeople>>[number];

export const residencesOfPeople = (db: Db, personIds: readonly string[]) =>
  db
    .selectFrom('person_residence')
    .select(['person_id', 'admin_unit_id', 'valid_from', 'valid_to'])
    .where('person_id', 'in', personIds.length > 0 ? [...personIds] : ['00000000-0000-0000-0000-000000000000'])
    .where('admin_unit_id', 'is not', null)
    .execute();

/** The ladder codes the person is planned for in approved plans (candidates approved and not removed on `on`). */
export async function plannedCodes(db: Db, personId: string, on: string): Promise<string[]> {
  const rows = await db
    .selectFrom('planning_candidate as c')
    .innerJoin('planning_plan as p', 'p.id', 'c.plan_id')
    .select('c.post_code')
    .where('c.person_id', '=', personId)
    .where('c.status', '=', 'approved')
    .where('p.status', '=', 'approved')
    .where('c.approved_on', '<=', on)
    .execute();
  return [...new Set(rows.map((r) => r.post_code))];
}

/** Decided yearly levels (the last years shown beside every proposal). */
export const yearLevels = (db: Db, personId: string, years: readonly number[]) =>
  db
    .selectFrom('evaluation as e')
    .innerJoin('evaluation_period as p', 'p.id', 'e.period_id')
    .select(['p.year', 'e.decision_level'])
    .where('p.kind', '=', 'year')
    .where('e.status', 'in', ['decided', 'published'])
    .where('e.person_id', '=', personId)
    .where('p.year', 'in', years.length > 0 ? [...years] : [0])
    .execute();

export const disciplinesOfPeople = (db: Db, personIds: readonly string[]) =>
  db
    .selectFrom('discipline')
    .select(['person_id', 'kind', 'decided_on'])
    .where('person_id', 'in', personIds.length > 0 ? [...personIds] : ['00000000-0000-0000-0000-000000000000'])
    .execute();

/** The post with its unit, the unit's kind and administrative unit, and its ladder code. */
export const postFacts = (db: Db, postId: string) =>
  db
    .selectFrom('post as po')
    .innerJoin('org_unit as u', 'u.id', 'po.unit_id')
    .leftJoin('planning_post_code as pc', 'pc.post_id', 'po.id')
    .select([
      'po.id',
      'po.title',
      'po.unit_id',
      'po.valid_from',
      'po.valid_to',
      'u.name as unit_name',
      'u.kind as unit_kind',
      'u.admin_unit_id',
      'u.valid_to as unit_valid_to',
      'pc.ladder_code',
    ])
    .where('po.id', '=', postId)
    .executeTakeFirst();
export type PostFact = NonNullable<Awaited<ReturnType<typeof postFacts>>>;

export const tenuresOfPost = (db: Db, postId: string) =>
  db.selectFrom('tenure').select(['id', 'person_id', 'start_date', 'end_date']).where('post_id', '=', postId).execute();

export const terms = (db: Db) => db.selectFrom('term').select(['id', 'body', 'name', 'start_year', 'end_year']).execute();

/** The place tree around the given ids: administrative parents upwards, mergers (administrative and organisational) backwards. */
export async function placeEdges(
  db: Db,
  ids: readonly string[],
): Promise<{ parents: Map<string, string | null>; predecessors: Map<string, string[]> }> {
  const parents = new Map<string, string | null>();
  const predecessors = new Map<string, string[]>();
  if (ids.length === 0) return { parents, predecessors };
  const list = sql.join([...new Set(ids)]);
  const up = await sql<{ id: string; parent_id: string | null }>`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM admin_unit WHERE id IN (${list})
      UNION
      SELECT a.id, a.parent_id FROM admin_unit a JOIN up ON a.id = up.parent_id
    ) SELECT id, parent_id FROM up`.execute(db);
  for (const r of up.rows) parents.set(r.id, r.parent_id);
  const back = await sql<{ new_id: string; old_id: string }>`
    WITH RECURSIVE back(new_id, old_id) AS (
      SELECT new_id, old_id FROM admin_unit_successor WHERE new_id IN (${list})
      UNION
      SELECT s.new_id, s.old_id FROM admin_unit_successor s JOIN back ON s.new_id = back.old_id
    ) SELECT new_id, old_id FROM back`.execute(db);
  const orgBack = await sql<{ new_id: string; old_id: string }>`
    WITH RECURSIVE back(new_id, old_id) AS (
      SELECT successor_id::text, predecessor_id::text FROM org_unit_history WHERE successor_id::text IN (${list})
      UNION
      SELECT h.successor_id::text, h.predecessor_id::text FROM org_unit_history h JOIN back ON h.successor_id::text = back.old_id
    ) SELECT new_id, old_id FROM back`.execute(db);
  for (const r of [...back.rows, ...orgBack.rows]) predecessors.set(r.new_id, [...(predecessors.get(r.new_id) ?? []), r.old_id]);
  return { parents, predecessors };
}

// ---- proposals ----

export const insertProposal = (db: Db, row: Insertable<PersonnelProposalTable>) =>
  db.insertInto('personnel_proposal').values(row).returningAll().executeTakeFirstOrThrow();

export function proposalById(db: Db, id: string, forUpdate = false) {
  const q = db.selectFrom('personnel_proposal').selectAll().where('id', '=', id);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof proposalById>>>;

export const updateProposal = (db: Db, id: string, version: number, values: Updateable<PersonnelProposalTable>) =>
  db
    .updateTable('personnel_proposal')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const linkTenure = (db: Db, proposalId: string, tenureId: string, effect: 'started' | 'ended') =>
  db.insertInto('personnel_tenure_link').values({ proposal_id: proposalId, tenure_id: tenureId, effect }).execute();

export const linksOf = (db: Db, proposalId: string) =>
  db
    .selectFrom('personnel_tenure_link as l')
    .innerJoin('tenure as t', 't.id', 'l.tenure_id')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .select(['t.id', 'l.effect', 'po.title', 't.start_date', 't.end_date'])
    .where('l.proposal_id', '=', proposalId)
    .execute();

/** A proposal's list row: the person, the post and the unit named. */
const proposalRows = (db: Db) =>
  db
    .selectFrom('personnel_proposal as pr')
    .innerJoin('person as p', 'p.id', 'pr.person_id')
    .innerJoin('org_unit as u', 'u.id', 'pr.unit_id')
    .leftJoin('post as po', 'po.id', 'pr.post_id')
    .select([
      'pr.id',
      'pr.kind',
      'pr.status',
      'pr.person_id',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'po.title as post_title',
      'u.name as unit_name',
      'pr.effective_date',
      'pr.checks',
      'pr.decision_ref',
    ]);

/** One page of the proposals of the units under `unitId` (the unit decided for lies in its subtree), with their total. */
export async function proposalsUnder(
  db: Db,
  unitId: string,
  filter: { status?: 'proposed' | 'approved' | 'rejected'; kind?: ProposalKind },
  page: { limit: number; offset: number },
) {
  let q = proposalRows(db).where(inSubtrees([unitId], 'pr.unit_id'));
  if (filter.status) q = q.where('pr.status', '=', filter.status);
  if (filter.kind) q = q.where('pr.kind', '=', filter.kind);
  const [rows, count] = await Promise.all([
    q.orderBy('pr.effective_date', 'desc').orderBy('pr.id').limit(page.limit).offset(page.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const decidedAbout = (db: Db, personId: string) =>
  proposalRows(db).where('pr.person_id', '=', personId).where('pr.status', '=', 'approved').orderBy('pr.effective_date', 'desc').execute();

/** The approved moves about a person with their decision and the tenures each ended or started. */
export async function decidedMovesOf(db: Db, personId: string) {
  const rows = await db
    .selectFrom('personnel_proposal')
    .select([
      'id',
      'kind',
      'status',
      'unit_id',
      'person_id',
      'effective_date',
      'planned_end_date',
      'decision_ref',
      'decision_date',
      'signer',
    ])
    .where('person_id', '=', personId)
    .where('status', '=', 'approved')
    .orderBy('effective_date', 'desc')
    .execute();
  const links = rows.length
    ? await db
        .selectFrom('personnel_tenure_link')
        .select(['proposal_id', 'tenure_id', 'effect'])
        .where(
          'proposal_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => ({ ...r, links: links.filter((l) => l.proposal_id === r.id) }));
}

export const unitName = (db: Db, id: string) =>
  db.selectFrom('org_unit').select(['id', 'name', 'admin_unit_id']).where('id', '=', id).executeTakeFirst();

export const unitKinds = async (db: Db, ids: readonly string[]) =>
  (
    await db
      .selectFrom('org_unit')
      .select('kind')
      .where('id', 'in', [...ids])
      .execute()
  ).map((r) => r.kind);

/** Locks the post a move fills, so that two decisions cannot both pass the one-seat check. */
export const lockPost = (db: Db, id: string) => db.selectFrom('post').select('id').where('id', '=', id).forUpdate().execute();

export const lockTenure = (db: Db, id: string) =>
  db.selectFrom('tenure').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();

export const endTenureRow = (db: Db, id: string, version: number, endDate: string, decisionRef: string | null) =>
  db
    .updateTable('tenure')
    .set({ end_date: endDate, decision_ref: decisionRef, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const insertTenure = (db: Db, row: Insertable<TenureTable>) => db.insertInto('tenure').values(row).execute();

/**
 * The administrative unit each organisation unit stands for: its own, or that of the nearest unit above it
 * (a commune's People's Committee is the commune's locality; a unit of before the merger, its old commune).
 */
export async function localities(db: Db, unitIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return out;
  const rows = await sql<{ unit_id: string; admin_unit_id: string; depth: string | number }>`
    SELECT c.descendant_id AS unit_id, u.admin_unit_id,
           (SELECT count(*) FROM org_unit_closure c2 WHERE c2.descendant_id = u.id) AS depth
    FROM org_unit_closure c JOIN org_unit u ON u.id = c.ancestor_id
    WHERE c.descendant_id IN (${sql.join(ids)}) AND u.admin_unit_id IS NOT NULL`.execute(db);
  const best = new Map<string, number>();
  for (const r of rows.rows) {
    const d = Number(r.depth);
    if (d > (best.get(r.unit_id) ?? -1)) {
      best.set(r.unit_id, d);
      out.set(r.unit_id, r.admin_unit_id);
    }
  }
  return out;
}
