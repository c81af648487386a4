// Upper-level cadres attending village cells (decision 0033): the committee (cells.manage strictly above
// the cell) assigns its cadres and province cadres to a cell's meeting each month; the cadre (or the
// committee) reports whether they attended and what they heard — written to the month's meeting as an
// assigned guest when there is one — and the committee turns a concern into a task in one action.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  AssignRosterRequest,
  RosterQuery,
  RosterReportRequest,
  RosterRow,
  RosterTaskRequest,
  RosterView,
} from '../../../contracts/party-cells-recruitment.js';
import { lastDayOfMonth, toCivilDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, forbidden, invalid, notFound } from '../../errors.js';
import { covers, coversAbove, enforce, holds, readVerdict, unitCoverage } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { checkNewTask, createTaskTx } from '../tasks/index.js';
import { viMonth } from './party-cells.present.js';
import { cellById, cellsUnder, personById, unitById } from './party-cells.queries.js';
import * as r from './party-cells.recruitment.queries.js';
import * as w from './party-cells.writes.queries.js';

const monthEnd = (month: string) =>
  toCivilDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))));

function rowView(row: r.RosterRowDb, actor: Actor, committee: boolean): RosterRow {
  return {
    id: row.id,
    cellId: row.cell_id,
    cellName: row.cell_name,
    month: row.month,
    personId: row.person_id,
    name: row.name,
    post: row.post,
    attended: row.attended,
    report: row.report,
    meetingId: row.meeting_id ?? null,
    taskId: row.task_id,
    taskTitle: row.task_title ?? null,
    version: row.version,
    actions: {
      report: committee || (!!actor.personId && actor.personId === row.person_id),
      makeTask: committee && !row.task_id && row.report.trim() !== '',
    },
  };
}

/** The unit's roster for a month (default the current one): every assignment in its cells, paged, with the month's summary. */
export async function roster(db: Kysely<DB>, actor: Actor, unitId: string, query: z.infer<typeof RosterQuery>): Promise<RosterView> {
  const unit = await unitById(db, unitId);
  if (!unit) throw notFound();
  const coverage = await unitCoverage(db, unit.id);
  enforce(readVerdict(actor, 'cells.read', coverage));
  const month = query.month ?? todayInVietnam().slice(0, 7);
  const isCell = !!(await cellById(db, unit.id));
  const cells = isCell ? [unit] : await cellsUnder(db, unit.id, monthEnd(month));
  const page = await r.rosterPage(
    db,
    cells.map((c) => c.id),
    month,
    query.page,
    query.pageSize,
  );
  const committeeOver = async (cellId: string) => coversAbove(actor, 'cells.manage', await unitCoverage(db, cellId));
  const items = await Promise.all(page.items.map(async (row) => rowView(row, actor, await committeeOver(row.cell_id))));
  const s = page.summary;
  return {
    month,
    items,
    total: Number(s.assigned),
    page: query.page,
    pageSize: query.pageSize,
    summary: {
      cells: cells.length,
      cellsCovered: Number(s.cells_covered),
      assigned: Number(s.assigned),
      attended: Number(s.attended),
      reported: Number(s.reported),
    },
    // Bound for cells.manage at or above a unit that is not itself a cell: above each of its cells.
    actions: {
      assign: cells.length > 0 && (isCell ? coversAbove(actor, 'cells.manage', coverage) : covers(actor, 'cells.manage', coverage)),
    },
  };
}

/** The actor's own assignments (a cadre sent to cells), the last two years, newest first. */
export async function myRoster(db: Kysely<DB>, actor: Actor): Promise<RosterRow[]> {
  if (!actor.personId) return [];
  const from = `${Number(todayInVietnam().slice(0, 4)) - 1}-01`;
  const rows = await r.rosterOfPerson(db, actor.personId, from);
  return Promise.all(rows.map(async (row) => rowView(row, actor, coversAbove(actor, 'cells.manage', await unitCoverage(db, row.cell_id)))));
}

/** The committee above the cell: 403 for a role that never manages, 404 for a cell out of reading scope, 403 for the cell's own secretary. */
async function committeeOf(db: Kysely<DB>, actor: Actor, cellId: string) {
  if (!holds(actor, 'cells.manage')) throw forbidden();
  const cell = await cellById(db, cellId);
  if (!cell) throw notFound();
  const coverage = await unitCoverage(db, cell.id);
  enforce(readVerdict(actor, 'cells.read', coverage));
  if (!coversAbove(actor, 'cells.manage', coverage)) throw forbidden();
  return cell;
}

