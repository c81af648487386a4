// Public surface of the criteria module: which set scores a cadre group in a unit on a date
// (one person, or a whole subtree at once for period close), freezing sets once an evaluation
// uses them, and the default assignment the seeds make for the province.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { freezeSets } from './criteria.queries.js';

export { criteriaResolver, resolveCriteriaSet } from './criteria.resolve.js';
export { DEFAULT_ASSIGNMENTS, DEFAULT_FAMILIES, assignDefaultCriteria } from './criteria.defaults.js';

/**
 * Marks a set used (frozen_at, once): from then on editing it creates a new version. Call it in the
 * transaction that creates the evaluation. Its row lock orders it against a concurrent edit of the
 * draft: an edit committed first is what gets frozen, a later one creates a new version. So when
 * the resolved set was still a draft (`frozen === false`), resolve it again after freezing.
 */
export async function freezeSetTx(trx: Transaction<DB> | Kysely<DB>, setId: string): Promise<void> {
  await freezeSets(trx, [setId]);
}

/** freezeSetTx for many sets in one statement (period close). */
export async function freezeSetsTx(trx: Transaction<DB> | Kysely<DB>, setIds: readonly string[]): Promise<void> {
  await freezeSets(trx, [...new Set(setIds)]);
}
