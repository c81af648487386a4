// Who may do what with responsibilities (matrix: responsibilities.read, responsibilities.write).
// Reading: every role whose scope covers the assigning unit (transparency: everyone sees who
// answers for what). Writing: the writers within their subtrees; the others read only (403),
// outside the scope is 404.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, type UnitCoverage, actVerdict, covers, enforce, readVerdict, rootsFor, unitCoverage } from '../../http/access.js';

export const readRoots = (actor: Coverage) => rootsFor(actor, 'responsibilities.read');

export const readVerdictOf = (actor: Coverage, unit: UnitCoverage) => readVerdict(actor, 'responsibilities.read', unit);
export const writeVerdictOf = (actor: Coverage, unit: UnitCoverage) => actVerdict(actor, 'responsibilities.write', unit);
export const mayWrite = (actor: Coverage, unit: UnitCoverage) => covers(actor, 'responsibilities.write', unit);

export async function assertCanRead(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(readVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function assertCanWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(writeVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function canWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return mayWrite(actor, await unitCoverage(db, unitId));
}
