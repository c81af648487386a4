// criteria.policy's role part as a table: every role reads groups and sets, only their writers edit
// (which configuration they edit depends on its owner: see criteria.ownership.test.ts).
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { A, actor } from '../../test/policy-table.js';
import { auditUnitOf, canWrite, requireReader, requireWriter } from './criteria.policy.js';

describe('criteria per role', () => {
  it.each(Roles)('%s', (role) => {
    const writer = role === 'admin' || role === 'organising';
    expect(() => requireReader(actor(role))).not.toThrow();
    if (writer) expect(() => requireWriter(actor(role))).not.toThrow();
    else expect(() => requireWriter(actor(role))).toThrow(expect.objectContaining({ status: 403 }));
    expect(canWrite(actor(role))).toBe(writer);
    expect(auditUnitOf(actor(role))).toBe(writer ? A : null);
  });
});
