// Public surface of the planning module: the configuration loaders and the standards' codes.
export { type LoadedLadder, loadLadder, loadPlanningSettings } from './planning.settings.js';
export { standardCodes as standardCodesOf } from './planning.qualifications.js';
