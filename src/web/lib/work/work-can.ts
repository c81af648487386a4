// What the signed-in account may start in the work screens: issue a task slip, schedule a briefing,
// oversee the unit's weekly plans, assign responsibilities, volunteer, write a weekly plan. The
// server sends these in `me.can`, from the permission matrix (src/contracts/permissions.ts); records carry their own
// `actions`, and the server checks again on every call.
import { useCurrentUser } from '../session.js';

export interface WorkCan {
  issueTasks: boolean;
  volunteer: boolean;
  writeMeetings: boolean;
  overseePlans: boolean;
  writePlan: boolean;
  writeResponsibilities: boolean;
}

export function useWorkCan(): WorkCan {
  return useCurrentUser().can;
}

/** The unit the work screens open on: the first unit the account's roles cover. */
export function useHomeUnit(): { id: string; name: string } | null {
  const me = useCurrentUser();
  const r = me.roles[0];
  return r ? { id: r.unitId, name: r.unitName } : null;
}
