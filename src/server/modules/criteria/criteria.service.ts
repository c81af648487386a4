// Cadre groups and criteria sets: list, read, create, edit. A set used by an evaluation is frozen:
// editing it creates the next version of its family and leaves the used one untouched, so every
// evaluation keeps the criteria it was scored on (Quy định 366-QĐ/TW: sets are versioned).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CadreGroupList,
  CadreGroupView,
  CreateCadreGroupRequest,
  CreateCriteriaSetRequest,
  CriteriaSetList,
  CriteriaSetView,
  UpdateCriteriaSetRequest,
} from '../../../contracts/criteria.js';
import {
  EVALUATION_FIDELITY_SETTING_KEYS,
  EVALUATION_SETTING_KEYS,
  type ResultsFormula,
  type ScoreSplit,
  resolveResultsFormula,
  validateCriteriaSet,
  validateResultsFormula,
} from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { getSetting } from '../settings/index.js';
import {
  assertCanEditOwned,
  auditUnitOf,
  canCreate,
  canEditOwned,
  canWrite,
  inView,
  ownerForNew,
  readRoots,
  requireReader,
  requireWriter,
} from './criteria.policy.js';
import { auditSet, presentGroup, presentSet, presentSetSummary } from './criteria.presenter.js';
import * as q from './criteria.queries.js';

type Trx = Transaction<DB>;

export async function listGroups(db: Kysely<DB>, actor: Actor, locale: Locale): Promise<CadreGroupList> {
  requireReader(actor);
  const groups = [];
  for (const g of await q.cadreGroups(db)) if (await inView(db, actor, g.owner_unit_id)) groups.push(presentGroup(g, locale));
  return { items: groups, actions: { create: await canCreate(db, actor) } };
}

export async function createGroup(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  body: CreateCadreGroupRequest,
  locale: Locale,
): Promise<CadreGroupView> {
  const owner = await ownerForNew(trx, actor, body.ownerUnitId);
  if ((await q.cadreGroupsByCode(trx, [body.code])).length) {
    throw new AppError(409, 'duplicate', [{ field: 'code', key: 'duplicate', params: { field: 'code' } }], { field: 'code' });
  }
  const row = await q.insertCadreGroup(trx, {
    code: body.code,
    name_vi: body.nameVi,
    name_en: body.nameEn,
    appendix: body.appendix,
    is_collective: body.appendix === 'PL1',
    is_leader: body.isLeader,
    rank: await q.nextGroupRank(trx),
    owner_unit_id: owner,
  });
  const view = presentGroup(row, locale);
  await recordAudit(trx, ctx, [
    { action: 'cadre_group.create', entityType: 'cadre_group', entityId: row.code, unitId: owner, after: { ...view, name: undefined } },
  ]);
  return view;
}

const globalFormula = (db: Kysely<DB>) => getSetting<ResultsFormula>(db, EVALUATION_SETTING_KEYS.resultsFormula);

type SetBody = CreateCriteriaSetRequest & { generalPoints: number; resultsPoints: number };

/**
 * Quy định 366-QĐ/TW (the regulation's 30 + 70, weights adding up) and Nghị định 335/2025/NĐ-CP,
 * Điều 14 (a usable formula); 400 naming each field. The parts follow the setting
 * 'evaluation.score_split' in force: left out, they are filled in from it; given otherwise, refused.
 */
async function validated<B extends CreateCriteriaSetRequest>(db: Kysely<DB>, body: B): Promise<B & SetBody> {
  const split = await getSetting<ScoreSplit>(db, EVALUATION_FIDELITY_SETTING_KEYS.scoreSplit);
  const full = {
    ...body,
    generalPoints: body.generalPoints ?? split.generalPoints,
    resultsPoints: body.resultsPoints ?? split.resultsPoints,
  };
  validateBody(full, await globalFormula(db), split);
  return full;
}

function validateBody(body: SetBody, base: ResultsFormula, split: ScoreSplit): void {
  const issues = validateCriteriaSet(
    { generalPoints: body.generalPoints, resultsPoints: body.resultsPoints, criteria: body.criteria },
    split,
  );
  for (const i of validateResultsFormula(resolveResultsFormula(base, body.resultsConfig))) {
    issues.push({ ...i, field: i.field.replace(/^formula/, 'resultsConfig') });
  }
  if (issues.length) throw invalid(...issues);
}

const setValues = (body: SetBody): q.SetValues => ({
  name: body.name,
  appendix: body.appendix,
  general_points: body.generalPoints,
  results_points: body.resultsPoints,
  results_config: JSON.stringify(body.resultsConfig),
});
const criterionValues = (body: CreateCriteriaSetRequest): q.CriterionValues[] =>
  body.criteria.map((c) => ({ part: c.part, code: c.code, title: c.title, max_points: c.maxPoints, source: c.source }));