export async function assignRoster(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  cellId: string,
  body: z.infer<typeof AssignRosterRequest>,
) {
  const cell = await committeeOf(db, actor, cellId);
  const person = await personById(db, body.personId);
  if (!person) throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  if (await r.rosterTaken(db, cell.id, body.month, person.id))
    throw fieldError('personId', 'cells.roster.duplicate', { name: person.name, month: viMonth(body.month) });
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await r.insertRoster(trx, {
      id,
      cell_id: cell.id,
      month: body.month,
      person_id: person.id,
      post: body.post?.trim() ?? '',
      attended: null,
    });
    await recordAudit(trx, ctx, [
      { action: 'cells.roster.assign', entityType: 'cell_roster', entityId: id, unitId: cell.id, personId: person.id, after: body },
    ]);
  });
  const row = await r.rosterById(db, id);
  if (!row) throw notFound();
  return rowView(row, actor, true);
}

/** The row for a write: the assigned cadre themself, or the committee above the cell; 404 for anyone else who cannot read it. */
async function rosterForWrite(db: Kysely<DB>, actor: Actor, id: string, version: number, committeeOnly: boolean) {
  const row = await r.rosterById(db, id);
  if (!row) throw notFound();
  const coverage = await unitCoverage(db, row.cell_id);
  const committee = coversAbove(actor, 'cells.manage', coverage);
  const self = !!actor.personId && actor.personId === row.person_id;
  if (!committee && !(self && !committeeOnly)) {
    if (self || readVerdict(actor, 'cells.read', coverage) === 'allow') throw forbidden();
    throw notFound();
  }
  if (row.version !== version) throw conflict();
  return { row, committee };
}

export async function reportRoster(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: z.infer<typeof RosterReportRequest>) {
  const { row, committee } = await rosterForWrite(db, actor, id, body.version, false);
  if (row.month > todayInVietnam().slice(0, 7)) throw fieldError('attended', 'cells.roster.future', { month: viMonth(row.month) });
  const meeting = body.attended && !row.guest_id ? await r.monthMeeting(db, row.cell_id, row.month) : undefined;
  const guestId = meeting ? randomUUID() : row.guest_id;
  await db.transaction().execute(async (trx) => {
    if (meeting && guestId)
      await w.insertGuest(trx, {
        id: guestId,
        meeting_id: meeting.id,
        person_id: row.person_id,
        name: row.name,
        post: row.post,
        assigned: true,
        attended: true,
        report: body.report,
      });
    else if (row.guest_id) await r.updateGuest(trx, row.guest_id, body.attended, body.report);
    if (!(await r.updateRoster(trx, id, body.version, { attended: body.attended, report: body.report.trim(), guest_id: guestId })))
      throw conflict();
    await recordAudit(trx, ctx, [
      { action: 'cells.roster.report', entityType: 'cell_roster', entityId: id, unitId: row.cell_id, personId: row.person_id, after: body },
    ]);
  });
  const fresh = await r.rosterById(db, id);
  if (!fresh) throw notFound();
  return rowView(fresh, actor, committee);
}

/** The committee turns the cadre's report (a concern it should handle) into a task of the task model. */
export async function rosterTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: z.infer<typeof RosterTaskRequest>) {
  const { row } = await rosterForWrite(db, actor, id, body.version, true);
  if (row.task_id) throw fieldError('title', 'cells.roster.has_task');
  if (!row.report.trim()) throw fieldError('title', 'cells.roster.no_report');
  const today = todayInVietnam();
  const task = {
    // The committee's own work: the unit above the cell (its Party committee).
    unitId: (await r.parentOf(db, row.cell_id, today)) ?? row.cell_id,
    source: 'conclusion' as const,
    sourceRef: null,
    title: body.title,
    description: row.report,
    assignerId: actor.personId,
    startDate: today,
    dueDate: body.dueDate,
    workUnits: 1,
    leadId: body.leadId,
    pastDueConfirmed: false,
  };
  const issues = await checkNewTask(db, actor, task);
  if (issues.length) throw invalid(...issues);
  await db.transaction().execute(async (trx) => {
    const taskId = await createTaskTx(trx, ctx, task, actor.accountId);
    if (!(await r.updateRoster(trx, id, body.version, { task_id: taskId }))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'cells.roster.task',
        entityType: 'cell_roster',
        entityId: id,
        unitId: row.cell_id,
        personId: body.leadId,
        after: { ...body, taskId },
      },
    ]);
  });
  const fresh = await r.rosterById(db, id);
  if (!fresh) throw notFound();
  return rowView(fresh, actor, true);
}
