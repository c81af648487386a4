// How a seeded task turned out: status, completion date, progress and the assigner's appraisal,
// drawn so that a year of tasks has realistic shares (DOMAIN.md §2 inputs). The demo draws with
// the PRNG here; the benchmark generator encodes the same shares in SQL (work-generate.ts).
import { addDays, daysBetween } from '../../domain/dates.js';
import { maxDate, minDate, randomDate } from './days.js';
import type { Random } from './random.js';

/**
 * Shares among tasks due before today: done on time, done late, still open (overdue),
 * cancelled. An overdue draw on a task due more than MAX_OPEN_OVERDUE_DAYS ago counts as done
 * late: work does not stay open for months, and a quarter's review would otherwise find undone
 * tasks (and rate their holders KHT, Quy định 366-QĐ/TW) far more often than offices see. Over
 * the whole year: about 84% on time, 12% late, a few tenths of a percent still open, 2%
 * cancelled, the rest in progress.
 */
export const SETTLED_SHARES = { onTime: 0.85, late: 0.1, overdue: 0.028, cancelled: 0.022 } as const;
/** A task still open this many days after its due date was, in the seeded year, finished late. */
export const MAX_OPEN_OVERDUE_DAYS = 30;
/** Among tasks not yet due that have started: done early, cancelled. */
export const RUNNING_SHARES = { doneEarly: 0.3, cancelled: 0.02 } as const;
/** Appraisal of done tasks: one major error, two, quality failed without a major error. */
export const QUALITY_SHARES = { oneError: 0.025, twoErrors: 0.008, failedOther: 0.02 } as const;
/** Late tasks whose delay had an objective, confirmed cause; errors with such a cause. */
export const OBJECTIVE_CAUSE_SHARE = { late: 0.35, error: 0.2 } as const;
/** Tasks completed within this many days before today are not appraised yet. */
export const APPRAISAL_LAG_DAYS = 2;
/** Most days a late task is completed after its due date. */
export const MAX_LATE_DAYS = 14;

export type OutcomeKind = 'on_time' | 'late' | 'overdue' | 'cancelled' | 'done_early' | 'running' | 'not_started';

export interface Outcome {
  kind: OutcomeKind;
  status: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  progress: number;
  completedOn: string | null;
  /** The assignee acknowledged the task (every status past 'new'). */
  acknowledged: boolean;
  appraisal: null | { qualityOk: boolean; majorErrors: number; exceeded: boolean; objectiveCause: boolean; on: string };
}

export interface OutcomeInput {
  startDate: string;
  dueDate: string;
  /** The lead's propensity to exceed requirements (share of their done tasks), 0–1. */
  exceedRate: number;
  /** "Today" of the seed data (its anchor): tasks due before it are settled, the others still running. */
  today: string;
}

function elapsedShare(start: string, due: string, today: string): number {
  const span = Date.parse(due) - Date.parse(start);
  if (span <= 0) return 0.5;
  return Math.min(1, Math.max(0, (Date.parse(today) - Date.parse(start)) / span));
}

function appraise(rng: Random, o: { completedOn: string; late: boolean; exceedRate: number; today: string }): Outcome['appraisal'] {
  if (o.completedOn > addDays(o.today, -APPRAISAL_LAG_DAYS)) return null;
  const q = rng.next();
  const majorErrors = q < QUALITY_SHARES.oneError ? 1 : q < QUALITY_SHARES.oneError + QUALITY_SHARES.twoErrors ? 2 : 0;
  const qualityOk = majorErrors === 0 && q >= QUALITY_SHARES.oneError + QUALITY_SHARES.twoErrors + QUALITY_SHARES.failedOther;
  // Exceeding is only credited on time and with quality; scale so the person's overall share holds.
  const exceeded = qualityOk && !o.late && rng.chance(Math.min(1, o.exceedRate / 0.85));
  const objectiveCause = o.late ? rng.chance(OBJECTIVE_CAUSE_SHARE.late) : majorErrors > 0 && rng.chance(OBJECTIVE_CAUSE_SHARE.error);
  const on = minDate(addDays(o.completedOn, rng.int(0, 3)), o.today);
  return { qualityOk, majorErrors, exceeded, objectiveCause, on };
}

/** Draws the outcome of one task from its dates (see the shares above). */
export function drawOutcome(rng: Random, input: OutcomeInput): Outcome {
  const today = input.today;
  const { startDate: start, dueDate: due } = input;
  if (start > today) {
    const accepted = rng.chance(0.3);
    return {
      kind: 'not_started',
      status: accepted ? 'accepted' : 'new',
      progress: 0,
      completedOn: null,
      acknowledged: accepted,
      appraisal: null,
    };
  }
  const r = rng.next();
  if (due < today) {
    const s = SETTLED_SHARES;
    const late = (): Outcome => {
      const completedOn = addDays(due, rng.int(1, Math.max(1, Math.min(MAX_LATE_DAYS, daysBetween(due, today)))));
      const appraisal = appraise(rng, { completedOn, late: true, exceedRate: input.exceedRate, today });
      return { kind: 'late', status: 'done', progress: 100, completedOn, acknowledged: true, appraisal };
    };
    if (r < s.onTime) {
      const completedOn = randomDate(rng, maxDate(start, addDays(due, -3)), due);
      const appraisal = appraise(rng, { completedOn, late: false, exceedRate: input.exceedRate, today });
      return { kind: 'on_time', status: 'done', progress: 100, completedOn, acknowledged: true, appraisal };
    }
    if (r < s.onTime + s.late) return late();
    if (r < s.onTime + s.late + s.overdue) {
      if (daysBetween(due, today) > MAX_OPEN_OVERDUE_DAYS) return late();
      const started = rng.chance(0.8);
      return {
        kind: 'overdue',
        status: started ? 'in_progress' : 'accepted',
        progress: started ? 10 * rng.int(2, 8) : 0,
        completedOn: null,
        acknowledged: true,
        appraisal: null,
      };
    }
    return {
      kind: 'cancelled',
      status: 'cancelled',
      progress: 10 * rng.int(0, 4),
      completedOn: null,
      acknowledged: rng.chance(0.7),
      appraisal: null,
    };
  }
  if (r < RUNNING_SHARES.doneEarly) {
    const completedOn = randomDate(rng, start, today);
    const appraisal = appraise(rng, { completedOn, late: false, exceedRate: input.exceedRate, today });
    return { kind: 'done_early', status: 'done', progress: 100, completedOn, acknowledged: true, appraisal };
  }
  if (r < RUNNING_SHARES.doneEarly + RUNNING_SHARES.cancelled) {
    return { kind: 'cancelled', status: 'cancelled', progress: 0, completedOn: null, acknowledged: true, appraisal: null };
  }
  const share = elapsedShare(start, due, today);
  const progress = Math.min(90, Math.round((share * 100 * (0.6 + rng.next() * 0.6)) / 10) * 10);
  const status = progress > 0 ? 'in_progress' : rng.chance(0.6) ? 'accepted' : 'new';
  return { kind: 'running', status, progress, completedOn: null, acknowledged: status !== 'new', appraisal: null };
}

/** A timestamp on a civil date at a Vietnam wall-clock time ('HH:MM'). */
export function vnTime(date: string, hhmm: string): Date {
  const [h, m] = hhmm.split(':');
  const t = new Date(`${date}T${h.padStart(2, '0')}:${m.padStart(2, '0')}:00+07:00`);
  if (Number.isNaN(t.getTime())) throw new RangeError(`bad seed time ${date} ${hhmm}`);
  return t;
}
