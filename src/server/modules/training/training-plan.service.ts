// The year's training plan of a unit: planned courses with their places and attendees, and their completion
// read from the courses recorded (never stored). The organising body edits (training.write); the standing
// committee and inspection read (training.read). Every mutation audited in its transaction; stale → 409.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  CreatePlanItemRequest,
  PlanItemInput,
  PlanItemView,
  TrainingPlanView,
  UpdatePlanItemRequest,
} from '../../../contracts/training-plan.js';
import { formatViDate } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { completesPlanItem, completionPct, dimensionOfLevel, planItemIssues } from '../../../domain/training/index.js';
import type { DB, TrainingPlanItemTable } from '../../db/schema.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { unitExists } from './exemplars.queries.js';
import * as q from './training-plan.queries.js';
import { assertCanReadUnitTraining, assertCanWriteUnitTraining, canWriteUnitTraining } from './training.policy.js';
import { coursesOf } from './training.queries.js';

type Trx = Transaction<DB>;
type ItemRow = Selectable<TrainingPlanItemTable>;

/** The plan of a unit for a year, each course with its attendees and whether they completed it. */
export async function trainingPlan(db: Kysely<DB>, actor: Actor, unitId: string, year: number): Promise<TrainingPlanView> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const [unit, rows, edit] = await Promise.all([
    unitExists(db, unitId),
    q.planItems(db, unitId, year),
    canWriteUnitTraining(db, actor, unitId),
  ]);
  const attendees = await q.attendeesOf(
    db,
    rows.map((r) => r.id),
  );
  const courses = await coursesOf(db, [...new Set(attendees.map((a) => a.person_id))]);
  const items: PlanItemView[] = rows.map((r) => {
    const mine = attendees
      .filter((a) => a.item_id === r.id)
      .map((a) => ({
        personId: a.person_id,
        name: fullName({ familyName: a.family_name, middleName: a.middle_name, givenName: a.given_name }),
        unitName: a.unit_name,
        completed: courses.some(
          (c) =>
            c.person_id === a.person_id && completesPlanItem(r, { name: c.name, level: c.level, endDate: c.end_date, result: c.result }),
        ),
      }));
    const completed = mine.filter((a) => a.completed).length;
    return {
      ...itemFields(r),
      dimension: r.level ? dimensionOfLevel(r.level) : null,
      attendees: mine,
      completed,
      pct: completionPct(completed, r.places),
      version: r.version,
    };
  });
  const places = items.reduce((s, i) => s + i.places, 0);
  const completed = items.reduce((s, i) => s + i.completed, 0);
  return {
    unitId,
    unitName: unit?.name ?? '',
    year,
    items,
    totals: {
      courses: items.length,
      places,
      assigned: items.reduce((s, i) => s + i.attendees.length, 0),
      completed,
      pct: completionPct(completed, places),
    },
    actions: { edit },
  };
}

const itemFields = (r: ItemRow) => ({
  id: r.id,
  name: r.name,
  institution: r.institution,
  level: r.level,
  startDate: r.start_date,
  endDate: r.end_date,
  places: r.places,
});

/** 400 naming the field and the rule: dates in the year and in order, attendees of the unit, each once, within the places. */
async function checkItem(db: Kysely<DB>, unitId: string, year: number, body: PlanItemInput) {
  const issues: Array<{ field: string; key: string }> = planItemIssues({ year, ...body }).map((i) => ({
    field: i.field,
    key: i.code,
  }));
  if (!issues.some((i) => i.field === 'attendees')) {
    const under = await q.peopleUnder(db, unitId, body.attendees);
    if (under.size !== body.attendees.length) issues.push({ field: 'attendees', key: 'training.plan.attendee_outside' });
  }
  if (issues.length)
    throw invalid(...issues.map((i) => ({ ...i, params: { year, places: body.places, start: formatViDate(body.startDate) } })));
}

const rowOf = (body: PlanItemInput) => ({
  name: body.name,
  institution: body.institution,
  level: body.level,
  start_date: body.startDate,
  end_date: body.endDate,
  places: body.places,
});
const auditOf = (r: ItemRow, attendees: readonly string[]) => ({
  unitId: r.unit_id,
  year: r.year,
  ...itemFields(r),
  attendees: [...attendees].sort(),
});

export async function createPlanItem(trx: Trx, actor: Actor, audit: AuditContext, body: CreatePlanItemRequest): Promise<TrainingPlanView> {
  requireAction(actor, 'training.write');
  await assertCanWriteUnitTraining(trx, actor, body.unitId);
  await checkItem(trx, body.unitId, body.year, body);
  const row = await q.insertPlanItem(trx, {
    id: randomUUID(),
    unit_id: body.unitId,
    year: body.year,
    ...rowOf(body),
    created_by: actor.accountId,
  });
  await q.replaceAttendees(trx, row.id, body.attendees);
  await recordAudit(trx, audit, [
    {
      action: 'training.plan.create',
      entityType: 'training_plan_item',
      entityId: row.id,
      unitId: row.unit_id,
      after: auditOf(row, body.attendees),
    },
  ]);
  return trainingPlan(trx, actor, body.unitId, body.year);
}

async function lockedItem(trx: Trx, actor: Actor, id: string, version: number) {
  requireAction(actor, 'training.write');
  const before = await q.planItemById(trx, id, true);
  if (!before) throw notFound();
  await assertCanWriteUnitTraining(trx, actor, before.unit_id);
  if (before.version !== version) throw conflict();
  const attendees = (await q.attendeesOf(trx, [id])).map((a) => a.person_id);
  return { before, attendees };
}

export async function updatePlanItem(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  id: string,
  body: UpdatePlanItemRequest,
): Promise<TrainingPlanView> {
  const { before, attendees } = await lockedItem(trx, actor, id, body.version);
  await checkItem(trx, before.unit_id, before.year, body);
  const after = await q.updatePlanItem(trx, id, before.version, rowOf(body));
  if (!after) throw conflict();
  await q.replaceAttendees(trx, id, body.attendees);
  await recordAudit(trx, audit, [
    {
      action: 'training.plan.update',
      entityType: 'training_plan_item',
      entityId: id,
      unitId: before.unit_id,
      before: auditOf(before, attendees),
      after: auditOf(after, body.attendees),
    },
  ]);
  return trainingPlan(trx, actor, before.unit_id, before.year);
}

export async function deletePlanItem(trx: Trx, actor: Actor, audit: AuditContext, id: string, version: number): Promise<TrainingPlanView> {
  const { before, attendees } = await lockedItem(trx, actor, id, version);
  if (!(await q.deletePlanItem(trx, id, version))) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'training.plan.delete',
      entityType: 'training_plan_item',
      entityId: id,
      unitId: before.unit_id,
      before: auditOf(before, attendees),
    },
  ]);
  return trainingPlan(trx, actor, before.unit_id, before.year);
}