export async function listSets(db: Kysely<DB>, actor: Actor): Promise<CriteriaSetList> {
  requireReader(actor);
  const sets = [];
  for (const s of await q.latestSets(db)) if (await inView(db, actor, s.owner_unit_id)) sets.push(s);
  const groups = await q.assignedGroupsOf(
    db,
    sets.map((s) => s.family),
    readRoots(actor),
  );
  const byFamily = (f: string) => groups.filter((g) => g.family === f).map((g) => g.cadre_group);
  return { items: sets.map((s) => presentSetSummary(s, byFamily(s.family))), actions: { create: await canCreate(db, actor) } };
}

async function view(db: Kysely<DB>, actor: Actor, set: q.SetRow): Promise<CriteriaSetView> {
  const criteria = await q.criteriaOf(db, [set.id]);
  const groups = await q.assignedGroupsOf(db, [set.family], readRoots(actor));
  const latest = await q.latestVersionNo(db, set.family);
  const base = await globalFormula(db);
  const edit = canWrite(actor) && (await canEditOwned(db, actor, set.owner_unit_id));
  return presentSet(
    set,
    criteria,
    groups.map((g) => g.cadre_group),
    latest,
    resolveResultsFormula(base, set.results_config),
    edit,
  );
}

export async function getSet(db: Kysely<DB>, actor: Actor, id: string): Promise<CriteriaSetView> {
  requireReader(actor);
  const set = await q.setById(db, id);
  // A set out of view (another commune's own) answers exactly like a missing one.
  if (!set || !(await inView(db, actor, set.owner_unit_id))) throw notFound();
  return view(db, actor, set);
}

export async function createSet(trx: Trx, actor: Actor, ctx: AuditContext, body: CreateCriteriaSetRequest): Promise<CriteriaSetView> {
  const owner = await ownerForNew(trx, actor, body.ownerUnitId);
  const full = await validated(trx, body);
  const id = randomUUID();
  const row = await q.insertSet(trx, {
    ...setValues(full),
    id,
    family: id,
    version_no: 1,
    created_by: actor.accountId,
    owner_unit_id: owner,
  });
  const criteria = criterionValues(body);
  await q.replaceCriteria(trx, id, criteria, randomUUID);
  await recordAudit(trx, ctx, [
    {
      action: 'criteria_set.create',
      entityType: 'criteria_set',
      entityId: id,
      unitId: owner,
      after: { ...auditSet(row, criteria), ownerUnitId: owner },
    },
  ]);
  return view(trx, actor, row);
}

/**
 * A draft is edited in place (stale version → 409). A frozen set is never changed: the edit
 * becomes version_no + 1 of the family (`created: true`, new id). Only the latest version of a
 * family may be edited, so versions stay a line.
 */
export async function updateSet(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: UpdateCriteriaSetRequest,
): Promise<{ created: boolean; set: CriteriaSetView }> {
  requireWriter(actor);
  const before = await q.setById(trx, id, true);
  if (!before || !(await inView(trx, actor, before.owner_unit_id))) throw notFound();
  await assertCanEditOwned(trx, actor, before.owner_unit_id);
  if (before.version !== body.version) throw conflict();
  const latest = await q.latestVersionNo(trx, before.family);
  if (latest !== before.version_no) {
    throw new AppError(409, 'conflict', [{ field: 'id', key: 'v.criteria.newer_version', params: { versionNo: latest } }]);
  }
  const full = await validated(trx, body);
  const beforeCriteria = await q.criteriaOf(trx, [id]);
  const criteria = criterionValues(body);
  const unitId = before.owner_unit_id ?? auditUnitOf(actor);

  if (before.frozen_at === null) {
    const after = await q.updateDraft(trx, id, body.version, setValues(full));
    if (!after) throw conflict();
    await q.replaceCriteria(trx, id, criteria, randomUUID);
    await recordAudit(trx, ctx, [
      {
        action: 'criteria_set.update',
        entityType: 'criteria_set',
        entityId: id,
        unitId,
        before: auditSet(before, beforeCriteria),
        after: auditSet(after, criteria),
      },
    ]);
    return { created: false, set: await view(trx, actor, after) };
  }

  const newId = randomUUID();
  const row = await q.insertSet(trx, {
    ...setValues(full),
    id: newId,
    family: before.family,
    version_no: latest + 1,
    created_by: actor.accountId,
    owner_unit_id: before.owner_unit_id,
  });
  await q.replaceCriteria(trx, newId, criteria, randomUUID);
  await recordAudit(trx, ctx, [
    {
      action: 'criteria_set.new_version',
      entityType: 'criteria_set',
      entityId: newId,
      unitId,
      before: { ...auditSet(before, beforeCriteria), id },
      after: auditSet(row, criteria),
    },
  ]);
  return { created: true, set: await view(trx, actor, row) };
}
