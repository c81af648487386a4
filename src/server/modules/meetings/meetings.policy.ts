// Who may do what with briefing meetings (matrix: meetings.read, meetings.write). Reading: every
// role whose binding subtree covers the meeting's unit (transparency). Scheduling, editing, closing:
// the writers in scope. Deny by default; outside every read subtree → 404; read but not write → 403.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { forbidden, notFound } from '../../errors.js';
import { type Coverage, type UnitCoverage, covers, requireAction, unitCoverage } from '../../http/access.js';

export interface MeetingAccess {
  read: boolean;
  write: boolean;
}

/** Pure: the rights on a meeting of the unit. */
export function accessOn(actor: Coverage, unit: UnitCoverage): MeetingAccess {
  return { read: covers(actor, 'meetings.read', unit), write: covers(actor, 'meetings.write', unit) };
}

export const requireWriter = (actor: Coverage) => requireAction(actor, 'meetings.write');

export async function accessTo(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<MeetingAccess> {
  return accessOn(actor, await unitCoverage(db, unitId));
}

export async function assertCanRead(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<MeetingAccess> {
  const access = await accessTo(db, actor, unitId);
  if (!access.read) throw notFound();
  return access;
}

export async function assertCanWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<MeetingAccess> {
  requireWriter(actor);
  const access = await accessTo(db, actor, unitId);
  if (!access.read) throw notFound();
  if (!access.write) throw forbidden();
  return access;
}
