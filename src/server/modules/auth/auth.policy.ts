// What the UI may offer each actor; every route checks again through its own module policy.
import type { Actor } from '../../http/context.js';
import { hasAnyRole } from '../../http/access.js';

export function capabilities(actor: Actor) {
  return {
    manageAccounts: hasAnyRole(actor, ['admin']),
    editOrg: hasAnyRole(actor, ['admin', 'organising']),
    editPeople: hasAnyRole(actor, ['admin', 'organising']),
    importPeople: hasAnyRole(actor, ['admin', 'organising']),
    exportPeople: hasAnyRole(actor, ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary']),
    readAudit: hasAnyRole(actor, ['admin', 'organising', 'inspection']),
    verifyAudit: hasAnyRole(actor, ['admin', 'inspection']),
  };
}
