// Who may read and record the inputs of the KHT triggers about a person (matrix: conduct.read,
// conduct.write), always within the subtree of the person's unit. Deny by default: other roles get
// 403; a person outside the actor's subtrees answers 404.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import {
  type Coverage,
  type UnitCoverage,
  actOrReadVerdict,
  actVerdict,
  covers,
  enforce,
  requireAction,
  unitCoverage,
} from '../../http/access.js';

/** The record-independent part, checked before any look-up (issue 7, class 5: out of scope answers like missing). */
export const requireReader = (actor: Coverage) => requireAction(actor, 'conduct.read');
export const requireWriter = (actor: Coverage) => requireAction(actor, 'conduct.write');

export const readVerdictOf = (actor: Coverage, unit: UnitCoverage) => actVerdict(actor, 'conduct.read', unit);
/** 403 for a role that never records these, or when the person is readable but not writable; 404 outside every subtree. */
export const writeVerdictOf = (actor: Coverage, unit: UnitCoverage) => actOrReadVerdict(actor, 'conduct.write', 'conduct.read', unit);

export async function assertCanRead(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(readVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function assertCanWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  enforce(writeVerdictOf(actor, await unitCoverage(db, unitId)));
}

export async function canWrite(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return covers(actor, 'conduct.write', await unitCoverage(db, unitId));
}
