// Who may do what with person records (matrix: people.read, people.read_own, people.write,
// people.citizen_ids, audit.read). Deny by default: a role not listed there gets nothing; a record
// outside every subtree the actor reads answers 404. The decisions are pure over the actor's
// coverage and the record's facts (its id and its unit's ancestors).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, type UnitCoverage, covers, holds, requireAction, rootsFor, unitCoverage } from '../../http/access.js';
import { forbidden, notFound } from '../../errors.js';

/** What list queries filter on: the read subtrees, and the actor's own record for a cadre. */
export interface ReadScope {
  roots: string[];
  selfId: string | null;
}

export function readScope(actor: Coverage): ReadScope {
  return { roots: rootsFor(actor, 'people.read'), selfId: holds(actor, 'people.read_own') ? actor.personId : null };
}

export function citizenIdRoots(actor: Coverage): string[] {
  return rootsFor(actor, 'people.citizen_ids');
}

/** 403 for an actor who reads no records at all (neither in a subtree nor their own). */
export function requireReader(actor: Coverage): void {
  if (!holds(actor, 'people.read_own')) requireAction(actor, 'people.read');
}

/** The actor's rights on one record, from the roles whose subtree covers the record's unit. */
export interface PersonAccess {
  read: boolean;
  write: boolean;
  citizenId: boolean;
  audit: boolean;
}

/** Pure: the rights on a record given its id and its unit's coverage facts. */
export function accessOn(actor: Coverage, person: { id: string }, unit: UnitCoverage): PersonAccess {
  const self = holds(actor, 'people.read_own') && actor.personId === person.id;
  return {
    read: self || covers(actor, 'people.read', unit),
    write: covers(actor, 'people.write', unit),
    citizenId: covers(actor, 'people.citizen_ids', unit),
    audit: covers(actor, 'audit.read', unit),
  };
}

export async function accessTo(db: Kysely<DB>, actor: Coverage, person: { id: string; unitId: string }): Promise<PersonAccess> {
  return accessOn(actor, person, await unitCoverage(db, person.unitId));
}

/** 404 when the actor may not read the record at all; 403 when they read it but may not change it. */
export async function assertCanWrite(db: Kysely<DB>, actor: Coverage, person: { id: string; unitId: string }): Promise<PersonAccess> {
  const access = await accessTo(db, actor, person);
  if (!access.read && !access.write) throw notFound();
  if (!access.write) throw forbidden();
  return access;
}

export async function assertCanRead(db: Kysely<DB>, actor: Coverage, person: { id: string; unitId: string }): Promise<PersonAccess> {
  const access = await accessTo(db, actor, person);
  if (!access.read && !access.write) throw notFound();
  return access;
}

/** Units under which the actor may create and move records. */
export function writeRoots(actor: Coverage): string[] {
  return rootsFor(actor, 'people.write');
}

/** 403 for an actor that may not create records anywhere. */
export function requireWriter(actor: Coverage): void {
  requireAction(actor, 'people.write');
}
