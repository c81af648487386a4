// Role × organisation-subtree access. Each module's policy lists which roles may do what; these
// helpers answer "where" (the subtree roots) and raise 404 for records outside them.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';
import { unitInSubtrees } from '../db/scope.queries.js';
import type { Actor } from './context.js';

/** The units under which `actor` holds one of `roles`. */
export function rootsFor(actor: Actor, roles: readonly Role[]): string[] {
  return [...new Set(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId))];
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}

/** 403 when the actor has none of the roles anywhere (the action itself is not theirs). */
export function requireAnyRole(actor: Actor, roles: readonly Role[]): void {
  if (!hasAnyRole(actor, roles)) throw forbidden();
}

/** 404 unless `unitId` lies in a subtree where the actor holds one of `roles`. */
export async function assertUnitInScope(db: Kysely<DB>, actor: Actor, roles: readonly Role[], unitId: string): Promise<void> {
  const roots = rootsFor(actor, roles);
  if (roots.length === 0 || !(await unitInSubtrees(db, roots, unitId))) throw notFound();
}

/**
 * Loads the record an action names, answering in the one order that never reveals what lies
 * outside the actor's scope: first what does not depend on the record (403 for a role that never
 * does the action), then 404 for a record that is missing OR outside the subtrees where the actor
 * holds one of `roles` — the same status and body either way.
 */
export async function loadInScope<T>(
  db: Kysely<DB>,
  actor: Actor,
  roles: readonly Role[],
  load: () => Promise<T | null | undefined>,
  unitOf: (record: T) => string | Promise<string | null> | null,
): Promise<T> {
  requireAnyRole(actor, roles);
  const record = await load();
  const unitId = record ? await unitOf(record) : null;
  if (!record || !unitId) throw notFound();
  await assertUnitInScope(db, actor, roles, unitId);
  return record;
}
