// Unit indicators: list with progress, create, update the target, record actual values.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CreateIndicatorRequest,
  IndicatorList,
  IndicatorView,
  RecordActualRequest,
  UpdateIndicatorRequest,
} from '../../../contracts/indicators.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { assertCanRead, assertCanWrite, canWrite } from './indicators.policy.js';
import { loadInScope } from '../../http/access.js';
import { auditActual, auditFields, presentIndicator } from './indicators.presenter.js';
import * as q from './indicators.queries.js';

type Trx = Transaction<DB>;

export async function listIndicators(db: Kysely<DB>, actor: Actor, unitId: string, year?: number): Promise<IndicatorList> {
  await assertCanRead(db, actor, unitId);
  const rows = await q.indicatorsOf(db, unitId, year ?? Number(todayInVietnam().slice(0, 4)));
  const actuals = await q.actualsOf(
    db,
    rows.map((r) => r.id),
  );
  const edit = await canWrite(db, actor, unitId);
  return {
    items: rows.map((r) =>
      presentIndicator(
        r,
        actuals.filter((a) => a.indicator_id === r.id),
        edit,
      ),
    ),
    actions: { create: edit },
  };
}

async function view(db: Kysely<DB>, row: q.IndicatorRow): Promise<IndicatorView> {
  return presentIndicator(row, await q.actualsOf(db, [row.id]), true);
}

export async function createIndicator(trx: Trx, actor: Actor, ctx: AuditContext, body: CreateIndicatorRequest): Promise<IndicatorView> {
  await assertCanWrite(trx, actor, body.unitId);
  if (await q.codeTaken(trx, body.unitId, body.year, body.code)) {
    throw new AppError(409, 'duplicate', [{ field: 'code', key: 'duplicate', params: { field: 'code' } }], { field: 'code' });
  }
  const row = await q.insertIndicator(trx, {
    id: randomUUID(),
    unit_id: body.unitId,
    year: body.year,
    code: body.code,
    name: body.name,
    measure: body.measure,
    target: body.target,
    direction: body.direction,
  });
  await recordAudit(trx, ctx, [
    { action: 'indicator.create', entityType: 'indicator', entityId: row.id, unitId: row.unit_id, after: auditFields(row) },
  ]);
  return view(trx, row);
}

/** The indicator, locked, after checking the actor may write its unit (404 otherwise, as for an unknown one). */
async function writable(trx: Trx, actor: Actor, id: string) {
  return loadInScope(
    trx,
    actor,
    'indicators.write',
    () => q.indicatorById(trx, id, true),
    (row) => row.unit_id,
  );
}

export async function updateIndicator(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: UpdateIndicatorRequest,
): Promise<IndicatorView> {
  const before = await writable(trx, actor, id);
  const after = await q.updateIndicator(trx, id, body.version, {
    name: body.name,
    measure: body.measure,
    target: body.target,
    direction: body.direction,
  });
  if (!after) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'indicator.update',
      entityType: 'indicator',
      entityId: id,
      unitId: after.unit_id,
      before: auditFields(before),
      after: auditFields(after),
    },
  ]);
  return view(trx, after);
}

export async function recordActual(
  trx: Trx,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: RecordActualRequest,
): Promise<IndicatorView> {
  // The lock on the indicator orders concurrent writers, so `before` is what gets replaced.
  const indicator = await writable(trx, actor, id);
  if (Number(body.periodEnd.slice(0, 4)) !== indicator.year) throw fieldError('periodEnd', 'v.period_year', { year: indicator.year });
  const before = await q.actualFor(trx, id, body.periodEnd);
  const after = await q.upsertActual(trx, {
    id: randomUUID(),
    indicator_id: id,
    period_end: body.periodEnd,
    value: body.value,
    note: body.note,
    recorded_by: actor.accountId,
  });
  await recordAudit(trx, ctx, [
    {
      action: 'indicator.actual',
      entityType: 'indicator',
      entityId: id,
      unitId: indicator.unit_id,
      before: before ? auditActual(before) : null,
      after: auditActual(after),
    },
  ]);
  return view(trx, indicator);
}
