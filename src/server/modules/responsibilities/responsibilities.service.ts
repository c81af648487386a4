// Responsibilities: list (in scope, in force on a date), create, update (note, end date).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CreateResponsibilityRequest,
  ResponsibilityBrief,
  ResponsibilityQuery,
  ResponsibilityView,
  UpdateResponsibilityRequest,
} from '../../../contracts/responsibilities.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, conflict, fieldError, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { assertCanRead, assertCanWrite, canWrite, readRoots } from './responsibilities.policy.js';
import { loadInScope } from '../../http/access.js';
import { unitInSubtrees } from '../org/index.js';
import { auditFields, presentBrief, presentResponsibility } from './responsibilities.presenter.js';
import * as q from './responsibilities.queries.js';

const LIST_LIMIT = 1000;

async function editableUnits(db: Kysely<DB>, actor: Actor, unitIds: string[]): Promise<Set<string>> {
  const ok = new Set<string>();
  for (const id of new Set(unitIds)) if (await canWrite(db, actor, id)) ok.add(id);
  return ok;
}

export async function listResponsibilities(
  db: Kysely<DB>,
  actor: Actor,
  query: ResponsibilityQuery,
  locale: Locale,
): Promise<ResponsibilityView[]> {
  if (query.unitId) await assertCanRead(db, actor, query.unitId);
  const rows = await q.listResponsibilities(db, {
    ...query,
    roots: readRoots(actor),
    asOf: query.asOf ?? todayInVietnam(),
    limit: LIST_LIMIT,
  });
  const editable = await editableUnits(
    db,
    actor,
    rows.map((r) => r.unit_id),
  );
  return rows.map((r) => presentResponsibility(r, locale, editable.has(r.unit_id)));
}

/** Field-named problems with the references of a new responsibility (all of them at once). */
async function checkRefs(db: Transaction<DB>, actor: Actor, body: CreateResponsibilityRequest): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const found = await q.personUnit(db, body.personId);
  // A person outside the actor's scope is unknown here, exactly like a missing one (issue 7, class 5).
  const personUnit = found && (await unitInSubtrees(db, readRoots(actor), found)) ? found : null;
  if (!personUnit) issues.push({ field: 'personId', key: 'v.unknown_ref', params: { field: 'personId' } });
  else if (!(await q.isWithin(db, body.unitId, personUnit))) issues.push({ field: 'personId', key: 'v.person_not_in_unit' });
  if (body.termId && !(await q.termExists(db, body.termId)))
    issues.push({ field: 'termId', key: 'v.unknown_ref', params: { field: 'termId' } });
  if (body.fieldCode && !(await q.workFieldExists(db, body.fieldCode)))
    issues.push({ field: 'fieldCode', key: 'v.unknown_ref', params: { field: 'fieldCode' } });
  if (body.areaUnitId) {
    if (!(await q.unitExists(db, body.areaUnitId)) || !(await unitInSubtrees(db, readRoots(actor), body.areaUnitId)))
      issues.push({ field: 'areaUnitId', key: 'v.unknown_ref', params: { field: 'areaUnitId' } });
    else if (!(await q.isWithin(db, body.unitId, body.areaUnitId))) issues.push({ field: 'areaUnitId', key: 'v.area_not_in_unit' });
  }
  return issues;
}

export async function createResponsibility(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  body: CreateResponsibilityRequest,
  locale: Locale,
): Promise<ResponsibilityView> {
  await assertCanWrite(trx, actor, body.unitId);
  const issues = await checkRefs(trx, actor, body);
  if (issues.length) throw invalid(...issues);
  const id = randomUUID();
  await q.insertResponsibility(trx, {
    id,
    person_id: body.personId,
    unit_id: body.unitId,
    term_id: body.termId ?? null,
    field_code: body.fieldCode ?? null,
    area_unit_id: body.areaUnitId ?? null,
    note: body.note,
    valid_from: body.validFrom,
    valid_to: body.validTo ?? null,
  });
  const row = (await q.responsibilityById(trx, id))!;
  await recordAudit(trx, ctx, [
    {
      action: 'responsibility.create',
      entityType: 'responsibility',
      entityId: id,
      personId: row.person_id,
      unitId: row.unit_id,
      after: auditFields(row),
    },
  ]);
  return presentResponsibility(row, locale, true);
}

export async function updateResponsibility(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: UpdateResponsibilityRequest,
  locale: Locale,
): Promise<ResponsibilityView> {
  const before = await loadInScope(
    trx,
    actor,
    'responsibilities.write',
    () => q.responsibilityById(trx, id),
    (r) => r.unit_id,
  );
  const validTo = body.validTo === undefined ? before.valid_to : body.validTo;
  if (validTo !== null && validTo <= before.valid_from) throw fieldError('validTo', 'v.date_order');
  const saved = await q.updateResponsibility(trx, id, body.version, { note: body.note ?? before.note, valid_to: validTo });
  if (!saved) throw conflict();
  const after = (await q.responsibilityById(trx, id))!;
  await recordAudit(trx, ctx, [
    {
      action: 'responsibility.update',
      entityType: 'responsibility',
      entityId: id,
      personId: after.person_id,
      unitId: after.unit_id,
      before: auditFields(before),
      after: auditFields(after),
    },
  ]);
  return presentResponsibility(after, locale, true);
}

/**
 * Responsibilities in force on `asOf` of each person, for person, unit and task views. No scope
 * check here: callers show them next to people they have already checked the actor may see.
 */
export async function responsibilitiesOf(
  db: Kysely<DB>,
  personIds: string[],
  asOf: string = todayInVietnam(),
  locale: Locale = 'vi',
): Promise<Map<string, ResponsibilityBrief[]>> {
  const out = new Map<string, ResponsibilityBrief[]>(personIds.map((p) => [p, []]));
  for (const row of await q.responsibilitiesOfPeople(db, personIds, asOf)) out.get(row.person_id)?.push(presentBrief(row, locale));
  return out;
}
