// Where a notification leads: its task, meeting, weekly plan, commitment, action plan or Party cell (a late
// action-plan milestone carries the entry's tracking task, where the leader marks it done).
import { paths } from '../../app/paths.js';
import type { NotificationView } from './api/notifications.js';

const idParam = (n: Pick<NotificationView, 'params'>, key: string) => {
  const v = n.params[key];
  return typeof v === 'string' ? v : null;
};

export function linkOf(n: Pick<NotificationView, 'kind' | 'taskId' | 'meetingId' | 'params'>): string | null {
  if (n.taskId) return paths.task(n.taskId);
  if (n.meetingId) return paths.meeting(n.meetingId);
  const planId = idParam(n, 'planId');
  if (planId) return paths.plan(planId);
  if (n.kind === 'plan_returned' || n.kind === 'plan_approved') return paths.myPlan(idParam(n, 'weekStart') ?? undefined);
  const commitmentId = idParam(n, 'commitmentId');
  if (commitmentId) return paths.commitment(commitmentId);
  const actionPlanId = idParam(n, 'actionPlanId');
  if (actionPlanId) return paths.actionPlan(actionPlanId);
  // A member's transfer deadline: to the cell that manages it.
  const cellId = idParam(n, 'cellId');
  if (cellId) return paths.cell(cellId);
  return null;
}
