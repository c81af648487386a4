// Public surface of the evaluation module: the bulk computation of a period (period close and its
// benchmark), the period label, which units are evaluated as collectives, what an
// evaluation stores, and who may do what (outputs module).
export { type ComputeProgress, computePeriod } from './evaluation.compute.js';
export { COLLECTIVE_KINDS } from './evaluation.bulk.queries.js';
export { type StoredGateReport, type StoredInputs, loadRules } from './evaluation.engine.js';
export { exclusionMessage, periodLabel } from './evaluation.presenter.js';
