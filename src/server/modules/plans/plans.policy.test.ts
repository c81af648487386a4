// plans.policy as a table: who reads, reviews and edits a weekly plan, per role × in/out of scope ×
// the plan's status × whether it is the actor's own (nobody reviews their own plan: own_work.plan).
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import type { PlanStatus } from '../../../contracts/plans.js';
import { IN, OUT, actor } from '../../test/policy-table.js';
import { accessOn, actionsOf } from './plans.policy.js';

const STATUSES: PlanStatus[] = ['draft', 'submitted', 'returned', 'approved'];
const OVERSEERS = ['standing', 'office', 'admin'];

describe('plans: another person’s plan, per role and status', () => {
  for (const role of Roles) {
    it.each(STATUSES)(`${role}, %s`, (status) => {
      const inScope = accessOn(actor(role), { personId: 'author', status }, IN);
      expect(inScope).toEqual({
        read: OVERSEERS.includes(role) || status === 'approved',
        author: false,
        review: role === 'standing',
        ownReview: false,
      });
      const reviewing = role === 'standing' && status === 'submitted';
      expect(actionsOf(inScope, status)).toEqual({ edit: reviewing, submit: false, return: reviewing, approve: reviewing });
      expect(accessOn(actor(role), { personId: 'author', status }, OUT)).toEqual({
        read: false,
        author: false,
        review: false,
        ownReview: false,
      });
    });
  }
});

describe('plans: one’s own plan', () => {
  it.each(Roles)('%s writes and submits it while draft or returned, never reviews it', (role) => {
    for (const status of STATUSES) {
      const own = accessOn(actor(role, undefined, 'me'), { personId: 'me', status }, OUT);
      expect(own.read && own.author && !own.review).toBe(true);
      const open = status === 'draft' || status === 'returned';
      expect(actionsOf(own, status)).toEqual({ edit: open, submit: open, return: false, approve: false });
    }
    const inScope = accessOn(actor(role, undefined, 'me'), { personId: 'me', status: 'submitted' }, IN);
    expect(inScope.review).toBe(false);
    expect(inScope.ownReview).toBe(role === 'standing');
  });

  it('an account without a person authors nothing', () => {
    expect(accessOn(actor('cadre', undefined, null), { personId: 'me', status: 'draft' }, OUT).author).toBe(false);
  });
});
