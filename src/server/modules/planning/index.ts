// Public surface of the planning module: the configuration loaders, the standards' codes, and the
// standards of the posts people hold or are planned for (the training record shows them).
export { type LoadedLadder, loadLadder, loadPlanningSettings } from './planning.settings.js';
export { standardCodes as standardCodesOf } from './planning.qualifications.js';
export { postStandardsOf } from './planning.standards-of.js';
export { removeDisciplined } from './planning.review.service.js';
