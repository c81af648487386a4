// people.policy as a table: the rights on a person record per role, in and out of scope, and a
// cadre's own record.
import { describe, expect, it } from 'vitest';
import { Roles, type Role } from '../../../contracts/common.js';
import { A, IN, OUT, actor } from '../../test/policy-table.js';
import { accessOn, readScope } from './people.policy.js';

const EXPECTED: Record<Role, { read: boolean; write: boolean; citizenId: boolean; audit: boolean }> = {
  admin: { read: true, write: true, citizenId: true, audit: true },
  organising: { read: true, write: true, citizenId: true, audit: true },
  standing: { read: true, write: false, citizenId: false, audit: false },
  office: { read: true, write: false, citizenId: false, audit: false },
  inspection: { read: true, write: false, citizenId: true, audit: true },
  cell_secretary: { read: true, write: false, citizenId: false, audit: false },
  cadre: { read: false, write: false, citizenId: false, audit: false },
};
const NONE = { read: false, write: false, citizenId: false, audit: false };

describe('people: access to another person’s record', () => {
  it.each(Roles)('%s', (role) => {
    expect(accessOn(actor(role), { id: 'other' }, IN)).toEqual(EXPECTED[role]);
    expect(accessOn(actor(role), { id: 'other' }, OUT)).toEqual(NONE);
  });
});

describe('people: one’s own record', () => {
  it('a cadre reads their own record wherever it is, and nobody else’s', () => {
    expect(accessOn(actor('cadre', A, 'me'), { id: 'me' }, OUT)).toEqual({ ...NONE, read: true });
    expect(readScope(actor('cadre', A, 'me'))).toEqual({ roots: [], selfId: 'me' });
  });

  it('another role reads its own record only through its subtree', () => {
    expect(accessOn(actor('office', A, 'me'), { id: 'me' }, OUT)).toEqual(NONE);
    expect(readScope(actor('office', A, 'me'))).toEqual({ roots: [A], selfId: null });
  });
});
