// meetings.policy as a table: every role reads the meetings of its subtree; office and standing
// schedule, edit and close them; nobody outside the subtree sees anything.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { IN, OUT, actor } from '../../test/policy-table.js';
import { accessOn } from './meetings.policy.js';

describe('meetings: access per role', () => {
  it.each(Roles)('%s', (role) => {
    const write = role === 'office' || role === 'standing';
    expect(accessOn(actor(role), IN)).toEqual({ read: true, write });
    expect(accessOn(actor(role), OUT)).toEqual({ read: false, write: false });
  });
});
