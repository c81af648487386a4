// Public surface of the planning module: its role list (the permission matrix takes it over), the
// configuration loaders and the discipline remover (for the demo seed, which records disciplines
// without the HTTP path).
export { loadLadder, loadPlanningSettings } from './planning.settings.js';
export { removeDisciplined } from './planning.review.service.js';
export { standardCodes as standardCodesOf } from './planning.qualifications.js';
