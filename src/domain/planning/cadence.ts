// The cadence of planning (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the next term's plan is built in
// the second year of the term; every year the plans are reviewed and topped up in Q1 and the approvals
// reported upward by June. Given a date: what is due, what is late, what is done.
//
// Choices: yearly reviews and reports are owed for each year from the term's second year to its last,
// up to the year of the date asked (earlier years stay listed when not done, so a missed one stays
// late). An item is 'upcoming' before its window, 'due' inside it, 'late' after it, 'done' once recorded
// (`lateDone` when recorded after the deadline).
import { lastDayOfMonth, parseCivilDate, toCivilDate } from '../dates.js';
import { PLANNING_RULES } from './citations.js';
import type { PlanningCadenceRules } from './settings.js';

export type CadenceItemKind = 'next_term_plan' | 'yearly_review' | 'approval_report';
export type CadenceStatus = 'upcoming' | 'due' | 'late' | 'done';

export interface CadenceItem {
  kind: CadenceItemKind;
  year: number;
  from: string;
  deadline: string;
  status: CadenceStatus;
  doneOn: string | null;
  lateDone: boolean;
  rule: string;
}

export interface CadenceInput {
  term: { startYear: number; endYear: number };
  on: string;
  /** Dates recorded: the next term's plan approved; per year, the review finished and the report sent. */
  done: { nextTermPlan: string | null; reviews: Readonly<Record<number, string>>; reports: Readonly<Record<number, string>> };
}

function status(on: string, from: string, deadline: string, doneOn: string | null): CadenceStatus {
  if (doneOn !== null) return 'done';
  if (on < from) return 'upcoming';
  return on <= deadline ? 'due' : 'late';
}

function item(kind: CadenceItemKind, year: number, from: string, deadline: string, on: string, doneOn: string | null): CadenceItem {
  return {
    kind,
    year,
    from,
    deadline,
    status: status(on, from, deadline, doneOn),
    doneOn,
    lateDone: doneOn !== null && doneOn > deadline,
    rule: PLANNING_RULES.cadence,
  };
}

/** Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW: the planning work of a term on date `on` — the next term's plan, each year's Q1 review and June report. */
export function planningCadence(input: CadenceInput, rules: PlanningCadenceRules): CadenceItem[] {
  const { startYear, endYear } = input.term;
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear <= startYear) throw new RangeError('Invalid term years');
  const year = parseCivilDate(input.on).year;
  const [rm, rd] = rules.reportBy.split('-').map(Number);
  const planYear = startYear + rules.nextTermPlanYearOfTerm - 1;
  const items: CadenceItem[] = [
    item('next_term_plan', planYear, toCivilDate(planYear, 1, 1), toCivilDate(planYear, 12, 31), input.on, input.done.nextTermPlan),
  ];
  for (let y = startYear + 1; y <= Math.min(endYear, year); y++) {
    const from = toCivilDate(y, rules.reviewFromMonth, 1);
    items.push(
      item(
        'yearly_review',
        y,
        from,
        toCivilDate(y, rules.reviewToMonth, lastDayOfMonth(y, rules.reviewToMonth)),
        input.on,
        input.done.reviews[y] ?? null,
      ),
    );
    items.push(item('approval_report', y, from, toCivilDate(y, rm, rd), input.on, input.done.reports[y] ?? null));
  }
  return items;
}
