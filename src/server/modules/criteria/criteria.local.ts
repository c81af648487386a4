// /api/units/:id/settings/criteria-local: whether a province lets its units own criteria sets and
// cadre groups (issue 7, class 6). Read by every role in scope of the unit; written by a writer of
// the criteria (criteria.write) bound at the province or above; only a top-level unit has it.
import type { Kysely } from 'kysely';
import type { LocalConfigInput, LocalConfigView } from '../../../contracts/criteria.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, notFound } from '../../errors.js';
import { assertUnitInScope, requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { unitInSubtrees } from '../org/index.js';
import { getSetting } from '../settings/index.js';
import { LOCAL_CONFIG_KEY, writeRoots } from './criteria.policy.js';
import * as q from './criteria.queries.js';

async function present(db: Kysely<DB>, actor: Actor, unitId: string): Promise<LocalConfigView> {
  const own = await q.ownUnitSetting(db, unitId, LOCAL_CONFIG_KEY);
  const allowed = own
    ? (own.value as { allowed: boolean }).allowed
    : (await getSetting<{ allowed: boolean }>(db, LOCAL_CONFIG_KEY)).allowed;
  const edit = (await q.isTopLevel(db, unitId)) && (await unitInSubtrees(db, writeRoots(actor), unitId));
  return { unitId, allowed, source: own ? 'unit' : 'default', version: own ? own.version : null, actions: { edit } };
}

async function existing(db: Kysely<DB>, unitId: string): Promise<void> {
  if (!(await q.unitExists(db, unitId))) throw notFound();
}

export async function getLocalConfig(db: Kysely<DB>, actor: Actor, unitId: string): Promise<LocalConfigView> {
  await existing(db, unitId);
  await assertUnitInScope(db, actor, 'criteria.read', unitId);
  return present(db, actor, unitId);
}

/** Sets the province's choice; `version` must match its own row (none → create). */
export async function putLocalConfig(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  input: LocalConfigInput,
): Promise<LocalConfigView> {
  requireAction(actor, 'criteria.write');
  await existing(db, unitId);
  await assertUnitInScope(db, actor, 'criteria.write', unitId);
  if (!(await q.isTopLevel(db, unitId))) throw fieldError('id', 'v.criteria.local_top');
  const value = { allowed: input.allowed };
  await db.transaction().execute(async (trx) => {
    const current = await q.lockUnitSetting(trx, unitId, LOCAL_CONFIG_KEY);
    if (current) {
      if (input.version !== current.version || !(await q.updateUnitSetting(trx, unitId, LOCAL_CONFIG_KEY, current.version, value)))
        throw conflict();
    } else {
      if (input.version !== undefined) throw conflict();
      await q.insertUnitSetting(trx, unitId, LOCAL_CONFIG_KEY, value);
    }
    await recordAudit(trx, ctx, [
      {
        action: 'criteria.local_config_set',
        entityType: 'unit_setting',
        entityId: `${unitId}/${LOCAL_CONFIG_KEY}`,
        unitId,
        before: current ? { key: LOCAL_CONFIG_KEY, value: current.value, version: current.version } : null,
        after: { key: LOCAL_CONFIG_KEY, value, version: current ? current.version + 1 : 1 },
      },
    ]);
  });
  return present(db, actor, unitId);
}
