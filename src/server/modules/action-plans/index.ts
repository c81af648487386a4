// What other modules may use of the leaders' action plans: whether an actor writes one (me.can).
export { writesActionPlan } from './action-plans.read.service.js';
