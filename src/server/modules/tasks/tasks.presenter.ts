// Task responses, field by field. People appear as id + full name only (transparency without
// personal data). Overdue and the roadmap state are derived here from today's date.
import type { TaskDetail, TaskListItem, TaskOrigin } from '../../../contracts/tasks.js';
import { fullName } from '../../../domain/names.js';
import { milestoneState } from '../../../domain/roadmap.js';
import type { TaskAction } from './tasks.policy.js';
import type { AssigneeRow, TaskRow } from './tasks.queries.js';
import type { TaskListRow } from './tasks.list.queries.js';

interface NameParts {
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
}

export const nameOf = (p: NameParts) =>
  fullName({ familyName: p.family_name ?? '', middleName: p.middle_name ?? '', givenName: p.given_name ?? '' });
export const personRef = (id: string, p: NameParts) => ({ id, fullName: nameOf(p) });

/** Overdue is never stored: the due date has passed and the task is neither done nor cancelled. */
export const isOverdue = (t: { due_date: string; status: string }, today: string) =>
  t.due_date < today && t.status !== 'done' && t.status !== 'cancelled';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export interface Holders {
  lead: { id: string; fullName: string } | null;
  supports: Array<{ id: string; fullName: string }>;
}

export function holdersByTask(rows: AssigneeRow[]): Map<string, Holders> {
  const out = new Map<string, Holders>();
  for (const r of rows) {
    const h = out.get(r.task_id) ?? { lead: null, supports: [] };
    if (r.role === 'lead') h.lead = personRef(r.person_id, r);
    else h.supports.push(personRef(r.person_id, r));
    out.set(r.task_id, h);
  }
  return out;
}

type ListSource = Pick<
  TaskListRow,
  | 'id'
  | 'title'
  | 'unit_id'
  | 'source'
  | 'start_date'
  | 'due_date'
  | 'status'
  | 'progress'
  | 'priority'
  | 'work_units'
  | 'field_code'
  | 'completed_on'
  | 'version'
>;

export function presentListItem(
  t: ListSource,
  unitName: string,
  holders: Holders | undefined,
  assignerName: string | null,
  today: string,
): TaskListItem {
  return {
    id: t.id,
    title: t.title,
    unitId: t.unit_id,
    unitName,
    source: t.source,
    lead: holders?.lead ?? null,
    supports: holders?.supports ?? [],
    assignerName,
    startDate: t.start_date,
    dueDate: t.due_date,
    status: t.status,
    progress: t.progress,
    overdue: isOverdue(t, today),
    priority: t.priority,
    workUnits: Number(t.work_units),
    fieldCode: t.field_code,
    completedOn: t.completed_on,
    version: t.version,
  };
}

export interface DetailParts {
  unitName: string;
  areaUnitName: string | null;
  holders: Holders | undefined;
  assigner: { id: string; fullName: string } | null;
  appraiser: { id: string; fullName: string } | null;
  progress: Array<{ id: string; reported_at: Date; progress: number; note: string; person_id: string | null } & NameParts>;
  attachments: Array<{ id: string; owner_id: string; file_name: string; mime_type: string; size_bytes: number }>;
  dueChanges: Array<{
    id: string;
    old_due: string;
    new_due: string;
    reason: string;
    objective_cause: boolean;
    changed_at: Date;
    display_name: string | null;
  }>;
  milestones: Array<{ id: string; ordinal: number; title: string; due_date: string; done_on: string | null; version: number }>;
  actions: TaskAction[];
  origin: TaskOrigin | null;
}

/** Progress against the roadmap: of the milestones due by today, how many are done. */
export function roadmapOf(milestones: DetailParts['milestones'], today: string) {
  if (milestones.length === 0) return null;
  const due = milestones.filter((m) => m.due_date <= today);
  const doneOfDue = due.filter((m) => m.done_on).length;
  return {
    total: milestones.length,
    done: milestones.filter((m) => m.done_on).length,
    dueByToday: due.length,
    doneOfDue,
    onTrack: doneOfDue === due.length,
  };
}

export function presentDetail(t: TaskRow, parts: DetailParts, assignerName: string | null, today: string): TaskDetail {
  const files = (ownerId: string) =>
    parts.attachments
      .filter((a) => a.owner_id === ownerId)
      .map((a) => ({ id: a.id, fileName: a.file_name, mimeType: a.mime_type, sizeBytes: a.size_bytes }));
  return {
    ...presentListItem(t, parts.unitName, parts.holders, assignerName, today),
    description: t.description,
    sourceRef: t.source_ref,
    origin: parts.origin,
    assigner: parts.assigner,
    areaUnitId: t.area_unit_id,
    areaUnitName: parts.areaUnitName,
    acknowledgedAt: t.acknowledged_at ? iso(t.acknowledged_at) : null,
    cancelledReason: t.cancelled_reason,
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
    progressReports: parts.progress.map((r) => ({
      id: r.id,
      reportedAt: iso(r.reported_at),
      progress: r.progress,
      note: r.note,
      person: r.person_id ? personRef(r.person_id, r) : null,
      attachments: files(r.id),
    })),
    dueChanges: parts.dueChanges.map((c) => ({
      id: c.id,
      oldDue: c.old_due,
      newDue: c.new_due,
      reason: c.reason,
      objectiveCause: c.objective_cause,
      changedBy: c.display_name,
      changedAt: iso(c.changed_at),
    })),
    milestones: parts.milestones.map((m) => ({
      id: m.id,
      ordinal: m.ordinal,
      title: m.title,
      dueDate: m.due_date,
      doneOn: m.done_on,
      state: milestoneState(m, today),
      version: m.version,
    })),
    roadmap: roadmapOf(parts.milestones, today),
    appraisal:
      t.quality_ok === null || !t.appraised_at
        ? null
        : {
            qualityOk: t.quality_ok,
            majorErrors: t.major_errors ?? 0,
            exceeded: t.exceeded ?? false,
            objectiveCause: t.objective_cause ?? false,
            note: t.appraisal_note ?? '',
            appraisedBy: parts.appraiser,
            appraisedAt: iso(t.appraised_at),
          },
    actions: parts.actions,
  };
}

/** What the audit trail keeps of a task (before/after). */
export function auditSnapshot(t: TaskRow) {
  return {
    title: t.title,
    description: t.description,
    status: t.status,
    progress: t.progress,
    priority: t.priority,
    workUnits: Number(t.work_units),
    fieldCode: t.field_code,
    areaUnitId: t.area_unit_id,
    startDate: t.start_date,
    dueDate: t.due_date,
    completedOn: t.completed_on,
    cancelledReason: t.cancelled_reason,
    qualityOk: t.quality_ok,
    majorErrors: t.major_errors,
    exceeded: t.exceeded,
    objectiveCause: t.objective_cause,
    appraisalNote: t.appraisal_note,
    version: t.version,
  };
}
