// The default criteria sets seeded by migration 2026112221_criteria-defaults.ts (one per appendix of
// Quy định 366-QĐ/TW and one for civil servants under Nghị định 335/2025/NĐ-CP), and which seeded
// cadre group each one scores. The family ids repeat the migration's (criteria.defaults.test.ts
// checks they agree); migrations never import application code.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { insertMissingAssignments } from './criteria.assign.queries.js';

export const DEFAULT_FAMILIES = {
  PL1: 'c3660000-0000-4000-8000-000000000001',
  PL2: 'c3660000-0000-4000-8000-000000000002',
  PL3: 'c3660000-0000-4000-8000-000000000003',
  PL4: 'c3660000-0000-4000-8000-000000000004',
  PL5: 'c3660000-0000-4000-8000-000000000005',
  ND335: 'c3660000-0000-4000-8000-000000000006',
} as const;

/** Seeded cadre group → the appendix of its default set. */
export const DEFAULT_ASSIGNMENTS: Readonly<Record<string, keyof typeof DEFAULT_FAMILIES>> = {
  collective: 'PL1',
  leader_central: 'PL2',
  leader_province: 'PL3',
  leader_commune: 'PL3',
  staff: 'PL4',
  party_member_outside: 'PL5',
  civil_servant: 'ND335',
};

/**
 * Assigns the default sets to the seeded cadre groups at `rootUnitId` (the province) from
 * `effectiveFrom`, for the demo seed and the generator. Leaves any assignment already there.
 * Returns how many were added.
 */
export async function assignDefaultCriteria(trx: Kysely<DB> | Transaction<DB>, rootUnitId: string, effectiveFrom: string): Promise<number> {
  const rows = Object.entries(DEFAULT_ASSIGNMENTS).map(([group, appendix]) => ({
    cadre_group: group,
    family: DEFAULT_FAMILIES[appendix],
    unit_id: rootUnitId,
    effective_from: effectiveFrom,
  }));
  return insertMissingAssignments(trx, rows);
}
