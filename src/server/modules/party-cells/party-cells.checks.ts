// The committee's six-monthly check of its member list against the members' files (Hướng dẫn 06-HD/TW):
// a recorded task per committee and half-year — set up with its due day (default the last day of the half),
// then marked done with the day of the check and its result. Shown due or late on the cells dashboard.
// Managed by the organising body (cells.manage on the committee); read with cells.read. Decision 0041.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { CheckDoneRequest, CheckView, CreateCheckRequest } from '../../../contracts/party-cells-admin.js';
import { compareDates, formatViDate, toCivilDate, todayInVietnam } from '../../../domain/dates.js';
import { checkState, halfEnd } from '../../../domain/party-cells/admin.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, forbidden, notFound } from '../../errors.js';
import { actOrReadVerdict, covers, enforce, holds, readVerdict, unitCoverage } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { audited } from './party-cells.audited.js';
import * as aq from './party-cells.admin.queries.js';
import { CELL_KINDS } from './party-cells.queries.js';

/** The rule cited on every check. */
export const CHECK_RULE = 'Hướng dẫn 06-HD/TW (định kỳ 6 tháng đối chiếu danh sách đảng viên với hồ sơ đảng viên)';

type CheckRow = NonNullable<Awaited<ReturnType<typeof aq.checkById>>>;

const view = (r: CheckRow, asOf: string): CheckView => ({
  id: r.id,
  unitId: r.unit_id,
  year: r.year,
  half: r.half,
  dueOn: r.due_on,
  doneOn: r.done_on,
  result: r.result,
  note: r.note,
  state: checkState(r.due_on, r.done_on, asOf),
  version: r.version,
});

const halfStart = (year: number, half: number) => toCivilDate(year, half === 1 ? 1 : 7, 1);

/** The unit read for a check (404 missing or outside the cells.read scope). */
async function readUnit(db: Kysely<DB>, actor: Actor, unitId: string) {
  if (!holds(actor, 'cells.read')) throw notFound();
  const unit = await aq.unitKind(db, unitId);
  if (!unit) throw notFound();
  const coverage = await unitCoverage(db, unit.id);
  enforce(readVerdict(actor, 'cells.read', coverage));
  return { unit, coverage };
}

/** The unit's checks, newest first; canManage only where the actor manages a committee (a cell has no check of its own). */
export async function listChecks(db: Kysely<DB>, actor: Actor, unitId: string, asOf = todayInVietnam()) {
  const { unit, coverage } = await readUnit(db, actor, unitId);
  return {
    rule: CHECK_RULE,
    items: (await aq.checksOf(db, unitId)).map((r) => view(r, asOf)),
    canManage: covers(actor, 'cells.manage', coverage) && !(CELL_KINDS as readonly string[]).includes(unit.kind),
  };
}

export async function createCheck(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  body: z.infer<typeof CreateCheckRequest>,
): Promise<CheckView> {
  if (!holds(actor, 'cells.manage')) throw forbidden();
  const { unit, coverage } = await readUnit(db, actor, unitId);
  enforce(actOrReadVerdict(actor, 'cells.manage', 'cells.read', coverage));
  if ((CELL_KINDS as readonly string[]).includes(unit.kind)) throw fieldError('unitId', 'cells.check.not_committee', { rule: CHECK_RULE });
  const dueOn = body.dueOn ?? halfEnd(body.year, body.half);
  const start = halfStart(body.year, body.half);
  if (compareDates(dueOn, start) < 0) throw fieldError('dueOn', 'cells.check.due_before_half', { date: formatViDate(start) });
  if (await aq.checkTaken(db, unit.id, body.year, body.half))
    throw fieldError('half', 'cells.check.taken', { half: body.half, year: body.year, rule: CHECK_RULE });
  const id = randomUUID();
  await audited(
    db,
    ctx,
    (trx) =>
      aq.insertCheck(trx, {
        id,
        unit_id: unit.id,
        year: body.year,
        half: body.half,
        due_on: dueOn,
        note: body.note?.trim() ?? '',
        created_by: actor.accountId,
        done_on: null,
        done_by: null,
      }),
    { action: 'cells.check.create', entityType: 'cell_member_check', entityId: id, unitId: unit.id, after: { ...body, dueOn } },
  );
  return view((await aq.checkById(db, id))!, todayInVietnam());
}

export async function markCheckDone(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: z.infer<typeof CheckDoneRequest>,
): Promise<CheckView> {
  const row = await aq.checkById(db, id);
  if (!row) throw notFound();
  const { coverage } = await readUnit(db, actor, row.unit_id);
  enforce(actOrReadVerdict(actor, 'cells.manage', 'cells.read', coverage));
  if (row.version !== body.version) throw conflict();
  if (row.done_on) throw fieldError('doneOn', 'cells.check.already_done', { date: formatViDate(row.done_on) });
  const today = todayInVietnam();
  if (compareDates(body.doneOn, today) > 0) throw fieldError('doneOn', 'cells.check.done_future', { date: formatViDate(today) });
  const start = halfStart(row.year, row.half);
  if (compareDates(body.doneOn, start) < 0) throw fieldError('doneOn', 'cells.check.done_before_half', { date: formatViDate(start) });
  await audited(
    db,
    ctx,
    async (trx) => {
      if (!(await aq.updateCheck(trx, id, body.version, { done_on: body.doneOn, result: body.result.trim(), done_by: actor.accountId })))
        throw conflict();
    },
    {
      action: 'cells.check.done',
      entityType: 'cell_member_check',
      entityId: id,
      unitId: row.unit_id,
      before: { doneOn: null },
      after: body,
    },
  );
  return view((await aq.checkById(db, id))!, today);
}
