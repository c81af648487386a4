// Who may do what with briefing meetings. Reading: every role whose binding subtree covers the
// meeting's unit (transparency). Scheduling, editing, closing: `office` and `standing` in scope.
// Deny by default; outside every read subtree → 404; read but not write → 403.
import type { Kysely } from 'kysely';
import { Roles } from '../../../contracts/common.js';
import type { DB, Role } from '../../db/schema.js';
import { forbidden, notFound } from '../../errors.js';
import { requireAnyRole } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { ancestorsOf } from './meetings.queries.js';

export const MEETING_READ_ROLES: readonly Role[] = Roles;
export const MEETING_WRITE_ROLES: readonly Role[] = ['office', 'standing'];

export interface MeetingAccess {
  read: boolean;
  write: boolean;
}

export async function accessTo(db: Kysely<DB>, actor: Actor, unitId: string): Promise<MeetingAccess> {
  const ancestors = new Set(await ancestorsOf(db, unitId));
  const covers = (roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r.role) && ancestors.has(r.unitId));
  return { read: covers(MEETING_READ_ROLES), write: covers(MEETING_WRITE_ROLES) };
}

export async function assertCanRead(db: Kysely<DB>, actor: Actor, unitId: string): Promise<MeetingAccess> {
  const access = await accessTo(db, actor, unitId);
  if (!access.read) throw notFound();
  return access;
}

export async function assertCanWrite(db: Kysely<DB>, actor: Actor, unitId: string): Promise<MeetingAccess> {
  requireAnyRole(actor, MEETING_WRITE_ROLES);
  const access = await accessTo(db, actor, unitId);
  if (!access.read) throw notFound();
  if (!access.write) throw forbidden();
  return access;
}
