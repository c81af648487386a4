// Who may do what with a Party cell (the matrix's cells.* rows): the cell secretary manages their own
// cell, the committee's organising body every cell below it; standing, office, inspection and the
// administrator read; a member reads their own cell's meetings (cells.member, self). Outside the scope a
// cell or a meeting answers 404 exactly like a missing one.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actOrReadVerdict, covers, enforce, holds, readVerdict, unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import { cellById, isMemberOn } from './party-cells.queries.js';

export interface CellAccess {
  cell: { id: string; name: string };
  manage: boolean;
}

/** Reading a cell: the cells.read scope, or (with `memberOn`) the actor's own membership on that day. 404 otherwise. */
export async function readCell(db: Kysely<DB>, actor: Actor, cellId: string, memberOn?: string): Promise<CellAccess> {
  const cell = await cellById(db, cellId);
  if (!cell) throw notFound();
  const unit = await unitCoverage(db, cell.id);
  if (readVerdict(actor, 'cells.read', unit) === 'allow') return { cell, manage: covers(actor, 'cells.manage', unit) };
  if (memberOn && holds(actor, 'cells.member') && actor.personId && (await isMemberOn(db, cell.id, actor.personId, memberOn)))
    return { cell, manage: false };
  throw notFound();
}

/** Managing a cell: 403 for a role that never manages; 404 where the cell is not even readable; 403 where read-only. */
export async function manageCell(db: Kysely<DB>, actor: Actor, cellId: string): Promise<CellAccess> {
  if (!holds(actor, 'cells.manage')) throw forbidden();
  const cell = await cellById(db, cellId);
  if (!cell) throw notFound();
  enforce(actOrReadVerdict(actor, 'cells.manage', 'cells.read', await unitCoverage(db, cell.id)));
  return { cell, manage: true };
}

/**
 * A cell's record loaded for a write, in the order that never reveals what lies outside the scope:
 * 404 when missing or unreadable, 403 where only read, 409 when `version` is stale.
 */
export async function loadManaged<T extends { cell_id: string; version: number }>(
  db: Kysely<DB>,
  actor: Actor,
  load: () => Promise<T | undefined>,
  version?: number,
): Promise<T> {
  const row = await load();
  if (!row) throw notFound();
  await readCell(db, actor, row.cell_id);
  await manageCell(db, actor, row.cell_id);
  if (version !== undefined && row.version !== version) throw conflict();
  return row;
}
