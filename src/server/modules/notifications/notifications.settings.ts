// Reminder offsets of a unit: its own setting, else the nearest ancestor's, else the regulation
// default. Writing replaces the unit's own setting (optimistic version), audited.
import type { Kysely, Transaction } from 'kysely';
import type { ReminderSettingsInput, ReminderSettingsView } from '../../../contracts/notifications.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { conflict } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { assertCanReadSettings, assertCanWriteSettings, canWriteSettings } from './notifications.policy.js';
import { defaultReminderDays, reminderDaysOf } from './notifications.reminders.js';
import * as q from './notifications.reminders.queries.js';

/** The offsets that apply to tasks of `unitId`, and where they come from. */
export async function effectiveReminderDays(db: Kysely<DB>, unitId: string) {
  const nearest = await q.nearestSetting(db, unitId, q.REMINDER_KEY);
  const days = nearest ? reminderDaysOf(nearest.value) : null;
  if (nearest && days) {
    const own = nearest.unit_id === unitId;
    return {
      days,
      source: own ? ('unit' as const) : ('ancestor' as const),
      sourceUnitId: nearest.unit_id,
      version: own ? nearest.version : null,
    };
  }
  return { days: await defaultReminderDays(db, todayInVietnam()), source: 'default' as const, sourceUnitId: null, version: null };
}

export async function reminderSettings(db: Kysely<DB>, actor: Actor, unitId: string): Promise<ReminderSettingsView> {
  await assertCanReadSettings(db, actor, unitId);
  const eff = await effectiveReminderDays(db, unitId);
  return { unitId, ...eff, actions: { edit: await canWriteSettings(db, actor, unitId) } };
}

export async function putReminderSettings(
  trx: Transaction<DB>,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  body: ReminderSettingsInput,
): Promise<ReminderSettingsView> {
  await assertCanWriteSettings(trx, actor, unitId);
  const days = [...body.days].sort((a, b) => b - a);
  const own = await q.ownSettingForUpdate(trx, unitId, q.REMINDER_KEY);
  // No version means "the unit has no setting of its own yet"; a version must match the stored one.
  if (own ? body.version !== own.version : body.version !== undefined) throw conflict();
  const saved = own
    ? await q.updateSetting(trx, unitId, q.REMINDER_KEY, own.version, days)
    : await q.insertSetting(trx, unitId, q.REMINDER_KEY, days);
  if (!saved) throw conflict();
  await recordAudit(trx, ctx, [
    {
      action: 'unit_setting.update',
      entityType: 'unit_setting',
      entityId: `${unitId}:${q.REMINDER_KEY}`,
      unitId,
      before: own ? { days: own.value } : null,
      after: { days },
    },
  ]);
  return { unitId, days, source: 'unit', sourceUnitId: unitId, version: saved.version, actions: { edit: true } };
}
