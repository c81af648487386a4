// WorkBatch: the work-assignment rows of one seed run (tasks and everything around them), kept in
// memory and written in foreign-key order with chunked multi-row INSERTs. addTask draws the
// task's outcome and adds its assignees, progress reports and due-date changes consistently:
// status and completion date agree, exactly one lead, every assignee chosen by the caller from
// the task unit's subtree.
import type { Insertable, Kysely } from 'kysely';
import type {
  AttachmentTable,
  DB,
  IndicatorActualTable,
  IndicatorTable,
  MeetingAgendaItemTable,
  MeetingConclusionTable,
  MeetingParticipantTable,
  MeetingTable,
  NotificationTable,
  ResponsibilityTable,
  TaskAssigneeTable,
  TaskDueChangeTable,
  TaskMilestoneTable,
  TaskProgressTable,
  TaskSource,
  TaskTable,
  WeeklyPlanItemTable,
  WeeklyPlanTable,
} from '../db/schema.js';
import { insertChunked, insertJsonChunked } from './bulk.js';
import { dropForBulkLoad, restoreAfterBulkLoad } from './work-bulk-load.js';
import { addDays, daysBetween } from '../../domain/dates.js';
import { maxDate, minDate, randomDate } from './days.js';
import type { Random } from './random.js';
import { APPRAISAL_NOTES, CANCEL_REASONS, DUE_CHANGE_REASONS, PROGRESS_NOTES } from './work-vocab.js';
import { drawOutcome, type Outcome, vnTime } from './work-outcome.js';

const BULK_TABLES = ['task', 'task_assignee', 'weekly_plan', 'weekly_plan_item', 'task_progress', 'meeting_participant'];

export type TaskRow = Omit<Insertable<TaskTable>, 'version'> & { status: Outcome['status']; work_units: number };

export interface TaskDraft {
  unitId: string;
  source: TaskSource;
  sourceRef?: string | null;
  title: string;
  description?: string;
  assignerId: string | null;
  fieldCode?: string | null;
  areaUnitId?: string | null;
  startDate: string;
  dueDate: string;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  workUnits: number;
  leadId: string;
  supportIds?: string[];
  /** Account that created the task (the assigner's, when they have one). */
  createdBy?: string | null;
  /** When the task row was created (default: a day or two before it starts). */
  createdAt?: Date;
  /** Chance of a due-date change with a reason (default 3%). */
  dueChangeChance?: number;
}

export class WorkBatch {
  readonly responsibilities: Array<Insertable<ResponsibilityTable>> = [];
  readonly tasks: TaskRow[] = [];
  readonly assignees: Array<Insertable<TaskAssigneeTable>> = [];
  readonly progress: Array<Insertable<TaskProgressTable>> = [];
  readonly dueChanges: Array<Insertable<TaskDueChangeTable>> = [];
  readonly milestones: Array<Insertable<TaskMilestoneTable>> = [];
  readonly plans: Array<Insertable<WeeklyPlanTable>> = [];
  readonly planItems: Array<Insertable<WeeklyPlanItemTable>> = [];
  readonly meetings: Array<Insertable<MeetingTable>> = [];
  readonly participants: Array<Insertable<MeetingParticipantTable>> = [];
  readonly agenda: Array<Insertable<MeetingAgendaItemTable>> = [];
  readonly conclusions: Array<Insertable<MeetingConclusionTable>> = [];
  readonly attachments: Array<Insertable<AttachmentTable>> = [];
  readonly notifications: Array<Insertable<NotificationTable>> = [];
  readonly indicators: Array<Insertable<IndicatorTable>> = [];
  readonly actuals: Array<Insertable<IndicatorActualTable>> = [];

  /**
   * `ids` is the stream every id comes from; `rng` the content stream. `accountOf` maps a person
   * to their account (progress reports and due changes name the account); `exceedRateOf` gives
   * each lead's share of tasks exceeding requirements; `today` is the seed's anchor ("today" of the data).
   */
  constructor(
    readonly today: string,
    private readonly ids: Random,
    private readonly rng: Random,
    private readonly accountOf: (personId: string | null) => string | null,
    private readonly exceedRateOf: (personId: string) => number,
  ) {}

  id(): string {
    return this.ids.uuid();
  }

