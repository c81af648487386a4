// Task reminders: before the due date (offsets per unit, e.g. 3 days and 1 day) and once when
// overdue, as in-app notifications to the lead and the supporting assignees. The scan is
// idempotent (dedupe keys), so running it every minute, or twice, never notifies twice.
// Reminders are derived from task state by the system, not changes made by a person: they are
// not written to the audit trail (the task changes that cause them are).
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { runTransferReminders } from '../party-cells/index.js';
import { getSetting } from '../settings/index.js';
import { type EmailSender, type SchedulerLog, consoleLog, dispatchEmails } from './notifications.email.js';
import {
  REMINDER_KEY,
  allSettingValues,
  auditHeadSeq,
  changedSince,
  insertLateMilestoneNotices,
  insertReminders,
} from './notifications.reminders.queries.js';

/** Used when the regulation setting is missing or malformed. */
export const FALLBACK_REMINDER_DAYS = [3, 1];
/** The overdue notice goes out on the day after the due date (a larger value would catch up missed days). */
export const OVERDUE_CATCH_UP_DAYS = 1;

/** A well-formed offsets list (integers 0..30), or null. */
export function reminderDaysOf(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  if (!value.every((d) => Number.isInteger(d) && d >= 0 && d <= 30)) return null;
  return [...new Set(value as number[])].sort((a, b) => b - a);
}

export async function defaultReminderDays(db: Kysely<DB>, today: string): Promise<number[]> {
  const value = await getSetting<unknown>(db, REMINDER_KEY, today).catch(() => null);
  return reminderDaysOf(value) ?? FALLBACK_REMINDER_DAYS;
}

export interface ScanResult {
  dueSoon: number;
  overdue: number;
  /** Late milestones of leaders' action plans (full scans only: a milestone goes late when the day changes). */
  lateMilestones?: number;
  /** Official transfers of Party members due soon or late (full scans only; decision 0041). */
  cellTransfers?: number;
}

/** Scans every open task in the reminder window, or only `taskIds` among them. */
export async function runReminderScan(db: Kysely<DB>, now: Date = new Date(), opts: { taskIds?: string[] } = {}): Promise<ScanResult> {
  const today = todayInVietnam(now);
  const defaultDays = await defaultReminderDays(db, today);
  const held = (await allSettingValues(db, REMINDER_KEY)).map(reminderDaysOf).filter((d): d is number[] => d !== null);
  const maxDays = Math.max(...defaultDays, ...held.flat());
  const rows = await insertReminders(db, { today, maxDays, overdueDays: OVERDUE_CATCH_UP_DAYS, defaultDays }, opts.taskIds);
  const counts = {
    dueSoon: rows.filter((r) => r.kind === 'task_due_soon').length,
    overdue: rows.filter((r) => r.kind === 'task_overdue').length,
  };
  if (opts.taskIds) return counts;
  return { ...counts, lateMilestones: await insertLateMilestoneNotices(db, today), cellTransfers: await runTransferReminders(db, today) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Past this many changed tasks in one interval, a full scan is simpler than a list. */
const INCREMENTAL_LIMIT = 2000;

/**
 * One scheduler step. The reminders a task needs change only when the day changes or the task
 * does, and every task change is audited (entity 'task'): so the full window is scanned on the
 * first step of each Vietnam day (and at start), and in between only the tasks named by audit
 * events since the previous step (a primary-key range on audit_event) — usually none, which costs
 * one tiny query. A change of a unit's offsets triggers a full scan. Tasks written without an
 * audit event (bulk seeding) are reminded at the next full scan.
 */
export async function reminderStep(db: Kysely<DB>, state: { day: string; seq: number } | null, now: Date = new Date()) {
  const day = todayInVietnam(now);
  const head = await auditHeadSeq(db);
  if (!state || state.day !== day) return { state: { day, seq: head }, result: await runReminderScan(db, now) };
  if (head === state.seq) return { state, result: { dueSoon: 0, overdue: 0 } };
  const changes = await changedSince(db, state.seq, head, INCREMENTAL_LIMIT + 1);
  const full = changes.length > INCREMENTAL_LIMIT || changes.some((c) => c.entity_type === 'unit_setting');
  const taskIds = changes.filter((c) => c.entity_type === 'task' && UUID.test(c.entity_id)).map((c) => c.entity_id);
  const result = full
    ? await runReminderScan(db, now)
    : taskIds.length
      ? await runReminderScan(db, now, { taskIds })
      : { dueSoon: 0, overdue: 0 };
  return { state: { day, seq: head }, result };
}

export interface SchedulerOptions {
  intervalMs?: number;
  /** Delay of the first run after start. */
  firstRunMs?: number;
  log?: SchedulerLog;
  /** The e-mail hook; null (the default) keeps it off. */
  email?: EmailSender | null;
}

/**
 * Runs the reminder step (and the e-mail hook when on) shortly after start and then every `intervalMs`.
 * Runs never overlap: the next one is scheduled when the previous one ends. Errors are logged,
 * never thrown. The returned function stops the schedule and waits for a run in progress.
 */
export function startReminderScheduler(db: Kysely<DB>, opts: SchedulerOptions = {}): () => Promise<void> {
  const { intervalMs = 60_000, firstRunMs = 5_000, log = consoleLog, email = null } = opts;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let state: { day: string; seq: number } | null = null;

  const runOnce = async () => {
    try {
      const step = await reminderStep(db, state);
      state = step.state;
      const result = step.result;
      if (result.dueSoon + result.overdue > 0) log.info({ ...result }, 'task reminders sent');
      if (email) {
        const sent = await dispatchEmails(db, email);
        if (sent > 0) log.info({ sent }, 'e-mail hook: notifications handed to the sender');
      }
    } catch (err) {
      log.error({ err }, 'task reminder scan failed');
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce().finally(() => schedule(intervalMs));
    }, delay);
    timer.unref();
  };
  schedule(firstRunMs);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
