// All SQL of the planning module's own tables: the ladder, committee sizes, post links, plans,
// candidates (never deleted: decision 0019), approvals and ballots.
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { DB, PlanningCandidateTable, PlanningLadderPostTable, PlanningPlanTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB>;
export type LadderRow = Selectable<PlanningLadderPostTable>;
export type PlanRow = Selectable<PlanningPlanTable>;
export type CandidateRow = Selectable<PlanningCandidateTable>;

export const ladderRows = (db: Db): Promise<LadderRow[]> => db.selectFrom('planning_ladder_post').selectAll().orderBy('sort').execute();

export const ladderRow = (db: Db, code: string, lock = false) => {
  const q = db.selectFrom('planning_ladder_post').selectAll().where('code', '=', code);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const updateLadderRow = (db: Db, code: string, version: number, values: Updateable<PlanningLadderPostTable>) =>
  db
    .updateTable('planning_ladder_post')
    .set({ ...values, version: sql`version + 1` })
    .where('code', '=', code)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

export const committeeSizes = (db: Db) =>
  db.selectFrom('planning_committee_size').selectAll().orderBy('unit_kind').orderBy('term_id').orderBy('committee').execute();

export const terms = (db: Db) => db.selectFrom('term').selectAll().orderBy('body').orderBy('start_year').execute();
export const termById = (db: Db, id: string) => db.selectFrom('term').selectAll().where('id', '=', id).executeTakeFirst();

export const postLadderCode = (db: Db, postId: string) =>
  db.selectFrom('planning_post_code').select('ladder_code').where('post_id', '=', postId).executeTakeFirst();
export const setPostLadderCode = async (db: Db, postId: string, code: string | null) => {
  await db.deleteFrom('planning_post_code').where('post_id', '=', postId).execute();
  if (code !== null) await db.insertInto('planning_post_code').values({ post_id: postId, ladder_code: code }).execute();
};

export const plansOfUnit = (db: Db, unitId: string) =>
  db.selectFrom('planning_plan as p').select(['p.id', 'p.term_id', 'p.status', 'p.version']).where('p.unit_id', '=', unitId).execute();

export const planById = (db: Db, id: string, lock = false) => {
  const q = db.selectFrom('planning_plan').selectAll().where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
};

export const planOf = (db: Db, unitId: string, termId: string) =>
  db.selectFrom('planning_plan').selectAll().where('unit_id', '=', unitId).where('term_id', '=', termId).executeTakeFirst();

export const insertPlan = (db: Db, row: { id: string; unit_id: string; term_id: string; created_by: string }) =>
  db.insertInto('planning_plan').values(row).returningAll().executeTakeFirstOrThrow();

/** Bumps the plan's version (every change to its candidates, approvals or ballots), or null when `version` is stale. */
export const bumpPlan = (db: Db, id: string, version: number, status?: 'draft' | 'approved') =>
  db
    .updateTable('planning_plan')
    .set({ version: sql`version + 1`, ...(status ? { status } : {}) })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

/** The candidates of a plan as it stood at the end of `asOf` (history model of decision 0019); `withRemoved` adds those who left by then. */
export const candidatesAsOf = (db: Db, planId: string, asOf: string, withRemoved = false) =>
  db
    .selectFrom('planning_candidate')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('added_on', '<=', asOf)
    .$if(!withRemoved, (q) => q.where((eb) => eb.or([eb('removed_on', 'is', null), eb('removed_on', '>', asOf)])))
    .orderBy('added_on')
    .orderBy('id')
    .execute();

/** The active (not removed) candidates of any plan of the same term whose posts share an approving level, for the posts-per-candidate cap. */
export const activeEntriesOfPerson = (db: Db, personId: string, termId: string) =>
  db
    .selectFrom('planning_candidate as c')
    .innerJoin('planning_plan as p', 'p.id', 'c.plan_id')
    .select(['c.person_id', 'c.post_code', 'c.target_level'])
    .where('c.person_id', '=', personId)
    .where('p.term_id', '=', termId)
    .where('c.status', '<>', 'removed')
    .execute();

export const candidateById = (db: Db, id: string) =>
  db.selectFrom('planning_candidate').selectAll().where('id', '=', id).executeTakeFirst();

export const insertCandidate = (db: Db, row: Insertable<PlanningCandidateTable>) =>
  db.insertInto('planning_candidate').values(row).returningAll().executeTakeFirstOrThrow();

export const removeCandidate = (
  db: Db,
  id: string,
  values: { removed_on: string; removal_kind: 'manual' | 'review' | 'discipline'; removal_reason: string; discipline_id?: string | null },
) =>
  db
    .updateTable('planning_candidate')
    .set({ ...values, status: 'removed' })
    .where('id', '=', id)
    .where('status', '<>', 'removed')
    .returningAll()
    .executeTakeFirst();

export const insertApproval = (
  db: Db,
  row: { id: string; plan_id: string; decision_ref: string; decision_date: string; approved_by: string; candidates: number },
) => db.insertInto('planning_approval').values(row).returningAll().executeTakeFirstOrThrow();

export const approveProposed = (db: Db, planId: string, approvalId: string, on: string) =>
  db
    .updateTable('planning_candidate')
    .set({ status: 'approved', approved_on: on, approval_id: approvalId })
    .where('plan_id', '=', planId)
    .where('status', '=', 'proposed')
    .returning(['id', 'person_id', 'post_code', 'target_level'])
    .execute();

export const approvalsAsOf = (db: Db, planId: string, asOf: string) =>
  db
    .selectFrom('planning_approval')
    .select(['decision_ref', 'decision_date', 'candidates'])
    .where('plan_id', '=', planId)
    .where('decision_date', '<=', asOf)
    .orderBy('decision_date')
    .orderBy('approved_at')
    .execute();

/** Every approval of a unit's plans, oldest first (the cadence: the next term's plan approved, the yearly top-ups). */
export const approvalsOfUnit = (db: Db, unitId: string) =>
  db
    .selectFrom('planning_approval as a')
    .innerJoin('planning_plan as p', 'p.id', 'a.plan_id')
    .select(['a.plan_id', 'p.term_id', 'a.decision_date'])
    .where('p.unit_id', '=', unitId)
    .orderBy('a.decision_date')
    .execute();

export const ballotsOf = (db: Db, planId: string) =>
  db.selectFrom('planning_ballot').selectAll().where('plan_id', '=', planId).orderBy('post_code').orderBy('round').execute();

export const ballotRoundTaken = async (db: Db, planId: string, postCode: string, round: number) =>
  !!(await db
    .selectFrom('planning_ballot')
    .select('id')
    .where('plan_id', '=', planId)
    .where('post_code', '=', postCode)
    .where('round', '=', round)
    .executeTakeFirst());

export const insertBallot = (
  db: Db,
  row: {
    id: string;
    plan_id: string;
    post_code: string;
    round: number;
    held_on: string;
    members: number;
    present: number;
    votes: string;
    recorded_by: string;
  },
) => db.insertInto('planning_ballot').values(row).returningAll().executeTakeFirstOrThrow();

/** Active candidacies of a person (the discipline hook): with the day each entered the plan. */
export const activeCandidaciesOfPerson = (db: Db, personId: string) =>
  db
    .selectFrom('planning_candidate as c')
    .innerJoin('planning_plan as p', 'p.id', 'c.plan_id')
    .select(['c.id', 'c.plan_id', 'c.post_code', 'c.added_on', 'c.approved_on', 'c.status', 'p.unit_id'])
    .where('c.person_id', '=', personId)
    .where('c.status', '<>', 'removed')
    .forUpdate('c')
    .execute();

/** A change the system makes (the discipline hook): the version moves on so that open forms get 409. */
export const touchPlan = (db: Db, id: string) =>
  db
    .updateTable('planning_plan')
    .set({ version: sql`version + 1` })
    .where('id', '=', id)
    .execute();

/** The overview: a term's plans of the units under `unitId`, with the unit's kind and name. */
export const plansOfTermUnder = (db: Db, termId: string, unitId: string) =>
  db
    .selectFrom('planning_plan as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.unit_id', 'p.status', 'u.kind', 'u.name'])
    .where('p.term_id', '=', termId)
    .where(inSubtrees([unitId], 'p.unit_id'))
    .orderBy('u.name')
    .execute();

/** The overview: the units under `unitId` (itself included) of a kind that has a plan (commune level, province), in being on `on`. */
export const plannedKindUnitsUnder = (db: Db, unitId: string, on: string) =>
  db
    .selectFrom('org_unit as u')
    .select(['u.id', 'u.name'])
    .where('u.kind', 'in', ['commune', 'ward', 'special_zone', 'province'])
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>', on)]))
    .where(inSubtrees([unitId], 'u.id'))
    .orderBy('u.name')
    .execute();

/**
 * The overview and the unit's plans: the active (not removed) candidates of the plans, with their status —
 * a reader of approved plans only counts the approved ones, as the plan page shows them.
 */
export const activeCandidatesOfPlans = async (db: Db, planIds: readonly string[]) =>
  planIds.length === 0
    ? []
    : db
        .selectFrom('planning_candidate')
        .select(['plan_id', 'person_id', 'post_code', 'target_level', 'status'])
        .where('plan_id', 'in', [...planIds])
        .where('status', '<>', 'removed')
        .execute();

/** The procedure's records of a unit (decision 0030): the yearly reviews held, the reports sent upward. */
export const procedureRecordsOfUnit = (db: Db, unitId: string) =>
  db.selectFrom('planning_procedure_record').selectAll().where('unit_id', '=', unitId).orderBy('year').orderBy('kind').execute();

export const insertProcedureRecord = (db: Db, row: Insertable<DB['planning_procedure_record']>) =>
  db
    .insertInto('planning_procedure_record')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();

export const committeeSize = (
  db: Db,
  unitKind: 'commune' | 'province',
  termId: string,
  committee: 'executive' | 'standing' | 'inspection',
) =>
  db
    .selectFrom('planning_committee_size')
    .selectAll()
    .where('unit_kind', '=', unitKind)
    .where('term_id', '=', termId)
    .where('committee', '=', committee)
    .executeTakeFirst();

export const updateCommitteeSize = (
  db: Db,
  key: { unitKind: 'commune' | 'province'; termId: string; committee: 'executive' | 'standing' | 'inspection' },
  version: number,
  fixed: number,
) =>
  db
    .updateTable('planning_committee_size')
    .set((eb) => ({ fixed, version: eb('version', '+', 1) }))
    .where('unit_kind', '=', key.unitKind)
    .where('term_id', '=', key.termId)
    .where('committee', '=', key.committee)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
