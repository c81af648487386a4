// Builders shared by the evaluation rule tests: task facts and their totals through task-summary.ts.
import { type SummaryTotals, summarizeTasks, type TaskFact } from '../task-summary.js';

export const Q1 = { from: '2026-01-01', to: '2026-03-31' };
export const AS_OF = '2026-04-05';

let seq = 0;
/** A task of Q1, done on time with quality unless overridden. */
export function fact(over: Partial<TaskFact> = {}): TaskFact {
  return {
    taskId: `t${++seq}`,
    role: 'lead',
    status: 'done',
    startDate: '2026-02-01',
    dueDate: '2026-02-20',
    completedOn: '2026-02-18',
    workUnits: 1,
    qualityOk: true,
    majorErrors: 0,
    exceeded: false,
    objectiveCause: null,
    ...over,
  };
}
export const late = (over: Partial<TaskFact> = {}) => fact({ completedOn: '2026-02-25', ...over });
export const notDone = (over: Partial<TaskFact> = {}) => fact({ status: 'in_progress', completedOn: null, qualityOk: null, ...over });
export const exceeded = (over: Partial<TaskFact> = {}) => fact({ exceeded: true, ...over });

export function totals(facts: TaskFact[], period = Q1, asOf = AS_OF): SummaryTotals {
  return summarizeTasks(facts, period, asOf);
}

/** n copies of a builder. */
export const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
