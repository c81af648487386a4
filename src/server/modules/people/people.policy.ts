// Who may do what with person records. Deny by default: a role not listed here gets nothing;
// a record outside every subtree the actor reads answers 404.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { hasAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { forbidden, notFound } from '../../errors.js';
import { ancestorsOf } from './people.queries.js';

/** Roles that read the records of their subtree (a `cadre` reads only their own record). */
export const READ_ROLES: readonly Role[] = ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'];
/** Roles that create and edit records, tenures and residences in their subtree. */
export const WRITE_ROLES: readonly Role[] = ['admin', 'organising'];
/** Roles that see citizen ID numbers (only in a person's detail, never in lists). */
export const CITIZEN_ID_ROLES: readonly Role[] = ['admin', 'organising', 'inspection'];
/** Roles that read a person's audit trail (the audit module checks again). */
const AUDIT_ROLES: readonly Role[] = ['admin', 'organising', 'inspection'];

/** What list queries filter on: the read subtrees, and the actor's own record for a cadre. */
export interface ReadScope {
  roots: string[];
  selfId: string | null;
}

export function readScope(actor: Actor): ReadScope {
  return { roots: rootsFor(actor, READ_ROLES), selfId: hasAnyRole(actor, ['cadre']) ? actor.personId : null };
}

export function citizenIdRoots(actor: Actor): string[] {
  return rootsFor(actor, CITIZEN_ID_ROLES);
}

/** The actor's rights on one record, from the roles whose subtree covers the record's unit. */
export interface PersonAccess {
  read: boolean;
  write: boolean;
  citizenId: boolean;
  audit: boolean;
}

export async function accessTo(db: Kysely<DB>, actor: Actor, person: { id: string; unitId: string }): Promise<PersonAccess> {
  const ancestors = new Set(await ancestorsOf(db, person.unitId));
  const covers = (roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r.role) && ancestors.has(r.unitId));
  const self = hasAnyRole(actor, ['cadre']) && actor.personId === person.id;
  return { read: self || covers(READ_ROLES), write: covers(WRITE_ROLES), citizenId: covers(CITIZEN_ID_ROLES), audit: covers(AUDIT_ROLES) };
}

/** 404 when the actor may not read the record at all; 403 when they read it but may not change it. */
export async function assertCanWrite(db: Kysely<DB>, actor: Actor, person: { id: string; unitId: string }): Promise<PersonAccess> {
  const access = await accessTo(db, actor, person);
  if (!access.read && !access.write) throw notFound();
  if (!access.write) throw forbidden();
  return access;
}

export async function assertCanRead(db: Kysely<DB>, actor: Actor, person: { id: string; unitId: string }): Promise<PersonAccess> {
  const access = await accessTo(db, actor, person);
  if (!access.read && !access.write) throw notFound();
  return access;
}

/** Units under which the actor may create and move records. */
export function writeRoots(actor: Actor): string[] {
  return rootsFor(actor, WRITE_ROLES);
}

/** 403 for an actor that may not create records anywhere. */
export function requireWriter(actor: Actor): void {
  if (!hasAnyRole(actor, WRITE_ROLES)) throw forbidden();
}
