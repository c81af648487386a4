// Who may do what with responsibilities (matrix: responsibilities.read, responsibilities.write).
// Reading: every role whose scope covers the assigning unit (transparency: everyone sees who
// answers for what). Writing: the writers within their subtrees; the others read only (403),
// outside the scope is 404.
import { type Coverage, rootsFor, unitRecordPolicy } from '../../http/access.js';

export const readRoots = (actor: Coverage) => rootsFor(actor, 'responsibilities.read');

export const { readVerdictOf, writeVerdictOf, mayWrite, assertCanRead, assertCanWrite, canWrite } = unitRecordPolicy(
  'responsibilities.read',
  'responsibilities.write',
);
