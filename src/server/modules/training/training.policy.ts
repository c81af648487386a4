// Who may do what with training records and the register of exemplars (matrix: training.read,
// training.read_own, training.write, exemplars.read, exemplars.nominate, exemplars.recognise). Deny by
// default; a record outside every subtree the actor reads answers 404 exactly like a missing one; a
// record read but not writable answers 403.
import type { Kysely } from 'kysely';
import { permissionOf } from '../../../contracts/permissions.js';
import type { DB } from '../../db/schema.js';
import { type Coverage, covers, holds, requireAction, unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { forbidden, notFound, ownWork } from '../../errors.js';

export interface TrainingAccess {
  read: boolean;
  write: boolean;
}

export async function trainingAccess(db: Kysely<DB>, actor: Coverage, person: { id: string; unit_id: string }): Promise<TrainingAccess> {
  const unit = await unitCoverage(db, person.unit_id);
  const self = holds(actor, 'training.read_own') && actor.personId === person.id;
  const write = covers(actor, 'training.write', unit);
  return { read: self || write || covers(actor, 'training.read', unit), write };
}

/** 404 unless the actor reads this person's training record. */
export async function assertCanReadTraining(db: Kysely<DB>, actor: Coverage, person: { id: string; unit_id: string }) {
  const access = await trainingAccess(db, actor, person);
  if (!access.read) throw notFound();
  return access;
}

/** 403 for a role that never edits training; 404 where the record is not readable; 403 where read-only. */
export async function assertCanWriteTraining(db: Kysely<DB>, actor: Coverage, person: { id: string; unit_id: string }) {
  requireAction(actor, 'training.write');
  const access = await trainingAccess(db, actor, person);
  if (!access.read) throw notFound();
  if (!access.write) throw forbidden();
}

/** 404 unless the actor reads the training reports of `unitId` (a role that never reads them: 403). */
export async function assertCanReadUnitTraining(db: Kysely<DB>, actor: Coverage, unitId: string) {
  requireAction(actor, 'training.read');
  const unit = await unitCoverage(db, unitId);
  if (!covers(actor, 'training.read', unit) && !covers(actor, 'training.write', unit)) throw notFound();
}

export interface ExemplarAccess {
  read: boolean;
  nominate: boolean;
  recognise: boolean;
}

export async function exemplarAccess(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<ExemplarAccess> {
  const unit = await unitCoverage(db, unitId);
  const nominate = covers(actor, 'exemplars.nominate', unit);
  const recognise = covers(actor, 'exemplars.recognise', unit);
  return { read: nominate || recognise || covers(actor, 'exemplars.read', unit), nominate, recognise };
}

export async function assertCanReadExemplars(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<ExemplarAccess> {
  if (!holds(actor, 'exemplars.read') && !holds(actor, 'exemplars.nominate') && !holds(actor, 'exemplars.recognise')) throw forbidden();
  const access = await exemplarAccess(db, actor, unitId);
  if (!access.read) throw notFound();
  return access;
}

/** Whether the actor may decide this nomination at all: not as its subject, not as its nominator (Chỉ thị 05-CT/TW). */
export function ownRecognition(
  actor: Pick<Actor, 'personId' | 'accountId'>,
  exemplar: { person_id: string | null; nominated_by: string | null },
): 'own_work.exemplar' | 'own_work.exemplar_nomination' | null {
  if (actor.personId !== null && exemplar.person_id === actor.personId) return 'own_work.exemplar';
  if (exemplar.nominated_by !== null && exemplar.nominated_by === actor.accountId) return 'own_work.exemplar_nomination';
  return null;
}

/** Recording a decision: never on one's own recognition nor on one's own nomination (nobody decides their own work). */
export function assertNotOwnRecognition(
  actor: Pick<Actor, 'personId' | 'accountId'>,
  exemplar: { person_id: string | null; nominated_by: string | null },
): void {
  const own = ownRecognition(actor, exemplar);
  if (own) throw ownWork(own, permissionOf('exemplars.recognise').rule ?? '');
}

/** Importing into a unit or planning its training: 403 for a role that never edits training; 404 for a unit outside the scope. */
export async function assertCanWriteUnitTraining(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<void> {
  requireAction(actor, 'training.write');
  if (!covers(actor, 'training.write', await unitCoverage(db, unitId))) throw notFound();
}

/** Whether the actor edits the training of `unitId` (the plan's edit action sent to the UI). */
export async function canWriteUnitTraining(db: Kysely<DB>, actor: Coverage, unitId: string): Promise<boolean> {
  return covers(actor, 'training.write', await unitCoverage(db, unitId));
}
