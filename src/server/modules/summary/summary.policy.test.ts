// summary.policy as a table: every role reads the summary of a unit in scope, nobody outside.
import { describe } from 'vitest';
import { roleTable } from '../../test/policy-table.js';
import { summaryVerdict } from './summary.policy.js';

describe('summary: read and export', () => {
  roleTable(summaryVerdict, ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'], 'not_found');
});
