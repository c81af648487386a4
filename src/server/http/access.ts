// Action × organisation-subtree access, from the one permission matrix (src/contracts/permissions.ts).
// The decisions are pure functions over the actor's loaded coverage (roles and the units they are
// bound to, already on the Actor) and the record's facts (its unit and the units above it); the
// only query is `unitCoverage`, which loads those facts once. Verdicts keep the one order that never
// reveals what lies outside the actor's scope: 403 for an action that is never the actor's, then
// 404 for a record that is missing or outside the scope.
import type { Kysely } from 'kysely';
import { type Action, rolesOf, permissionOf } from '../../contracts/permissions.js';
import type { DB } from '../db/schema.js';
import { forbidden, notFound } from '../errors.js';
import { ancestorsOf } from '../db/scope.queries.js';
import type { Actor } from './context.js';

/** Who is asking, as far as permissions go (an Actor satisfies it). */
export type Coverage = Pick<Actor, 'roles' | 'personId'>;

/** The facts of a record's unit a scope check needs: the unit and every unit above it. */
export interface UnitCoverage {
  unitId: string;
  ancestors: ReadonlySet<string>;
}

export type Verdict = 'allow' | 'forbidden' | 'not_found';

/** Loads a unit's coverage facts (the unit itself is among its ancestors; an unknown unit has none). */
export async function unitCoverage(db: Kysely<DB>, unitId: string): Promise<UnitCoverage> {
  return { unitId, ancestors: new Set(await ancestorsOf(db, unitId)) };
}

/**
 * Whether the action is ever the actor's (record-independent): one of its roles anywhere; for a
 * `self` action that lists no role, a person linked to the account.
 */
export function holds(actor: Coverage, action: Action): boolean {
  const { roles, scope } = permissionOf(action);
  if (scope === 'self' && roles.length === 0) return !!actor.personId;
  return actor.roles.some((r) => roles.includes(r.role));
}

/** The units under which the actor takes the action. */
export function rootsFor(actor: Coverage, action: Action): string[] {
  const roles = rolesOf(action);
  return [...new Set(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId))];
}

/** A binding for the action on the unit or above it. */
export function covers(actor: Coverage, action: Action, unit: UnitCoverage): boolean {
  const roles = rolesOf(action);
  return actor.roles.some((r) => roles.includes(r.role) && unit.ancestors.has(r.unitId));
}

/** A binding for the action strictly above the unit (not on the unit itself). */
export function coversAbove(actor: Coverage, action: Action, unit: UnitCoverage): boolean {
  const roles = rolesOf(action);
  return actor.roles.some((r) => roles.includes(r.role) && r.unitId !== unit.unitId && unit.ancestors.has(r.unitId));
}

/** Reading a unit's records: in scope, else 404 (a role that never reads answers like a missing record). */
export function readVerdict(actor: Coverage, action: Action, unit: UnitCoverage): Verdict {
  return covers(actor, action, unit) ? 'allow' : 'not_found';
}

/** Acting on a unit: 403 for an action never the actor's, 404 outside their scope for it. */
export function actVerdict(actor: Coverage, action: Action, unit: UnitCoverage): Verdict {
  if (!holds(actor, action)) return 'forbidden';
  return covers(actor, action, unit) ? 'allow' : 'not_found';
}

/** Acting on a unit the actor may read: 403 when they read it but may not act, 404 when they do not even read it. */
export function actOrReadVerdict(actor: Coverage, action: Action, read: Action, unit: UnitCoverage): Verdict {
  if (!holds(actor, action)) return 'forbidden';
  if (covers(actor, action, unit)) return 'allow';
  return covers(actor, read, unit) ? 'forbidden' : 'not_found';
}

/** Throws the verdict's error (403 or 404); returns on allow. */
export function enforce(verdict: Verdict): void {
  if (verdict === 'forbidden') throw forbidden();
  if (verdict === 'not_found') throw notFound();
}

/** 403 when the action is never the actor's. */
export function requireAction(actor: Coverage, action: Action): void {
  if (!holds(actor, action)) throw forbidden();
}

/** Whether the unit lies in a subtree where the actor takes the action. */
export async function inScope(db: Kysely<DB>, actor: Coverage, action: Action, unitId: string): Promise<boolean> {
  if (rootsFor(actor, action).length === 0) return false;
  return covers(actor, action, await unitCoverage(db, unitId));
}

/** 404 unless `unitId` lies in a subtree where the actor takes the action. */
export async function assertUnitInScope(db: Kysely<DB>, actor: Coverage, action: Action, unitId: string): Promise<void> {
  if (!(await inScope(db, actor, action, unitId))) throw notFound();
}

/** 403 for an action never the actor's; 404 outside their scope for it. */
export async function assertMay(db: Kysely<DB>, actor: Coverage, action: Action, unitId: string): Promise<void> {
  requireAction(actor, action);
  await assertUnitInScope(db, actor, action, unitId);
}

/**
 * Loads the record an action names, answering in the one order that never reveals what lies
 * outside the actor's scope: first what does not depend on the record (403 for an action that is
 * never the actor's), then 404 for a record that is missing OR outside the subtrees where the actor
 * takes the action — the same status and body either way.
 */
export async function loadInScope<T>(
  db: Kysely<DB>,
  actor: Coverage,
  action: Action,
  load: () => Promise<T | null | undefined>,
  unitOf: (record: T) => string | Promise<string | null> | null,
): Promise<T> {
  requireAction(actor, action);
  const record = await load();
  const unitId = record ? await unitOf(record) : null;
  if (!record || !unitId) throw notFound();
  await assertUnitInScope(db, actor, action, unitId);
  return record;
}

/**
 * The policy of a record that lives in a unit and is read by one action and written by another (indicators,
 * responsibilities): pure verdicts over the unit's coverage, and the asserting forms that load it.
 */
export function unitRecordPolicy(read: Action, write: Action) {
  const readVerdictOf = (actor: Coverage, unit: UnitCoverage) => readVerdict(actor, read, unit);
  const writeVerdictOf = (actor: Coverage, unit: UnitCoverage) => actVerdict(actor, write, unit);
  const mayWrite = (actor: Coverage, unit: UnitCoverage) => covers(actor, write, unit);
  return {
    readVerdictOf,
    writeVerdictOf,
    mayWrite,
    assertCanRead: async (db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> =>
      enforce(readVerdictOf(actor, await unitCoverage(db, unitId))),
    assertCanWrite: async (db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> =>
      enforce(writeVerdictOf(actor, await unitCoverage(db, unitId))),
    canWrite: async (db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> => mayWrite(actor, await unitCoverage(db, unitId)),
  };
}
