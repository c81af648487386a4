// Week arithmetic for weekly plans. Weeks run Monday to Sunday (ISO 8601); the deadline for the
// plan of a week lies in the week before, at a weekday and time of Asia/Ho_Chi_Minh (UTC+7 all
// year, no daylight saving). Pure functions on 'YYYY-MM-DD' strings: never the host time zone.
import { addDays, mondayOf, todayInVietnam } from '../../../domain/dates.js';
import { PLAN_DUE_SPAN_DAYS } from '../../../contracts/plans.js';

const VN_OFFSET_MS = 7 * 3_600_000;

/** The plan deadline: ISO weekday 1 (Monday) … 7 (Sunday) of the week before, at 'HH:MM' Vietnam time. */
export interface PlanDeadline {
  weekday: number;
  time: string;
}

function utcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The instant a week's plan is due: `weekday` of the week before `weekStart`, at `time` in Vietnam. */
export function deadlineOf(weekStart: string, deadline: PlanDeadline): Date {
  const [hh, mm] = deadline.time.split(':').map(Number);
  const day = addDays(weekStart, deadline.weekday - 1 - 7);
  return new Date(utcMs(day) + (hh * 60 + mm) * 60_000 - VN_OFFSET_MS);
}

/** The range an item of the plan for `weekStart` must respect: start within the week, due within the span. */
export function itemBounds(weekStart: string): { weekEnd: string; maxDue: string } {
  return { weekEnd: addDays(weekStart, 6), maxDue: addDays(weekStart, PLAN_DUE_SPAN_DAYS) };
}

/** The week a request means: the Monday of `week`, or of next week (the one being planned). */
export function weekStartOf(week: string | undefined, today: string = todayInVietnam()): string {
  return mondayOf(week ?? addDays(today, 7));
}
