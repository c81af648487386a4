// conduct.policy as a table: every role × in scope / out of scope; a record readable but not
// writable answers 403, one not even readable 404.
import { describe, expect, it } from 'vitest';
import { A1, B, IN, OUT, actor, roleTable } from '../../test/policy-table.js';
import { readVerdictOf, writeVerdictOf } from './conduct.policy.js';

describe('conduct: read', () => {
  roleTable(readVerdictOf, ['admin', 'organising', 'inspection']);
});

describe('conduct: record', () => {
  roleTable(writeVerdictOf, ['admin', 'organising']);

  it('a writer who only reads the person’s unit (inspection there) gets 403, not 404', () => {
    const a = {
      personId: null,
      roles: [
        { role: 'organising' as const, unitId: A1 },
        { role: 'inspection' as const, unitId: B },
      ],
    };
    expect(writeVerdictOf(a, OUT)).toBe('forbidden');
    expect(writeVerdictOf(a, IN)).toBe('allow');
    expect(writeVerdictOf(actor('organising', A1), OUT)).toBe('not_found');
  });
});
