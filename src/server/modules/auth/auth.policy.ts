// What the UI may offer each actor; every route checks again through its own module policy. The
// role lists are the modules' own (imported, never repeated), so the UI cannot drift from them.
import type { Actor } from '../../http/context.js';
import { hasAnyRole } from '../../http/access.js';
import { CONDUCT_READ_ROLES } from '../conduct/index.js';
import { EVALUATION_READ_ROLES } from '../evaluation/index.js';
import { INDICATOR_READ_ROLES } from '../indicators/index.js';
import { MEETING_WRITE_ROLES } from '../meetings/index.js';
import { READ_ROLES as PEOPLE_READ_ROLES } from '../people/index.js';
import { PLAN_OVERSEE_ROLES } from '../plans/index.js';
import { RESPONSIBILITY_WRITE_ROLES } from '../responsibilities/index.js';
import { TASK_ISSUE_ROLES } from '../tasks/index.js';

export function capabilities(actor: Actor) {
  return {
    manageAccounts: hasAnyRole(actor, ['admin']),
    editOrg: hasAnyRole(actor, ['admin', 'organising']),
    editPeople: hasAnyRole(actor, ['admin', 'organising']),
    importPeople: hasAnyRole(actor, ['admin', 'organising']),
    exportPeople: hasAnyRole(actor, ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary']),
    readAudit: hasAnyRole(actor, ['admin', 'organising', 'inspection']),
    verifyAudit: hasAnyRole(actor, ['admin', 'inspection']),
    issueTasks: hasAnyRole(actor, TASK_ISSUE_ROLES),
    writeMeetings: hasAnyRole(actor, MEETING_WRITE_ROLES),
    overseePlans: hasAnyRole(actor, PLAN_OVERSEE_ROLES),
    writeResponsibilities: hasAnyRole(actor, RESPONSIBILITY_WRITE_ROLES),
    // Volunteering for a hard task and writing one's own weekly plan need a person behind the account.
    volunteer: !!actor.personId,
    writePlan: !!actor.personId,
    // The menu shows a page only to those who may use it (issue 9).
    readPeople: hasAnyRole(actor, PEOPLE_READ_ROLES),
    readIndicators: hasAnyRole(actor, INDICATOR_READ_ROLES),
    // The conduct records of a unit (on its dashboard): the organising body, inspection, admin.
    readConduct: hasAnyRole(actor, CONDUCT_READ_ROLES),
    // The periods list: the evaluation readers, and a person for their own evaluations.
    readEvaluation: hasAnyRole(actor, EVALUATION_READ_ROLES) || !!actor.personId,
  };
}
