// Who may import and export people. Imports create records: the people module's writers, in
// the subtree of the target unit. Exports: whoever reads lists; citizen IDs only for the roles
// that may see them (the people module masks each row by the person's unit as well).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertUnitInScope, requireAnyRole, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { CITIZEN_ID_ROLES, READ_ROLES, WRITE_ROLES } from '../people/index.js';

/** 403 when the actor may import nowhere. */
export function requireImporter(actor: Actor): void {
  requireAnyRole(actor, WRITE_ROLES);
}

/** 403 when the actor may not import at all, 404 when the target unit is outside their scope. */
export async function assertCanImportInto(db: Kysely<DB>, actor: Actor, unitId: string): Promise<void> {
  requireImporter(actor);
  await assertUnitInScope(db, actor, WRITE_ROLES, unitId);
}

export function requireExporter(actor: Actor): void {
  requireAnyRole(actor, READ_ROLES);
}

/** Whether the export has a citizen-ID column at all. */
export function exportShowsCitizenIds(actor: Actor): boolean {
  return rootsFor(actor, CITIZEN_ID_ROLES).length > 0;
}

/** The unit an export event is filed under (audit visibility follows it). */
export function exportAuditUnit(actor: Actor, unitId: string | undefined): string | null {
  if (unitId) return unitId;
  const roots = rootsFor(actor, READ_ROLES);
  return roots.length === 1 ? roots[0] : null;
}
