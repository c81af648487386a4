// evaluation-reports.policy as a table: who manages a unit's outputs, per role × in/out of scope,
// and what each viewer sees of the later steps (the person only after publication).
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { IN, OUT, actor } from '../../test/policy-table.js';
import { managesUnit, stepsVisible } from './evaluation-reports.policy.js';

describe('evaluation outputs: the managers of a unit', () => {
  it.each(Roles)('%s', (role) => {
    expect(managesUnit(actor(role), IN)).toBe(['admin', 'organising', 'standing', 'inspection'].includes(role));
    expect(managesUnit(actor(role), OUT)).toBe(false);
  });
});

describe('evaluation outputs: the later steps per viewer', () => {
  it.each([
    ['manager', 'appraised', { appraisal: true, decision: false }],
    ['manager', 'decided', { appraisal: true, decision: true }],
    ['self', 'appraised', { appraisal: false, decision: false }],
    ['self', 'decided', { appraisal: false, decision: false }],
    ['self', 'published', { appraisal: true, decision: true }],
  ] as const)('%s, %s', (viewer, status, expected) => {
    expect(stepsVisible(viewer, status)).toEqual(expected);
  });
});
