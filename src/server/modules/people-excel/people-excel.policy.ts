// Who may import and export people (matrix: people.import, people.export, people.citizen_ids).
// Imports create records, in the subtree of the target unit. Exports: whoever reads lists; citizen
// IDs only for the roles that may see them (the people module masks each row by the person's unit as well).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, assertMay, holds, requireAction, rootsFor } from '../../http/access.js';

/** 403 when the actor may import nowhere. */
export function requireImporter(actor: Coverage): void {
  requireAction(actor, 'people.import');
}

/** 403 when the actor may not import at all, 404 when the target unit is outside their scope. */
export async function assertCanImportInto(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  await assertMay(db, actor, 'people.import', unitId);
}

export function requireExporter(actor: Coverage): void {
  requireAction(actor, 'people.export');
}

/** Whether the export has a citizen-ID column at all. */
export function exportShowsCitizenIds(actor: Coverage): boolean {
  return holds(actor, 'people.citizen_ids');
}

/** The unit an export event is filed under (audit visibility follows it). */
export function exportAuditUnit(actor: Coverage, unitId: string | undefined): string | null {
  if (unitId) return unitId;
  const roots = rootsFor(actor, 'people.export');
  return roots.length === 1 ? roots[0] : null;
}
