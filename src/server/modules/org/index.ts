// Public surface of the org module for other modules.
export { unitNames, unitSearchText } from './org.names.js';
export { inSubtrees, unitInSubtrees } from '../../db/scope.queries.js';
export { createUnitTx, type CreateUnitInput } from './org.units.service.js';
export { unitPathNames } from './org.read.service.js';
