// Public surface of the plans module: where a task that came from a plan item leads back to.
export { planOfItem } from './plans.queries.js';
