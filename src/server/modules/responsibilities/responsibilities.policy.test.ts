// responsibilities.policy as a table: every role × in scope / out of scope, for reading and writing.
import { describe } from 'vitest';
import { roleTable } from '../../test/policy-table.js';
import { readVerdictOf, writeVerdictOf } from './responsibilities.policy.js';

describe('responsibilities: read (transparency: every role in scope)', () => {
  roleTable(readVerdictOf, ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'], 'not_found');
});

describe('responsibilities: assign', () => {
  roleTable(writeVerdictOf, ['admin', 'organising', 'standing']);
});