  addTask(d: TaskDraft): TaskRow {
    const rng = this.rng;
    const id = this.id();
    const due = d.dueDate;
    const outcome = drawOutcome(rng, { startDate: d.startDate, dueDate: due, exceedRate: this.exceedRateOf(d.leadId), today: this.today });
    // Created before it starts, never after today; a task not started yet was last touched then.
    const created =
      d.createdAt ??
      vnTime(minDate(addDays(d.startDate, -rng.int(0, 2)), this.today), `${rng.int(7, 9)}:${rng.pick(['00', '15', '30', '45'])}`);
    const touched = (day: string, hhmm: string) =>
      outcome.kind === 'not_started' ? new Date(created.getTime() + 3_600_000) : vnTime(day, hhmm);
    const a = outcome.appraisal;
    const note = !a
      ? null
      : a.majorErrors > 0
        ? APPRAISAL_NOTES.error
        : a.objectiveCause
          ? APPRAISAL_NOTES.objective
          : a.exceeded
            ? APPRAISAL_NOTES.exceeded
            : outcome.kind === 'late'
              ? APPRAISAL_NOTES.late
              : null;
    const lastDay = outcome.completedOn ?? (outcome.status === 'cancelled' ? minDate(due, this.today) : minDate(this.today, due));
    const row: TaskRow = {
      id,
      unit_id: d.unitId,
      source: d.source,
      source_ref: d.sourceRef ?? null,
      title: d.title,
      description: d.description ?? '',
      assigner_id: d.assignerId,
      field_code: d.fieldCode ?? null,
      area_unit_id: d.areaUnitId ?? null,
      start_date: d.startDate,
      due_date: due,
      priority: d.priority ?? 'normal',
      work_units: d.workUnits,
      status: outcome.status,
      progress: outcome.progress,
      acknowledged_at: outcome.acknowledged ? touched(d.startDate, `1${rng.int(0, 6)}:${rng.pick(['05', '20', '40'])}`) : null,
      completed_on: outcome.completedOn,
      cancelled_reason: outcome.status === 'cancelled' ? rng.pick(CANCEL_REASONS) : null,
      quality_ok: a?.qualityOk ?? null,
      major_errors: a?.majorErrors ?? null,
      exceeded: a?.exceeded ?? null,
      objective_cause: a?.objectiveCause ?? null,
      appraised_by: a ? d.assignerId : null,
      appraised_at: a ? vnTime(a.on, '15:00') : null,
      appraisal_note: note,
      created_by: d.createdBy ?? null,
      created_at: created,
      updated_at: a ? vnTime(a.on, '15:00') : touched(maxDate(lastDay, d.startDate), '16:45'),
    };
    this.tasks.push(row);
    this.assignees.push({ task_id: id, person_id: d.leadId, role: 'lead' });
    for (const s of d.supportIds ?? []) if (s !== d.leadId) this.assignees.push({ task_id: id, person_id: s, role: 'support' });

    const span = daysBetween(d.startDate, due);
    // Progress reports on longer tasks under way or done, by the lead (now and then a supporting
    // assignee): dated in order, rising to the task's current progress (just below 100 if done).
    const target = outcome.status === 'done' ? 10 * rng.int(7, 9) : outcome.status === 'in_progress' ? outcome.progress : 0;
    const until = minDate(addDays(lastDay, -1), this.today);
    if (span >= 5 && target >= 20 && until > d.startDate && rng.chance(0.35)) {
      const n = rng.int(1, Math.min(3, target / 10));
      const days = Array.from({ length: n }, () => randomDate(rng, addDays(d.startDate, 1), until)).sort();
      const steps = Array.from({ length: n }, (_, i) => (i === n - 1 ? target : 10 * rng.int(1, target / 10 - 1))).sort((x, y) => x - y);
      days.forEach((day, i) => {
        const by = d.supportIds?.length && rng.chance(0.2) ? rng.pick(d.supportIds) : d.leadId;
        this.progress.push({
          id: this.id(),
          task_id: id,
          person_id: by,
          account_id: this.accountOf(by),
          reported_at: vnTime(day, `${14 + i}:30`),
          progress: steps[i],
          note: rng.pick(PROGRESS_NOTES),
        });
      });
    }
    // A due-date change now and then, its reason and the old date kept.
    if (span >= 5 && d.startDate < this.today && rng.chance(d.dueChangeChance ?? 0.03)) {
      const oldDue = addDays(due, -rng.int(3, Math.min(10, span)));
      if (oldDue >= d.startDate) {
        this.dueChanges.push({
          id: this.id(),
          task_id: id,
          old_due: oldDue,
          new_due: due,
          reason: rng.pick(DUE_CHANGE_REASONS),
          changed_by: this.accountOf(d.assignerId),
          changed_at: vnTime(randomDate(rng, d.startDate, minDate(oldDue, this.today)), '10:00'),
        });
      }
    }
    return row;
  }

