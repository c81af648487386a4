// Who may do what with unit indicators (matrix: indicators.read, indicators.write). Reading: every
// role whose scope covers the unit (the unit dashboard is public within the unit). Writing targets
// and actual values: within the writer's subtrees; other roles 403; outside the scope 404.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, type UnitCoverage, actVerdict, covers, enforce, readVerdict, unitCoverage } from '../../http/access.js';

export const readVerdictOf = (actor: Coverage, unit: UnitCoverage) => readVerdict(actor, 'indicators.read', unit);
export const writeVerdictOf = (actor: Coverage, unit: UnitCoverage) => actVerdict(actor, 'indicators.write', unit);
export const mayWrite = (actor: Coverage, unit: UnitCoverage) => covers(actor, 'indicators.write', unit);

export async function assertCanRead(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(readVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function assertCanWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(writeVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function canWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return mayWrite(actor, await unitCoverage(db, unitId));
}
