// Public surface of the responsibilities module: who answers for which field or area, for the
// person, unit and task views.
export { responsibilitiesOf } from './responsibilities.service.js';
export { WRITE_ROLES as RESPONSIBILITY_WRITE_ROLES } from './responsibilities.policy.js';
