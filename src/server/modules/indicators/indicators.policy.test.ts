// indicators.policy as a table: every role × in scope / out of scope, for reading and writing.
import { describe } from 'vitest';
import { roleTable } from '../../test/policy-table.js';
import { readVerdictOf, writeVerdictOf } from './indicators.policy.js';

describe('indicators: read (every role in scope; outside answers like missing)', () => {
  roleTable(readVerdictOf, ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'], 'not_found');
});

describe('indicators: write targets and actual values', () => {
  roleTable(writeVerdictOf, ['admin', 'standing', 'office']);
});
