// Public surface of the org module for other modules.
export { unitNames, unitSearchText } from './org.names.js';
export { inSubtrees, unitInSubtrees } from '../../db/scope.queries.js';
// The closure writers, for the test factories that build their own subtree row by row.
export { connectClosure, insertReflexive } from './org.closure.queries.js';
