// Every notification kind leads to its page: the bell's table, kind by kind, with the params each
// writer passes (src/contracts/notifications.ts).
import { describe, expect, it } from 'vitest';
import { type NotificationKind, NotificationKinds } from '../../../contracts/notifications.js';
import { linkOf } from './notification-link.js';

const TASK = '11111111-1111-4111-8111-111111111111';
const MEETING = '22222222-2222-4222-8222-222222222222';
const ID = '33333333-3333-4333-8333-333333333333';

const CASES: Record<NotificationKind, { taskId?: string; meetingId?: string; params: Record<string, unknown>; to: string }> = {
  task_assigned: { taskId: TASK, params: { title: 'x', dueDate: '2026-12-31' }, to: `/tasks/${TASK}` },
  task_due_soon: { taskId: TASK, params: { title: 'x', dueDate: '2026-12-31', days: 3 }, to: `/tasks/${TASK}` },
  task_overdue: { taskId: TASK, params: { title: 'x', dueDate: '2026-12-01' }, to: `/tasks/${TASK}` },
  task_due_changed: { taskId: TASK, params: { title: 'x', dueDate: '2026-12-31' }, to: `/tasks/${TASK}` },
  task_cancelled: { taskId: TASK, params: { title: 'x', reason: 'y' }, to: `/tasks/${TASK}` },
  plan_returned: { params: { weekStart: '2026-12-07', comment: 'y' }, to: '/plans?week=2026-12-07' },
  plan_approved: { params: { planId: ID, weekStart: '2026-12-07' }, to: `/plans/${ID}` },
  meeting_scheduled: { meetingId: MEETING, params: { title: 'x' }, to: `/meetings/${MEETING}` },
  commitment_returned: { params: { commitmentId: ID, year: 2026, comment: 'y' }, to: `/commitments/${ID}` },
  commitment_approved: { params: { commitmentId: ID, year: 2026 }, to: `/commitments/${ID}` },
  action_plan_returned: { params: { actionPlanId: ID, year: 2026, comment: 'y' }, to: `/action-plans/${ID}` },
  action_plan_approved: { params: { actionPlanId: ID, year: 2026 }, to: `/action-plans/${ID}` },
  // Late: to the entry's tracking task, where the milestone is marked done with its evidence.
  cell_transfer_file_soon: { params: { name: 'x', cell: 'y', cellId: ID, letterOn: '2026-12-01' }, to: `/cells/${ID}` },
  cell_transfer_file_late: { params: { name: 'x', cell: 'y', cellId: ID, letterOn: '2026-09-01' }, to: `/cells/${ID}` },
  cell_transfer_present_late: { params: { name: 'x', cell: 'y', cellId: ID, letterOn: '2026-09-01' }, to: `/cells/${ID}` },
  action_plan_milestone_late: { taskId: TASK, params: { title: 'x', dueDate: '2026-06-30', actionPlanId: ID }, to: `/tasks/${TASK}` },
};

describe('notification links', () => {
  it.each(NotificationKinds)('%s leads to its page', (kind) => {
    const c = CASES[kind];
    expect(linkOf({ kind, taskId: c.taskId ?? null, meetingId: c.meetingId ?? null, params: c.params })).toBe(c.to);
  });

  it('an unknown kind without a record leads nowhere', () => {
    expect(linkOf({ kind: 'other', taskId: null, meetingId: null, params: {} })).toBeNull();
  });
});
