// Who may read the audit trail (matrix: audit.read), each within the subtrees of those bindings
// (events are scoped by their unit). Verifying the chain reads no record contents, so it is not
// scoped (audit.verify). Citizen ID numbers inside audit data show in full only to audit.citizen_ids;
// everyone else sees the last 3 digits.
import { type Coverage, holds, requireAction, rootsFor } from '../../http/access.js';

type Actor = Coverage;

/** The subtree roots whose events the actor may read; 403 when they may read none. */
export function readRoots(actor: Actor): string[] {
  requireAction(actor, 'audit.read');
  return rootsFor(actor, 'audit.read');
}

export function requireVerify(actor: Actor): void {
  requireAction(actor, 'audit.verify');
}

export function seesCitizenIds(actor: Actor): boolean {
  return holds(actor, 'audit.citizen_ids');
}
