// Who may do what with annual commitments (matrix: commitments.*). Deny by default; a commitment the
// actor may not read answers 404, exactly like a missing one.
// - The author (the account linked to the commitment's person) writes it, edits it while draft or
//   returned, submits it and reports on it (commitments.write_own).
// - commitments.review in scope (the cell's secretary, the unit's standing committee): approves,
//   returns with a comment, assesses each action after the year-end report.
// - commitments.read in scope: reads every commitment and the lists of who has not written or not
//   been assessed.
// - Nobody approves or assesses their own commitment (Quy định 366-QĐ/TW, Điều 12–13): a reviewer's
//   own commitment is decided by another member (own_work.commitment, 403).
import type { Kysely } from 'kysely';
import type { CommitmentStatus } from '../../../contracts/commitments.js';
import { OWN_WORK_RULE } from '../../../domain/judging/own-work.js';
import type { DB } from '../../db/schema.js';
import { type AppError, forbidden, notFound, ownWork } from '../../errors.js';
import { type Coverage, type UnitCoverage, covers, holds, unitCoverage } from '../../http/access.js';

export interface CommitmentAccess {
  read: boolean;
  author: boolean;
  review: boolean;
  /** Holds the reviewing role over the commitment, but it is their own. */
  ownReview: boolean;
}

export type CommitmentActions = { edit: boolean; submit: boolean; return: boolean; approve: boolean; report: boolean; assess: boolean };

/** Pure: the actor's access to a commitment of `personId` in a unit with these coverage facts. */
export function accessOn(actor: Coverage, personId: string, unit: UnitCoverage): CommitmentAccess {
  const author = !!actor.personId && actor.personId === personId;
  const reviewer = covers(actor, 'commitments.review', unit);
  const review = reviewer && !author;
  const read = author || reviewer || covers(actor, 'commitments.read', unit);
  return { read, author, review, ownReview: reviewer && author };
}

export async function accessTo(db: Kysely<DB>, actor: Coverage, c: { unitId: string; personId: string }): Promise<CommitmentAccess> {
  return accessOn(actor, c.personId, await unitCoverage(db, c.unitId));
}

/** The actions open to the actor on a commitment in `status`; the UI shows exactly these. */
export function actionsOf(access: CommitmentAccess, status: CommitmentStatus): CommitmentActions {
  const ownOpen = access.author && (status === 'draft' || status === 'returned');
  const deciding = access.review && status === 'submitted';
  return {
    edit: ownOpen,
    submit: ownOpen,
    return: deciding,
    approve: deciding,
    report: access.author && status === 'approved',
    assess: access.review && status === 'approved',
  };
}

/** Why a reviewing step is refused: the named own-work error for the author, else plain 403. */
export function reviewRefusal(access: CommitmentAccess): AppError {
  return access.ownReview ? ownWork('own_work.commitment', OWN_WORK_RULE) : forbidden();
}

/** The person linked to the account (403 for an account without one: it has no commitment of its own). */
export function requireOwnPerson(actor: Coverage): string {
  if (!holds(actor, 'commitments.write_own') || !actor.personId) throw forbidden();
  return actor.personId;
}

/** 403 when the actor never reads unit commitments; 404 when the unit lies outside their scope. */
export async function assertOverview(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  if (!holds(actor, 'commitments.read') && !holds(actor, 'commitments.review')) throw forbidden();
  const unit = await unitCoverage(db, unitId);
  if (!covers(actor, 'commitments.read', unit) && !covers(actor, 'commitments.review', unit)) throw notFound();
}
