// Who may do what with notifications and reminder settings (matrix: notifications.inbox,
// notifications.settings.read, notifications.settings.write). The inbox belongs to the person
// linked to the account: nobody reads another person's inbox, and a notification of someone else
// answers 404. Reminder settings of a unit are read by every role in scope (they explain when
// reminders come) and written by the settings' writers in scope.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, type UnitCoverage, actVerdict, covers, enforce, readVerdict, unitCoverage } from '../../http/access.js';

export const settingsReadVerdict = (actor: Coverage, unit: UnitCoverage) => readVerdict(actor, 'notifications.settings.read', unit);
/** 403 for roles that never write settings; 404 outside the actor's write scope. */
export const settingsWriteVerdict = (actor: Coverage, unit: UnitCoverage) => actVerdict(actor, 'notifications.settings.write', unit);

export async function assertCanReadSettings(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(settingsReadVerdict(actor, await unitCoverage(db, unitId)));
}

export async function assertCanWriteSettings(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(settingsWriteVerdict(actor, await unitCoverage(db, unitId)));
}

export async function canWriteSettings(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return covers(actor, 'notifications.settings.write', await unitCoverage(db, unitId));
}
