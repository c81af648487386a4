// me.can as a table: the capabilities each role is sent (from the permission matrix), and the two
// that need a person linked to the account instead of a role.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/common.js';
import { actor, nobody } from '../../test/policy-table.js';
import { capabilities } from './auth.policy.js';

const BY_ROLE: Record<Role, string[]> = {
  admin: [
    'manageAccounts',
    'editOrg',
    'editPeople',
    'importPeople',
    'exportPeople',
    'readAudit',
    'verifyAudit',
    'issueTasks',
    'overseePlans',
    'writeResponsibilities',
    'openPeriods',
    'readEvaluations',
    'readPeople',
    'readIndicators',
    'readConduct',
    'readCells',
    'readCommitments',
    'readTraining',
    'readExemplars',
    'readActionPlans',
  ],
  organising: [
    'editOrg',
    'editPeople',
    'importPeople',
    'exportPeople',
    'readAudit',
    'writeResponsibilities',
    'openPeriods',
    'readEvaluations',
    'readPeople',
    'readIndicators',
    'readConduct',
    'readPlanning',
    'readPersonnel',
    'proposePersonnel',
    'readCells',
    'manageCells',
    'readCommitments',
    'readTraining',
    'editTraining',
    'readExemplars',
    'nominateExemplars',
    'readActionPlans',
  ],
  standing: [
    'exportPeople',
    'issueTasks',
    'writeMeetings',
    'overseePlans',
    'writeResponsibilities',
    'readEvaluations',
    'readPeople',
    'readIndicators',
    'readPlanning',
    'readPersonnel',
    'readCells',
    'readCommitments',
    'readTraining',
    'readExemplars',
    'nominateExemplars',
    'readActionPlans',
  ],
  office: [
    'exportPeople',
    'writeMeetings',
    'overseePlans',
    'readPeople',
    'readIndicators',
    'readCells',
    'readCommitments',
    'readExemplars',
    'nominateExemplars',
  ],
  inspection: [
    'exportPeople',
    'readAudit',
    'verifyAudit',
    'readEvaluations',
    'readPeople',
    'readIndicators',
    'readConduct',
    'inspectPlanning',
    'readPersonnel',
    'readCells',
    'readCommitments',
    'readTraining',
    'readExemplars',
    'readActionPlans',
  ],
  cell_secretary: [
    'exportPeople',
    'readPeople',
    'readIndicators',
    'readCells',
    'manageCells',
    'readCommitments',
    'readExemplars',
    'nominateExemplars',
  ],
  cadre: ['readIndicators'],
};

const granted = (can: Record<string, boolean>) =>
  Object.entries(can)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('me.can per role (an account without a linked person)', () => {
  it.each(Object.keys(BY_ROLE) as Role[])('%s', (role) => {
    expect(granted(capabilities(actor(role, undefined, null)))).toEqual([...BY_ROLE[role]].sort());
  });
});

describe('me.can for a person', () => {
  it('volunteering, one’s own weekly plan, self-assessment, commitment and cell need a linked person, not a role', () => {
    const own = ['myCell', 'selfAssess', 'volunteer', 'writeActionPlan', 'writeCommitment', 'writePlan'];
    expect(granted(capabilities(nobody))).toEqual(own);
    expect(granted(capabilities(actor('cadre')))).toEqual(['readIndicators', ...own].sort());
  });
});
