// Creating tasks from every source: validation that names the offending field, and the insert
// (task, assignees, audit, notifications) inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { TaskCreate } from '../../../contracts/tasks.js';
import { compareDates, formatViDate, isCivilDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { notifyAssignees } from './tasks.notify.js';
import { issueRoots, readRoots, requireIssuer } from './tasks.policy.js';
import * as q from './tasks.queries.js';

export interface NewTask {
  unitId: string;
  source: 'plan' | 'slip' | 'conclusion' | 'programme' | 'volunteer';
  sourceRef?: string | null;
  title: string;
  description?: string;
  assignerId?: string | null;
  fieldCode?: string | null;
  areaUnitId?: string | null;
  startDate: string;
  dueDate: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  workUnits: number;
  leadId: string;
  supportIds?: string[];
  /**
   * false: a due date before today is refused (a person typed it); true: knowingly recorded;
   * undefined: not checked here (tasks made from an approved plan or a meeting's conclusions keep the date agreed there).
   */
  pastDueConfirmed?: boolean;
}

/** The issue for a due date before today (Asia/Ho_Chi_Minh) that was not confirmed as knowingly past, or null. */
export function pastDueIssue(field: string, dueDate: string, confirmed: boolean, today = todayInVietnam()): FieldIssue | null {
  if (confirmed || !isCivilDate(dueDate) || compareDates(dueDate, today) >= 0) return null;
  return { field, key: 'v.task.past_due', params: { date: formatViDate(dueDate), today: formatViDate(today) } };
}

/**
 * Validates a new task. Field names are those of NewTask prefixed by `prefix` as given (pass
 * 'items.3.' to get 'items.3.dueDate'). The unit must lie in the actor's scope (any role: the
 * caller has already decided which roles may create); every assignee's unit must lie in the task
 * unit's subtree — a person who moved out has left the unit. `actor` null = system (no scope check).
 */
export async function checkNewTask(db: Kysely<DB>, actor: Actor | null, input: NewTask, prefix = ''): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const f = (field: string, key: string, params?: Record<string, unknown>) => issues.push({ field: prefix + field, key, params });
  if (!input.title || input.title.trim() === '') f('title', 'v.required');
  if (!isCivilDate(input.startDate)) f('startDate', 'v.date');
  if (!isCivilDate(input.dueDate)) f('dueDate', 'v.date');
  else if (isCivilDate(input.startDate) && compareDates(input.dueDate, input.startDate) < 0) f('dueDate', 'v.date_order');
  else if (input.pastDueConfirmed !== undefined) {
    const past = pastDueIssue('dueDate', input.dueDate, input.pastDueConfirmed);
    if (past) f('dueDate', past.key, past.params);
  }
  if (!(typeof input.workUnits === 'number' && Number.isFinite(input.workUnits) && input.workUnits > 0))
    f('workUnits', 'v.task.work_units');
  const supports = input.supportIds ?? [];
  if (!input.leadId) f('leadId', 'v.task.lead_required');
  supports.forEach((id, i) => {
    if (id === input.leadId) f(`supportIds.${i}`, 'v.task.lead_in_support');
    else if (supports.indexOf(id) !== i) f(`supportIds.${i}`, 'v.task.duplicate_assignee');
  });
  const unit = input.unitId ? await q.unitExists(db, input.unitId) : false;
  if (!unit) {
    f('unitId', 'v.task.unit_unknown');
    return issues;
  }
  if (actor) {
    const roots = readRoots(actor);
    if (!(await q.unitUnderAny(db, roots, input.unitId))) {
      f('unitId', 'v.task.unit_out_of_scope');
      return issues;
    }
  }
  if (input.fieldCode && !(await q.fieldExists(db, input.fieldCode))) f('fieldCode', 'v.task.field_unknown');
  if (input.areaUnitId && !(await q.unitUnderAny(db, [input.unitId], input.areaUnitId))) f('areaUnitId', 'v.task.area_outside');
  const ids = [input.leadId, ...supports].filter((id): id is string => !!id);
  const inUnit = await q.peopleInSubtree(db, input.unitId, ids);
  if (input.leadId && !inUnit.has(input.leadId)) f('leadId', 'v.task.assignee_outside');
  supports.forEach((id, i) => {
    if (id !== input.leadId && supports.indexOf(id) === i && !inUnit.has(id)) f(`supportIds.${i}`, 'v.task.assignee_outside');
  });
  return issues;
}

/** Inserts the task and its assignees, audits 'task.create' and notifies the assignees. */
export async function createTaskTx(
  trx: Transaction<DB>,
  ctx: AuditContext,
  input: NewTask,
  createdBy: string | null,
  opts: { auditExtra?: Record<string, unknown>; notifyLead?: boolean } = {},
): Promise<string> {
  return insertTaskTx(trx, ctx, input, createdBy, opts);
}

/** createTaskTx with extras for this module: more audited fields (a roadmap), whether the lead is told. */
export async function insertTaskTx(
  trx: Transaction<DB>,
  ctx: AuditContext,
  input: NewTask,
  createdBy: string | null,
  opts: { auditExtra?: Record<string, unknown>; notifyLead?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  const supports = [...new Set(input.supportIds ?? [])].filter((s) => s !== input.leadId);
  await q.insertTask(trx, {
    id,
    unit_id: input.unitId,
    source: input.source,
    source_ref: input.sourceRef ?? null,
    title: input.title.normalize('NFC').trim(),
    description: input.description ?? '',
    assigner_id: input.assignerId ?? null,
    field_code: input.fieldCode ?? null,
    area_unit_id: input.areaUnitId ?? null,
    start_date: input.startDate,
    due_date: input.dueDate,
    priority: input.priority ?? 'normal',
    work_units: input.workUnits,
    created_by: createdBy,
    // A volunteer leads the task they took on: nobody else acknowledges it (it starts accepted).
    ...(input.source === 'volunteer' ? { status: 'accepted' as const, acknowledged_at: new Date() } : {}),
  });
  await q.insertAssignees(trx, id, input.leadId, supports);
  await recordAudit(trx, ctx, [
    {
      action: 'task.create',
      entityType: 'task',
      entityId: id,
      unitId: input.unitId,
      personId: input.leadId,
      after: { ...input, supportIds: supports, ...opts.auditExtra },
    },
  ]);
  const notifyLead = opts.notifyLead ?? true;
  await notifyAssignees(trx, {
    taskId: id,
    leadId: notifyLead ? input.leadId : null,
    supportIds: supports,
    kind: 'task_assigned',
    stamp: id,
    params: { title: input.title, dueDate: input.dueDate },
  });
  return id;
}

/** POST /tasks: a task slip (or a programme task) issued by standing/admin in scope; the assigner is the actor's person. */
export async function issueTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, body: TaskCreate): Promise<string> {
  requireIssuer(actor);
  if (!(await q.unitUnderAny(db, issueRoots(actor), body.unitId))) throw notFound();
  const input: NewTask = { ...body, assignerId: actor.personId };
  const issues = await checkNewTask(db, actor, input);
  if (issues.length) throw invalid(...issues);
  return db.transaction().execute((trx) => createTaskTx(trx, ctx, input, actor.accountId));
}