  /**
   * An exemplary record: every task the person holds (lead or support) that falls due in
   * [from, to], has started by today and was not cancelled is done on time — early, by yesterday,
   * when it is not due yet — with quality and no major error, and every other one exceeded
   * requirements (appraised by its assigner). The demo gives
   * one cadre this record so that someone qualifies for HTXS (Quy định 366-QĐ/TW, Điều 11: 100% on
   * time with quality, ≥ 30% exceeding) and the decision screen meets the quota. Applied after the
   * draws, so the rest of the seeded year is unchanged. Returns how many tasks it touched.
   */
  makeExemplary(personId: string, from: string, to: string): number {
    const held = new Set(this.assignees.filter((a) => a.person_id === personId).map((a) => a.task_id));
    const tasks = this.tasks
      .filter((t) => held.has(t.id) && t.due_date >= from && t.due_date <= to && t.start_date <= this.today && t.status !== 'cancelled')
      .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.id.localeCompare(b.id));
    tasks.forEach((t, i) => {
      const due = t.due_date;
      const completed =
        t.completed_on && t.completed_on <= due
          ? t.completed_on
          : maxDate(t.start_date, minDate(addDays(due, -1), addDays(this.today, -1)));
      const appraisedOn = minDate(addDays(completed, 1), this.today);
      const exceeded = i % 2 === 0;
      Object.assign(t, {
        status: 'done',
        progress: 100,
        completed_on: completed,
        cancelled_reason: null,
        acknowledged_at: t.acknowledged_at ?? vnTime(t.start_date, '14:05'),
        quality_ok: true,
        major_errors: 0,
        exceeded,
        objective_cause: false,
        appraised_by: t.assigner_id,
        appraised_at: vnTime(appraisedOn, '15:00'),
        appraisal_note: exceeded ? APPRAISAL_NOTES.exceeded : null,
        updated_at: vnTime(appraisedOn, '15:00'),
      } satisfies Partial<TaskRow>);
    });
    // Progress reports dated after the (now earlier) completion go.
    const doneAt = new Map(tasks.map((t) => [t.id, vnTime(t.completed_on!, '17:00').getTime()]));
    const kept = this.progress.filter(
      (r) => !(doneAt.has(r.task_id) && new Date(r.reported_at as Date).getTime() > doneAt.get(r.task_id)!),
    );
    this.progress.splice(0, this.progress.length, ...kept);
    return tasks.length;
  }

  /** Rows per table, in the order they are written. */
  rowCount(): number {
    return this.tables().reduce((n, [, rows]) => n + rows.length, 0);
  }

  private tables(): Array<[keyof DB, ReadonlyArray<object>, 'json' | 'values']> {
    // bytea and jsonb values do not travel through JSON as they are: those tables use VALUES.
    return [
      ['responsibility', this.responsibilities, 'json'],
      ['task', this.tasks, 'json'],
      ['task_assignee', this.assignees, 'json'],
      ['task_progress', this.progress, 'json'],
      ['task_due_change', this.dueChanges, 'json'],
      ['task_milestone', this.milestones, 'json'],
      ['weekly_plan', this.plans, 'json'],
      ['weekly_plan_item', this.planItems, 'json'],
      ['meeting', this.meetings, 'json'],
      ['meeting_participant', this.participants, 'json'],
      ['meeting_agenda_item', this.agenda, 'json'],
      ['meeting_conclusion', this.conclusions, 'json'],
      ['attachment', this.attachments, 'values'],
      ['notification', this.notifications, 'values'],
      ['indicator', this.indicators, 'json'],
      ['indicator_actual', this.actuals, 'json'],
    ];
  }

  /**
   * Writes everything in foreign-key order, inside the caller's transaction. The large tables are
   * bulk-loaded (keys and indexes rebuilt once after, see work-bulk-load.ts): half the time of
   * keeping them up row by row.
   */
  async write(db: Kysely<DB>, onRows?: (n: number) => void): Promise<void> {
    const dropped = await dropForBulkLoad(db, BULK_TABLES);
    for (const [table, rows, how] of this.tables())
      await (how === 'json' ? insertJsonChunked : insertChunked)(db, table, rows as never, onRows);
    await restoreAfterBulkLoad(db, dropped);
  }
}
