// Public surface of the indicators module (for the unit dashboard and, later, unit evaluation).
export { indicatorProgress } from './indicators.progress.js';
export { READ_ROLES as INDICATOR_READ_ROLES, WRITE_ROLES as INDICATOR_WRITE_ROLES } from './indicators.policy.js';
