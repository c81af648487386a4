// Who may do what with cadre groups, criteria sets and their assignment (matrix: criteria.read,
// criteria.write). Reading: every role (a cadre needs the criteria of their own self-assessment).
// Configuration belongs to the level that owns it (issue 7, class 6): every group and set carries
// its owning unit. A record is in view when its owner is the installation (null), a unit above the
// actor's roots, or one in their subtrees; out of view answers like a missing record (404, or 400
// for a reference in a body). Only a writer bound at the owner or above edits it (in view but owned
// above: 403 config.owned_above); the installation's defaults are edited from a top-level unit
// (a province). A unit below the top owns its own sets and groups only where its province allows it
// (unit_setting `criteria.local_config` on the province, else the regulation setting; default no).
// Assignments belong to a unit subtree, so assigning needs the role in scope of that unit (404).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { type Coverage, assertUnitInScope, holds, requireAction, rootsFor } from '../../http/access.js';
import { unitInSubtrees } from '../org/index.js';
import { getSetting } from '../settings/index.js';
import { isTopLevel, relatedToRoots, topsOf, unitSettingValue } from './criteria.queries.js';

export const requireReader = (actor: Coverage) => requireAction(actor, 'criteria.read');
export const requireWriter = (actor: Coverage) => requireAction(actor, 'criteria.write');
export const canWrite = (actor: Coverage) => holds(actor, 'criteria.write');
export const writeRoots = (actor: Coverage) => rootsFor(actor, 'criteria.write');

/** Units whose related assignments the actor sees. */
export const readRoots = (actor: Coverage) => rootsFor(actor, 'criteria.read');

/**
 * The unit that files the audit event of a shared record (a group, a set): the writer's first
 * subtree, so that whoever audits that subtree sees the change.
 */
export function auditUnitOf(actor: Coverage): string | null {
  return writeRoots(actor)[0] ?? null;
}

export async function assertCanReadUnit(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, 'criteria.read', unitId);
}

/** 403 without a writing role anywhere; 404 when the unit is outside the writer's subtrees. */
export async function assertCanAssign(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  requireWriter(actor);
  await assertUnitInScope(db, actor, 'criteria.write', unitId);
}

export async function canAssign(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return unitInSubtrees(db, writeRoots(actor), unitId);
}

export const LOCAL_CONFIG_KEY = 'criteria.local_config';
const OWNER_RULE = 'Quy định 366-QĐ/TW (tỉnh cụ thể hóa tiêu chí đánh giá cho các nhóm đối tượng)';

/** Whether a record owned by `owner` is in the actor's view (null = the installation's defaults). */
export async function inView(db: Kysely<DB>, actor: Coverage, owner: string | null): Promise<boolean> {
  return owner === null || relatedToRoots(db, readRoots(actor), owner);
}

/** Whether the actor edits configuration owned by `owner`: a writer at the owner or above; the defaults from a top-level unit. */
export async function canEditOwned(db: Kysely<DB>, actor: Coverage, owner: string | null): Promise<boolean> {
  const roots = writeRoots(actor);
  if (owner !== null) return unitInSubtrees(db, roots, owner);
  for (const r of roots) if (await isTopLevel(db, r)) return true;
  return false;
}

/** 403 with the reason when the record is in view but owned by a level above the actor. */
export async function assertCanEditOwned(db: Kysely<DB>, actor: Coverage, owner: string | null): Promise<void> {
  requireWriter(actor);
  if (!(await canEditOwned(db, actor, owner))) throw new AppError(403, 'config.owned_above', undefined, { rule: OWNER_RULE });
}

/** Whether a unit may own configuration: a top-level unit always; below it, where its province allows. */
export async function mayOwnConfig(db: Kysely<DB>, unitId: string): Promise<boolean> {
  if (await isTopLevel(db, unitId)) return true;
  for (const top of await topsOf(db, unitId)) {
    const own = (await unitSettingValue(db, top, LOCAL_CONFIG_KEY)) as { allowed?: boolean } | undefined;
    if (own && typeof own.allowed === 'boolean') return own.allowed;
  }
  return (await getSetting<{ allowed: boolean }>(db, LOCAL_CONFIG_KEY)).allowed;
}

/**
 * The owner of a new group or set: the requested unit (400 naming it when unknown or outside the
 * writer's scope, alike) or the writer's own root; 403 config.local_not_allowed below a province
 * that does not allow its units their own configuration.
 */
export async function ownerForNew(db: Kysely<DB>, actor: Coverage, requested: string | undefined): Promise<string> {
  requireWriter(actor);
  const roots = writeRoots(actor);
  const owner = requested ?? roots[0];
  if (requested && !(await unitInSubtrees(db, roots, requested)))
    throw fieldError('ownerUnitId', 'v.unknown_ref', { field: 'ownerUnitId' });
  if (!(await mayOwnConfig(db, owner))) throw new AppError(403, 'config.local_not_allowed', undefined, { rule: OWNER_RULE });
  return owner;
}

/** Whether the actor may create a group or set (sent to the UI): a writer whose own root may own configuration. */
export async function canCreate(db: Kysely<DB>, actor: Coverage): Promise<boolean> {
  const root = writeRoots(actor)[0];
  return root !== undefined && mayOwnConfig(db, root);
}
