// evaluation.policy as a table: the actions open on an evaluation per role × in/out of scope × its
// status × whether it is the actor's own (nobody appraises or decides their own: Quy định
// 366-QĐ/TW, Điều 12–13) × whether the period is open.
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { IN, OUT, actor } from '../../test/policy-table.js';
import { type EvaluationFacts, evaluationActions } from './evaluation.policy.js';

const STATUSES = ['self_pending', 'self_submitted', 'appraised', 'decided', 'published'];
const facts = (status: string, over: Partial<EvaluationFacts> = {}): EvaluationFacts => ({
  status,
  periodOpen: true,
  subject: false,
  ownWork: false,
  ...over,
});
const NONE = { editSelf: false, submitSelf: false, appraise: false, decide: false, cancelDecision: false };

describe('evaluation: a manager’s steps on another person’s evaluation', () => {
  for (const role of Roles) {
    it.each(STATUSES)(`${role}, %s`, (status) => {
      const appraise = role === 'organising' && ['self_pending', 'self_submitted', 'appraised'].includes(status);
      const standing = role === 'standing';
      expect(evaluationActions(actor(role), 'manager', facts(status), IN)).toEqual({
        ...NONE,
        appraise,
        decide: standing && status === 'appraised',
        cancelDecision: standing && (status === 'decided' || status === 'published'),
      });
      expect(evaluationActions(actor(role), 'manager', facts(status), OUT)).toEqual(NONE);
    });
  }
});

describe('evaluation: own work and the person’s own steps', () => {
  it.each(['organising', 'standing'] as const)('%s never appraises or decides their own evaluation', (role) => {
    for (const status of STATUSES) expect(evaluationActions(actor(role), 'manager', facts(status, { ownWork: true }), IN)).toEqual(NONE);
  });

  it('the subject edits and submits the self-assessment while it is pending, whatever their role', () => {
    for (const role of Roles) {
      expect(evaluationActions(actor(role), 'self', facts('self_pending', { subject: true }), OUT)).toEqual({
        ...NONE,
        editSelf: true,
        submitSelf: true,
      });
      expect(evaluationActions(actor(role), 'self', facts('self_submitted', { subject: true }), OUT)).toEqual(NONE);
    }
  });

  it('a viewer who is not a manager takes no step, even with the role in scope', () => {
    expect(evaluationActions(actor('organising'), 'self', facts('self_submitted'), IN)).toEqual(NONE);
  });

  it('nothing once the period is closed', () => {
    for (const role of Roles)
      for (const status of STATUSES)
        expect(evaluationActions(actor(role), 'manager', facts(status, { periodOpen: false, subject: true }), IN)).toEqual(NONE);
  });
});
