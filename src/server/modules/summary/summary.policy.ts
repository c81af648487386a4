// Who reads the summary (matrix: summary.read): transparency — every role whose binding subtree
// covers the unit, including `cadre` (their binding is at commune level). Outside every subtree → 404.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, type UnitCoverage, enforce, readVerdict, unitCoverage } from '../../http/access.js';

export const summaryVerdict = (actor: Coverage, unit: UnitCoverage) => readVerdict(actor, 'summary.read', unit);

/** 404 unless the unit lies in a subtree the actor reads. Exports use the same rule. */
export async function assertCanReadSummary(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(summaryVerdict(actor, await unitCoverage(db, unitId)));
}
