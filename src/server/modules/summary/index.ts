// Public surface of the summary module (briefing meetings pull their agenda from it; the
// evaluation issue reads the same numbers).
export { computeSummary, summaryScope } from './summary.service.js';
export { drillTasks } from './summary.queries.js';
export { deadlinesJoin, taskAggregates, type TotalsRow, taskColumns, totalsOf } from './summary.sql.js';
