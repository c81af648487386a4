// Who may do what with unit indicators (matrix: indicators.read, indicators.write). Reading: every
// role whose scope covers the unit (the unit dashboard is public within the unit). Writing targets
// and actual values: within the writer's subtrees; other roles 403; outside the scope 404.
import { unitRecordPolicy } from '../../http/access.js';

export const { readVerdictOf, writeVerdictOf, mayWrite, assertCanRead, assertCanWrite, canWrite } = unitRecordPolicy(
  'indicators.read',
  'indicators.write',
);
