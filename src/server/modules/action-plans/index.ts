// What other modules may use of the leaders' action plans: whether an actor writes one (me.can); the
// units whose indicators a plan's targets may take (the demo).
export { writesActionPlan } from './action-plans.read.service.js';
export { indicatorUnitsOf } from './action-plans.queries.js';
