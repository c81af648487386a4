// Reading tasks: the board (list), the calendar and the detail view, all limited to the actor's
// reading scope (transparency: every role whose subtree covers the task's unit).
import type { Kysely } from 'kysely';
import type { TaskDetail, TaskListItem, TaskListQuery, TaskOrigin } from '../../../contracts/tasks.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError, notFound } from '../../errors.js';
import { unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { meetingOfConclusion } from '../meetings/index.js';
import { unitInSubtrees } from '../org/index.js';
import { planOfItem } from '../plans/index.js';
import * as dq from './tasks.detail.queries.js';
import * as lq from './tasks.list.queries.js';
import { type TaskFacts, allowedActions, managedBy, readRoots } from './tasks.policy.js';
import { type Holders, holdersByTask, nameOf, personRef, presentDetail, presentListItem } from './tasks.presenter.js';
import * as q from './tasks.queries.js';

/** The task if it lies in the actor's reading scope, else 404. */
export async function loadTask(db: Kysely<DB>, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}) {
  const row = await q.taskRow(db, id, opts.forUpdate);
  if (!row || !(await unitInSubtrees(db, readRoots(actor), row.unit_id))) throw notFound();
  const holders = holdersByTask(await q.assigneesOf(db, [id])).get(id) ?? { lead: null, supports: [] };
  return { row, holders };
}

export async function factsOf(db: Kysely<DB>, actor: Actor, row: q.TaskRow, holders: Holders): Promise<TaskFacts> {
  return {
    status: row.status,
    assignerId: row.assigner_id,
    leadId: holders.lead?.id ?? null,
    supportIds: holders.supports.map((s) => s.id),
    source: row.source,
    managedByActor: managedBy(actor, await unitCoverage(db, row.unit_id)),
  };
}

/** The roots a list runs under: the requested unit when it lies in scope (404 otherwise). */
async function listRoots(db: Kysely<DB>, actor: Actor, unitId: string | undefined): Promise<string[]> {
  const roots = readRoots(actor);
  if (!unitId) return roots;
  if (!(await unitInSubtrees(db, roots, unitId))) throw notFound();
  return [unitId];
}

async function presentRows(db: Kysely<DB>, rows: lq.TaskListRow[], today: string): Promise<TaskListItem[]> {
  const holders = holdersByTask(
    await q.assigneesOf(
      db,
      rows.map((r) => r.id),
    ),
  );
  const assigners = await q.personNames(db, [...new Set(rows.map((r) => r.assigner_id).filter((a): a is string => !!a))]);
  return rows.map((r) => {
    const a = r.assigner_id ? assigners.get(r.assigner_id) : undefined;
    return presentListItem(r, r.unit_name, holders.get(r.id), a ? nameOf(a) : null, today);
  });
}

export async function listTasks(db: Kysely<DB>, actor: Actor, query: TaskListQuery) {
  const today = todayInVietnam();
  const { page, pageSize, unitId, sort, ...filters } = query;
  const roots = await listRoots(db, actor, unitId);
  const criteria: lq.TaskCriteria = { ...filters, roots, units: await lq.unitsUnder(db, roots), today };
  const [rows, total] = await Promise.all([lq.listTasks(db, criteria, sort, pageSize, (page - 1) * pageSize), lq.countTasks(db, criteria)]);
  return { items: await presentRows(db, rows, today), total, page, pageSize };
}

export const CALENDAR_MAX_DAYS = 62;
const CALENDAR_MAX_ITEMS = 2000;

export async function calendar(db: Kysely<DB>, actor: Actor, query: { unitId: string; from: string; to: string }) {
  if (query.to < query.from) throw fieldError('to', 'v.date_order');
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
  if (days > CALENDAR_MAX_DAYS) throw fieldError('to', 'v.task.calendar_range', { max: CALENDAR_MAX_DAYS });
  const today = todayInVietnam();
  const roots = await listRoots(db, actor, query.unitId);
  const criteria: lq.TaskCriteria = { roots, units: await lq.unitsUnder(db, roots), today, from: query.from, to: query.to };
  const rows = await lq.listTasks(db, criteria, 'due', CALENDAR_MAX_ITEMS, 0);
  return { items: await presentRows(db, rows, today) };
}

/** The plan or meeting a task came from (source_ref holds the plan item or the conclusion). */
async function originOf(db: Kysely<DB>, row: { source: string; source_ref: string | null }): Promise<TaskOrigin | null> {
  if (!row.source_ref) return null;
  if (row.source === 'plan') {
    const p = await planOfItem(db, row.source_ref);
    return p ? { kind: 'plan', id: p.id, weekStart: p.week_start, author: nameOf(p) } : null;
  }
  if (row.source === 'conclusion') {
    const m = await meetingOfConclusion(db, row.source_ref);
    return m ? { kind: 'meeting', id: m.id, title: m.title, scheduledAt: m.scheduled_at.toISOString(), conclusion: m.ordinal } : null;
  }
  return null;
}

export async function taskDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<TaskDetail> {
  const today = todayInVietnam();
  const { row, holders } = await loadTask(db, actor, id);
  const [progress, dueChanges, milestones, facts] = await Promise.all([
    dq.progressOf(db, id),
    dq.dueChangesOf(db, id),
    dq.milestonesOf(db, id),
    factsOf(db, actor, row, holders),
  ]);
  const attachments = await dq.attachmentsOf(
    db,
    'task_progress',
    progress.map((p) => p.id),
  );
  const people = await q.personNames(
    db,
    [row.assigner_id, row.appraised_by].filter((x): x is string => !!x),
  );
  const ref = (pid: string | null) => {
    const p = pid ? people.get(pid) : undefined;
    return pid && p ? personRef(pid, p) : null;
  };
  const assigner = ref(row.assigner_id);
  return presentDetail(
    row,
    {
      unitName: (await q.unitName(db, row.unit_id)) ?? '',
      areaUnitName: row.area_unit_id ? await q.unitName(db, row.area_unit_id) : null,
      holders,
      assigner,
      appraiser: ref(row.appraised_by),
      progress,
      attachments,
      dueChanges,
      milestones,
      actions: allowedActions(actor, facts),
      origin: await originOf(db, row),
    },
    assigner?.fullName ?? null,
    today,
  );
}
