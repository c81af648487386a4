// Server messages of the meetings module (briefing meetings and their agenda).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const MEETINGS_MESSAGES = {
  'meeting.agenda.summary': {
    vi: 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ {period} ({range}): {done}/{assigned} nhiệm vụ hoàn thành, {late} trễ hạn, {overdue} quá hạn',
    en: 'Summary of task results, {period} ({range}): {done}/{assigned} tasks done, {late} late, {overdue} overdue',
  },
  'meeting.agenda.overdue': { vi: 'Nhiệm vụ quá hạn: {title} (hạn {due})', en: 'Overdue task: {title} (due {due})' },
  'meeting.agenda.late': {
    vi: 'Nhiệm vụ hoàn thành trễ hạn: {title} (hạn {due}, hoàn thành {done})',
    en: 'Task done late: {title} (due {due}, done {done})',
  },
  'meeting.agenda.more': { vi: 'Các nhiệm vụ quá hạn, trễ hạn khác ({count} nhiệm vụ)', en: 'Other overdue and late tasks ({count})' },
  'meeting.agenda.directives': { vi: 'Kết luận, chỉ đạo của đồng chí chủ trì', en: 'Conclusions and directives of the chair' },
  meeting_closed: {
    vi: 'Cuộc họp đã kết thúc hoặc đã hủy, không thể thay đổi.',
    en: 'The meeting is closed or cancelled and cannot be changed.',
  },
  'v.meeting.person_outside': {
    vi: 'Người này không thuộc đơn vị tổ chức cuộc họp.',
    en: 'This person is not in the unit holding the meeting.',
  },
  'v.meeting.duplicate_person': {
    vi: 'Mỗi người chỉ được ghi một lần (chủ trì hoặc dự họp).',
    en: 'Each person may appear only once (chair or attendee).',
  },
  'v.meeting.not_participant': { vi: 'Người này không có trong danh sách dự họp.', en: 'This person is not a participant of the meeting.' },
  'v.meeting.target_outside': {
    vi: 'Đơn vị nhận kết luận phải thuộc đơn vị tổ chức cuộc họp.',
    en: 'The target unit must be within the unit holding the meeting.',
  },
  'v.meeting.task_outside': {
    vi: 'Nhiệm vụ không thuộc đơn vị tổ chức cuộc họp.',
    en: 'The task is not within the unit holding the meeting.',
  },
  'v.meeting.due_before_meeting': {
    vi: 'Hạn hoàn thành không được trước ngày họp ({date}).',
    en: 'The due date cannot be before the meeting day ({date}).',
  },
  'v.meeting.file_required': { vi: 'Hãy chọn tệp tài liệu.', en: 'Choose a document file.' },
  'v.meeting.file_empty': { vi: 'Tệp rỗng.', en: 'The file is empty.' },
} satisfies Catalogue;
