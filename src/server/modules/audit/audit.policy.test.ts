// audit.policy and accounts.policy's record-independent part as a table: who reads the trail (and
// under which roots), who verifies the chain, who sees citizen IDs in full inside audit data.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { A, actor } from '../../test/policy-table.js';
import { readRoots, requireVerify, seesCitizenIds } from './audit.policy.js';

const forbidden = expect.objectContaining({ status: 403 });

describe('audit per role', () => {
  it.each(Roles)('%s', (role) => {
    const reads = ['admin', 'organising', 'inspection'].includes(role);
    if (reads) expect(readRoots(actor(role))).toEqual([A]);
    else expect(() => readRoots(actor(role))).toThrow(forbidden);
    if (role === 'admin' || role === 'inspection') expect(() => requireVerify(actor(role))).not.toThrow();
    else expect(() => requireVerify(actor(role))).toThrow(forbidden);
    expect(seesCitizenIds(actor(role))).toBe(reads);
  });
});
