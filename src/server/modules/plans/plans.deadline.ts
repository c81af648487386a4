// The plan deadline of a unit: its own `unit_setting` 'plans.deadline', else the nearest
// ancestor's, else the regulation default (Friday 17:00). Read by every role in scope, written by
// standing, office and admin in scope; each write audited as 'plan.deadline_set'.
import type { Kysely } from 'kysely';
import type { PlanDeadlineInput, PlanDeadlineView } from '../../../contracts/plans.js';
import type { DB } from '../../db/schema.js';
import { conflict, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { unitInSubtrees } from '../org/index.js';
import { getSetting } from '../settings/index.js';
import { assertMay, assertUnitInScope } from '../../http/access.js';
import { deadlineWriteRoots } from './plans.policy.js';
import * as q from './plans.queries.js';
import type { PlanDeadline } from './plans.week.js';

export interface ResolvedDeadline extends PlanDeadline {
  source: 'unit' | 'ancestor' | 'default';
  sourceUnitId: string | null;
  /** Version of the unit's own row, when it has one. */
  version: number | null;
}

function asDeadline(value: unknown): PlanDeadline {
  const v = value as Partial<PlanDeadline>;
  return { weekday: Number(v.weekday), time: String(v.time) };
}

export async function resolveDeadline(db: Kysely<DB>, unitId: string): Promise<ResolvedDeadline> {
  const row = await q.nearestDeadlineSetting(db, unitId);
  if (row) {
    const own = row.unit_id === unitId;
    return { ...asDeadline(row.value), source: own ? 'unit' : 'ancestor', sourceUnitId: row.unit_id, version: own ? row.version : null };
  }
  return { ...asDeadline(await getSetting(db, q.DEADLINE_KEY)), source: 'default', sourceUnitId: null, version: null };
}

async function present(db: Kysely<DB>, actor: Actor, unitId: string): Promise<PlanDeadlineView> {
  const d = await resolveDeadline(db, unitId);
  const edit = await unitInSubtrees(db, deadlineWriteRoots(actor), unitId);
  return {
    unitId,
    weekday: d.weekday,
    time: d.time,
    source: d.source,
    sourceUnitId: d.sourceUnitId,
    version: d.version,
    actions: { edit },
  };
}

export async function getDeadline(db: Kysely<DB>, actor: Actor, unitId: string): Promise<PlanDeadlineView> {
  if (!(await q.unitById(db, unitId))) throw notFound();
  await assertUnitInScope(db, actor, 'plans.deadline.read', unitId);
  return present(db, actor, unitId);
}

/** Sets the unit's own deadline; `version` must match its current row (none → create). */
export async function putDeadline(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  input: PlanDeadlineInput,
): Promise<PlanDeadlineView> {
  if (!(await q.unitById(db, unitId))) throw notFound();
  await assertUnitInScope(db, actor, 'plans.deadline.read', unitId);
  await assertMay(db, actor, 'plans.deadline.write', unitId);
  const value = { weekday: input.weekday, time: input.time };
  await db.transaction().execute(async (trx) => {
    const current = await q.lockOwnSetting(trx, unitId);
    if (current) {
      if (input.version !== current.version || !(await q.updateSetting(trx, unitId, current.version, value))) throw conflict();
    } else {
      if (input.version !== undefined) throw conflict();
      await q.insertSetting(trx, unitId, value);
    }
    await recordAudit(trx, ctx, [
      {
        action: 'plan.deadline_set',
        entityType: 'unit_setting',
        entityId: `${unitId}/${q.DEADLINE_KEY}`,
        unitId,
        before: current ? { key: q.DEADLINE_KEY, value: current.value, version: current.version } : null,
        after: { key: q.DEADLINE_KEY, value, version: current ? current.version + 1 : 1 },
      },
    ]);
  });
  return present(db, actor, unitId);
}
