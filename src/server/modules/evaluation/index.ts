// Public surface of the evaluation module: the bulk computation of a period (period close and its
// benchmark), the close itself, the period label, which units are evaluated as collectives, what an
// evaluation stores, and who may do what (outputs module).
export { type ComputeMode, type ComputeOptions, type ComputeProgress, type ComputeSummary, computePeriod } from './evaluation.compute.js';
export { closePeriodTx } from './evaluation.periods.service.js';
export { COLLECTIVE_KINDS } from './evaluation.bulk.queries.js';
export { type EvalRules, type StoredGateReport, type StoredInputs, loadRules } from './evaluation.engine.js';
export { exclusionMessage, periodLabel } from './evaluation.presenter.js';
