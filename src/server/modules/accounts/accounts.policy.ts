// Who may manage accounts (matrix: accounts.manage), each within the subtrees of those bindings.
// An account is theirs when all its bindings lie in those subtrees (otherwise 404), and they may
// bind roles only to units in those subtrees.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Coverage, requireAction, rootsFor } from '../../http/access.js';
import { invalid, notFound, type FieldIssue } from '../../errors.js';
import { unitInSubtrees } from '../org/index.js';
import * as q from './accounts.queries.js';

/** The subtree roots the actor manages accounts under; 403 when they manage none. */
export function manageRoots(actor: Coverage): string[] {
  requireAction(actor, 'accounts.manage');
  return rootsFor(actor, 'accounts.manage');
}

/** The account if the actor may manage it, else 404 (never revealing that it exists). */
export async function manageableAccountOr404(db: Kysely<DB> | Transaction<DB>, roots: string[], id: string, lock = false) {
  const row = await q.manageableAccount(db, roots, id, lock);
  if (!row) throw notFound();
  return row;
}

/** 400 naming each binding whose unit lies outside the actor's subtrees (or does not exist). */
export async function assertBindable(db: Kysely<DB> | Transaction<DB>, roots: string[], roles: Array<{ unitId: string }>, field = 'roles') {
  const issues: FieldIssue[] = [];
  const checked = new Map<string, boolean>();
  for (const [i, r] of roles.entries()) {
    if (!checked.has(r.unitId)) checked.set(r.unitId, await unitInSubtrees(db, roots, r.unitId));
    if (!checked.get(r.unitId)) issues.push({ field: `${field}.${i}.unitId`, key: 'v.out_of_scope' });
  }
  if (issues.length) throw invalid(...issues);
}

/** A linked person must exist in the actor's subtrees; the same 400 either way. */
export async function assertLinkablePerson(db: Kysely<DB> | Transaction<DB>, roots: string[], personId: string | null | undefined) {
  if (!personId) return;
  const p = await q.personUnit(db, personId);
  if (!p || !(await unitInSubtrees(db, roots, p.unit_id)))
    throw invalid({ field: 'personId', key: 'v.unknown_ref', params: { field: 'personId' } });
}
