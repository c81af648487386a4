// Server messages of the notifications module (in-app and e-mail texts).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const NOTIFICATIONS_MESSAGES = {
  'n.generic': { vi: 'Bạn có thông báo mới.', en: 'You have a new notification.' },
  'n.task_assigned': {
    vi: 'Bạn được giao nhiệm vụ “{title}”, hạn {dueDate}.',
    en: 'You have been assigned the task “{title}”, due {dueDate}.',
  },
  'n.task_due_soon': {
    vi: 'Nhiệm vụ “{title}” sắp đến hạn: còn {days} ngày (hạn {dueDate}).',
    en: 'The task “{title}” is due in {days} day(s) ({dueDate}).',
  },
  'n.task_due_today': { vi: 'Nhiệm vụ “{title}” đến hạn hôm nay ({dueDate}).', en: 'The task “{title}” is due today ({dueDate}).' },
  'n.task_overdue': { vi: 'Nhiệm vụ “{title}” đã quá hạn (hạn {dueDate}).', en: 'The task “{title}” is overdue (due {dueDate}).' },
  'n.task_due_changed': {
    vi: 'Hạn của nhiệm vụ “{title}” đã đổi từ {oldDueDate} sang {dueDate}. Lý do: {reason}',
    en: 'The due date of “{title}” changed from {oldDueDate} to {dueDate}. Reason: {reason}',
  },
  'n.task_due_changed.bare': {
    vi: 'Hạn của nhiệm vụ “{title}” đã đổi từ {oldDueDate} sang {dueDate}.',
    en: 'The due date of “{title}” changed from {oldDueDate} to {dueDate}.',
  },
  'n.task_cancelled': { vi: 'Nhiệm vụ “{title}” đã bị hủy. Lý do: {reason}', en: 'The task “{title}” was cancelled. Reason: {reason}' },
  'n.task_cancelled.bare': { vi: 'Nhiệm vụ “{title}” đã bị hủy.', en: 'The task “{title}” was cancelled.' },
  'n.plan_returned': {
    vi: 'Kế hoạch công tác tuần bắt đầu {weekStart} bị trả lại: {comment}',
    en: 'Your weekly work plan for the week of {weekStart} was returned: {comment}',
  },
  'n.plan_returned.bare': {
    vi: 'Kế hoạch công tác tuần bắt đầu {weekStart} bị trả lại.',
    en: 'Your weekly work plan for the week of {weekStart} was returned.',
  },
  'n.plan_approved': {
    vi: 'Kế hoạch công tác tuần bắt đầu {weekStart} đã được duyệt.',
    en: 'Your weekly work plan for the week of {weekStart} was approved.',
  },
  'n.meeting_scheduled': { vi: 'Bạn được mời dự “{title}” lúc {scheduledAt}.', en: 'You are invited to “{title}” at {scheduledAt}.' },
  'n.commitment_returned': {
    vi: 'Bản cam kết tu dưỡng, rèn luyện năm {year} bị trả lại: {comment}',
    en: 'Your annual commitment for {year} was returned: {comment}',
  },
  'n.commitment_approved': {
    vi: 'Bản cam kết tu dưỡng, rèn luyện năm {year} đã được duyệt.',
    en: 'Your annual commitment for {year} was approved.',
  },
  'n.action_plan_returned': {
    vi: 'Chương trình hành động năm {year} bị trả lại: {comment}',
    en: 'Your action plan for {year} was returned: {comment}',
  },
  'n.action_plan_approved': {
    vi: 'Chương trình hành động năm {year} đã được ban thường vụ duyệt.',
    en: 'Your action plan for {year} was approved by the standing committee.',
  },
  'n.action_plan_milestone_late': {
    vi: 'Mốc “{title}” trong chương trình hành động đã quá hạn {dueDate} mà chưa hoàn thành.',
    en: 'The action-plan milestone “{title}” passed its date {dueDate} without being done.',
  },
  'n.email.subject': { vi: 'CanBo: thông báo mới', en: 'CanBo: new notification' },
} satisfies Catalogue;
