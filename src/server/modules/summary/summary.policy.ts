// Who reads the summary: transparency — every role whose binding subtree covers the unit,
// including `cadre` (their binding is at commune level). Outside every subtree → 404.
import type { Kysely } from 'kysely';
import { Roles } from '../../../contracts/common.js';
import type { DB, Role } from '../../db/schema.js';
import { assertUnitInScope } from '../../http/access.js';
import type { Actor } from '../../http/context.js';

export const SUMMARY_READ_ROLES: readonly Role[] = Roles;

/** 404 unless the unit lies in a subtree the actor reads. Exports use the same rule. */
export async function assertCanReadSummary(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  await assertUnitInScope(db, actor, SUMMARY_READ_ROLES, unitId);
}
