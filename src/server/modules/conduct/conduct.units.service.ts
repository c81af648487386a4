// Recording and reading the conduct records about a unit (Quy định 366-QĐ/TW, Điều 11): the
// discipline of a Party organisation or unit (its own KHT trigger; its parent's HTXS gate), the
// corruption, waste or negative conduct concluded in it (the trigger of the leaders who directly lead
// it), and a collective's shortcomings from the previous review (its HTXS gate; fixed through
// /api/shortcomings/:id/fixed). Scoped by the unit itself; every record audited under it.
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntityType } from '../../../contracts/audit-vocabulary.js';
import type { Kysely, Transaction } from 'kysely';
import type {
  CreateIncidentRequest,
  CreateShortcomingRequest,
  CreateUnitDisciplineRequest,
  IncidentList,
  IncidentView,
  ShortcomingList,
  ShortcomingView,
  UnitDisciplineList,
  UnitDisciplineView,
} from '../../../contracts/conduct.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { assertCanRead, assertCanWrite, canWrite } from './conduct.policy.js';
import { presentShortcoming } from './conduct.presenter.js';
import * as q from './conduct.units.queries.js';

type Trx = Transaction<DB>;

const presentUnitDiscipline = (r: q.UnitDisciplineRow): UnitDisciplineView => ({
  id: r.id,
  unitId: r.unit_id,
  kind: r.kind,
  decidedOn: r.decided_on,
  breachOn: r.breach_on,
  reason: r.reason,
  decisionRef: r.decision_ref,
});
const presentIncident = (r: q.IncidentRow): IncidentView => ({
  id: r.id,
  unitId: r.unit_id,
  kind: r.kind,
  concludedOn: r.concluded_on,
  text: r.text,
  decisionRef: r.decision_ref,
});

function notFuture(field: string, date: string): void {
  if (date > todayInVietnam()) throw fieldError(field, 'v.conduct.future');
}

async function listOf<R, V>(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  load: (db: Kysely<DB>, id: string) => Promise<R[]>,
  present: (r: R, edit: boolean) => V,
) {
  await assertCanRead(db, actor, unitId);
  const edit = await canWrite(db, actor, unitId);
  return { items: (await load(db, unitId)).map((r) => present(r, edit)), actions: { create: edit } };
}

async function audited<V extends { id: string }>(
  trx: Trx,
  ctx: AuditContext,
  action: AuditAction,
  entityType: AuditEntityType,
  unitId: string,
  view: V,
): Promise<V> {
  const { id: _id, ...after } = view as V & Record<string, unknown>;
  delete (after as Record<string, unknown>).actions;
  await recordAudit(trx, ctx, [{ action, entityType, entityId: view.id, unitId, after }]);
  return view;
}

export const listUnitDisciplines = (db: Kysely<DB>, actor: Actor, unitId: string): Promise<UnitDisciplineList> =>
  listOf(db, actor, unitId, q.unitDisciplinesOf, presentUnitDiscipline);

export async function createUnitDiscipline(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  body: CreateUnitDisciplineRequest,
): Promise<UnitDisciplineView> {
  await assertCanWrite(trx, actor, unitId);
  notFuture('decidedOn', body.decidedOn);
  const row = await q.insertUnitDiscipline(trx, {
    id: randomUUID(),
    unit_id: unitId,
    kind: body.kind,
    decided_on: body.decidedOn,
    breach_on: body.breachOn ?? null,
    reason: body.reason,
    decision_ref: body.decisionRef ?? null,
  });
  return audited(trx, ctx, 'unit_discipline.create', 'unit_discipline', unitId, presentUnitDiscipline(row));
}

export const listIncidents = (db: Kysely<DB>, actor: Actor, unitId: string): Promise<IncidentList> =>
  listOf(db, actor, unitId, q.incidentsOf, presentIncident);

export async function createIncident(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  body: CreateIncidentRequest,
): Promise<IncidentView> {
  await assertCanWrite(trx, actor, unitId);
  notFuture('concludedOn', body.concludedOn);
  const row = await q.insertIncident(trx, {
    id: randomUUID(),
    unit_id: unitId,
    kind: body.kind,
    concluded_on: body.concludedOn,
    text: body.text,
    decision_ref: body.decisionRef ?? null,
  });
  return audited(trx, ctx, 'scope_incident.create', 'scope_incident', unitId, presentIncident(row));
}

export const listUnitShortcomings = (db: Kysely<DB>, actor: Actor, unitId: string): Promise<ShortcomingList> =>
  listOf(db, actor, unitId, q.unitShortcomingsOf, presentShortcoming);

export async function createUnitShortcoming(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  body: CreateShortcomingRequest,
): Promise<ShortcomingView> {
  await assertCanWrite(trx, actor, unitId);
  notFuture('notedOn', body.notedOn);
  const row = await q.insertUnitShortcoming(trx, { id: randomUUID(), unit_id: unitId, noted_on: body.notedOn, text: body.text });
  return audited(trx, ctx, 'shortcoming.create', 'shortcoming', unitId, presentShortcoming(row, true));
}
