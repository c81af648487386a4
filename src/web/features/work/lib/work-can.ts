// What the signed-in account may start in the work screens: issue a task slip, schedule a briefing,
// oversee the unit's weekly plans, assign responsibilities. Records carry their own `actions`
// from the server; these only decide whether to show a "create" entry point before any record
// exists. A capability the server sends in `me.can` wins; until it sends one, the role lists of
// the server's policy files are mirrored here (the server checks again on every call).
import type { Role } from '../../../../contracts/common.js';
import { useCurrentUser } from '../../auth/api/session.js';

export interface WorkCan {
  issueTasks: boolean;
  volunteer: boolean;
  writeMeetings: boolean;
  overseePlans: boolean;
  writePlan: boolean;
  writeResponsibilities: boolean;
}

const ROLES: Record<Exclude<keyof WorkCan, 'volunteer' | 'writePlan'>, readonly Role[]> = {
  issueTasks: ['standing', 'admin'],
  writeMeetings: ['office', 'standing'],
  overseePlans: ['standing', 'office', 'admin'],
  writeResponsibilities: ['organising', 'standing', 'admin'],
};

export function useWorkCan(): WorkCan {
  const me = useCurrentUser();
  const sent = me.can as Partial<Record<keyof WorkCan, boolean>>;
  const has = (roles: readonly Role[]) => me.roles.some((r) => roles.includes(r.role));
  return {
    issueTasks: sent.issueTasks ?? has(ROLES.issueTasks),
    writeMeetings: sent.writeMeetings ?? has(ROLES.writeMeetings),
    overseePlans: sent.overseePlans ?? has(ROLES.overseePlans),
    writeResponsibilities: sent.writeResponsibilities ?? has(ROLES.writeResponsibilities),
    // Volunteering and writing one's own plan need a person linked to the account.
    volunteer: sent.volunteer ?? !!me.personId,
    writePlan: sent.writePlan ?? !!me.personId,
  };
}

/** The unit the work screens open on: the first unit the account's roles cover. */
export function useHomeUnit(): { id: string; name: string } | null {
  const me = useCurrentUser();
  const r = me.roles[0];
  return r ? { id: r.unitId, name: r.unitName } : null;
}
