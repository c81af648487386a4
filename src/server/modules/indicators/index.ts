// Public surface of the indicators module (for the unit dashboard and the evaluation of leaders:
// the basic socio-economic targets of the units they lead).
export { indicatorProgress } from './indicators.progress.js';
export { type TargetProgress, basicTargetProgress } from './indicators.targets.js';
export { indicatorsWithLatest } from './indicators.queries.js';
