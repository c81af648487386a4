// notifications.policy as a table: reminder settings, every role × in scope / out of scope.
import { describe } from 'vitest';
import { roleTable } from '../../test/policy-table.js';
import { settingsReadVerdict, settingsWriteVerdict } from './notifications.policy.js';

describe('reminder settings: read', () => {
  roleTable(settingsReadVerdict, ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'], 'not_found');
});

describe('reminder settings: write', () => {
  roleTable(settingsWriteVerdict, ['admin', 'standing', 'office']);
});
