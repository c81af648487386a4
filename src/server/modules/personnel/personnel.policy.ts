// Who may do what with personnel decisions (Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP), from the matrix's
// personnel.* rows: the organising body proposes for the units in its scope; the standing committee decides —
// the one of the level the post's ladder row names as approving (a commune secretary: the province's
// standing committee); nobody decides about themselves or on their own proposal; inspection reads; the
// person reads their own decided moves. Outside these a proposal answers 404 like a missing one.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { covers, requireAction, rootsFor, unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { AppError, forbidden, notFound, ownWork } from '../../errors.js';
import { type ProposalRow, unitKinds } from './personnel.queries.js';

/** Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP: who may not decide a move. */
export const OWN_DECISION_RULE =
  'Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP (không quyết định về bản thân, không phê duyệt đề xuất của mình)';

/** 'all' through personnel.read in scope, 'own' for the person's own decided move, else null (404). */
export async function readAccess(
  db: Kysely<DB>,
  actor: Actor,
  p: Pick<ProposalRow, 'unit_id' | 'person_id' | 'status'>,
): Promise<'all' | 'own' | null> {
  if (rootsFor(actor, 'personnel.read').length > 0 && covers(actor, 'personnel.read', await unitCoverage(db, p.unit_id))) return 'all';
  if (actor.personId !== null && actor.personId === p.person_id && p.status === 'approved') return 'own';
  return null;
}

export async function assertCanRead(db: Kysely<DB>, actor: Actor, p: ProposalRow): Promise<'all' | 'own'> {
  const access = await readAccess(db, actor, p);
  if (access === null) throw notFound();
  return access;
}

export async function mayPropose(db: Kysely<DB>, actor: Actor, unitId: string): Promise<boolean> {
  return rootsFor(actor, 'personnel.propose').length > 0 && covers(actor, 'personnel.propose', await unitCoverage(db, unitId));
}

/** The standing-committee bindings that cover the unit, with the kind of the unit each is on. */
async function decidingBindings(db: Kysely<DB>, actor: Actor, unitId: string): Promise<string[]> {
  const cov = await unitCoverage(db, unitId);
  const roots = rootsFor(actor, 'personnel.decide').filter((r) => cov.ancestors.has(r));
  if (roots.length === 0) return [];
  return unitKinds(db, roots);
}

/** The level a post's ladder row names as approving needs a binding at that level (a province-level unit for 'province_standing' and 'centre'). */
export async function mayDecide(db: Kysely<DB>, actor: Actor, unitId: string, approvingLevel: string | null): Promise<boolean> {
  const kinds = await decidingBindings(db, actor, unitId);
  if (kinds.length === 0) return false;
  if (approvingLevel === 'province_standing' || approvingLevel === 'centre') return kinds.includes('province');
  return true;
}

/** 403 for a role that never decides; 404 when the proposal is not readable; 403 where not competent; own work refused. */
export async function assertCanDecide(db: Kysely<DB>, actor: Actor, p: ProposalRow, approvingLevel: string | null): Promise<void> {
  requireAction(actor, 'personnel.decide');
  if ((await readAccess(db, actor, p)) !== 'all') throw notFound();
  if ((await decidingBindings(db, actor, p.unit_id)).length === 0) throw forbidden();
  if (!(await mayDecide(db, actor, p.unit_id, approvingLevel))) {
    throw new AppError(403, 'personnel.decide.not_competent', undefined, { level: approvingLevel ?? '' });
  }
  if (actor.personId !== null && actor.personId === p.person_id) throw ownWork('own_work.personnel', OWN_DECISION_RULE);
  if (p.proposed_by === actor.accountId) throw ownWork('own_work.personnel', OWN_DECISION_RULE);
}
