// In-app notifications of the signed-in person, and the per-unit reminder offsets of tasks.
import { z } from 'zod';
import { Id, Int32, QueryInt, Version } from './common.js';

/**
 * Kinds the server words (message key 'n.<kind>'), with the params each writer passes:
 * - task_assigned {title, dueDate}; task_due_soon {title, dueDate, days}; task_overdue {title, dueDate}
 * - task_due_changed {title, oldDueDate, dueDate, reason}; task_cancelled {title, reason}
 * - plan_returned {weekStart, comment}; plan_approved {weekStart}
 * - meeting_scheduled {title, scheduledAt (ISO timestamp)}
 * - commitment_returned {commitmentId, year, comment}; commitment_approved {commitmentId, year}
 * - action_plan_returned {actionPlanId, year, comment}; action_plan_approved {actionPlanId, year}
 * - action_plan_milestone_late {title, dueDate} (with taskId: the entry's tracking task)
 * - cell_transfer_file_soon / cell_transfer_file_late / cell_transfer_present_late {name, cell, letterOn, fileBy, presentBy}
 * Civil dates are 'YYYY-MM-DD' in params and are shown as dd/mm/yyyy in the text.
 */
export const NotificationKinds = [
  'task_assigned',
  'task_due_soon',
  'task_overdue',
  'task_due_changed',
  'task_cancelled',
  'plan_returned',
  'plan_approved',
  'meeting_scheduled',
  'commitment_returned',
  'commitment_approved',
  'action_plan_returned',
  'action_plan_approved',
  'action_plan_milestone_late',
  'cell_transfer_file_soon',
  'cell_transfer_file_late',
  'cell_transfer_present_late',
] as const;
export const NotificationKind = z.enum(NotificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** Newest first; pass the previous page's nextBeforeId as beforeId to read further back. */
export const NotificationQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: QueryInt(1, 100).default(20),
  beforeId: Id.optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationView = z.object({
  id: Id,
  kind: z.string().describe('One of NotificationKinds (unknown kinds get a generic text)'),
  params: z.record(z.string(), z.unknown()),
  taskId: Id.nullable(),
  meetingId: Id.nullable(),
  createdAt: z.string().describe('ISO timestamp'),
  readAt: z.string().nullable().describe('ISO timestamp; null while unread'),
  /** The message in the user's language, worded by the server from kind and params. */
  text: z.string(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationPage = z.object({
  items: z.array(NotificationView),
  /** Cursor for the next (older) page; null when this page is the last. */
  nextBeforeId: Id.nullable(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({ count: z.number().int() });
export const ReadAllResult = z.object({ marked: z.number().int() });

/** Days before the due date on which assignees are reminded (0 = on the due date itself). */
export const ReminderDays = z
  .array(Int32(0, 30))
  .min(1)
  .max(5)
  .refine((days) => new Set(days).size === days.length, 'v.duplicate_values');

export const ReminderSettingsInput = z.object({
  /** The version of the unit's own setting being replaced; omit when the unit has none yet. */
  version: Version.optional(),
  days: ReminderDays,
});
export type ReminderSettingsInput = z.infer<typeof ReminderSettingsInput>;

export const ReminderSettingsView = z.object({
  unitId: Id,
  /** Sorted descending, e.g. [3, 1]. */
  days: z.array(z.number().int()),
  /** Where the days come from: this unit, its nearest ancestor with a setting, or the default. */
  source: z.enum(['unit', 'ancestor', 'default']),
  sourceUnitId: Id.nullable(),
  /** Version of this unit's own setting (null when it has none: send no version to create it). */
  version: z.number().int().nullable(),
  actions: z.object({ edit: z.boolean() }),
});
export type ReminderSettingsView = z.infer<typeof ReminderSettingsView>;
