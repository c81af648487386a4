// Public surface of the plans module: where a task that came from a plan item leads back to, and
// who oversees the weekly plans (for the capabilities the UI is sent).
export { planOfItem } from './plans.queries.js';
export { OVERSEE_ROLES as PLAN_OVERSEE_ROLES, REVIEW_ROLES as PLAN_REVIEW_ROLES } from './plans.policy.js';
