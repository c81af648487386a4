// accounts.policy's role part as a table: only the administrators manage accounts, under their roots.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { A, actor } from '../../test/policy-table.js';
import { manageRoots } from './accounts.policy.js';

describe('accounts: who manages them, under which roots', () => {
  it.each(Roles)('%s', (role) => {
    if (role === 'admin') expect(manageRoots(actor(role))).toEqual([A]);
    else expect(() => manageRoots(actor(role))).toThrow(expect.objectContaining({ status: 403 }));
  });
});
