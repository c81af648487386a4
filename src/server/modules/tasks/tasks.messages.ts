// Server messages of the tasks module (task slips, volunteered tasks, progress, appraisal).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const TASKS_MESSAGES = {
  task_state: {
    vi: 'Nhiệm vụ đang ở trạng thái không cho phép thao tác này (ví dụ đã hoàn thành hoặc đã hủy).',
    en: 'The task is in a state that does not allow this (e.g. already done or cancelled).',
  },
  'v.task.work_units': { vi: 'Số đơn vị công việc quy đổi phải lớn hơn 0.', en: 'The converted work units must be greater than 0.' },
  'v.task.lead_required': { vi: 'Cần chọn người chủ trì.', en: 'Choose the lead.' },
  'v.task.lead_in_support': {
    vi: 'Người chủ trì không được đồng thời là người phối hợp.',
    en: 'The lead cannot also be a supporting assignee.',
  },
  'v.task.duplicate_assignee': { vi: 'Người phối hợp bị chọn trùng.', en: 'A supporting assignee is chosen twice.' },
  'v.task.unit_unknown': { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  'v.task.unit_out_of_scope': { vi: 'Đơn vị nằm ngoài phạm vi của người giao việc.', en: "The unit is outside the assigner's scope." },
  'v.task.field_unknown': { vi: 'Lĩnh vực không có trong danh mục.', en: 'Unknown field of work.' },
  'v.task.area_outside': { vi: 'Địa bàn không thuộc đơn vị của nhiệm vụ.', en: "The area is not within the task's unit." },
  'v.task.assignee_outside': {
    vi: 'Người này không thuộc đơn vị (đã chuyển công tác hoặc ngoài phạm vi của người giao việc).',
    en: "This person is not in the unit (has left it or is outside the assigner's scope).",
  },
  'v.task.not_own_unit': { vi: 'Chỉ nhận việc cho đơn vị mình đang công tác.', en: 'You can only volunteer for your own unit.' },
  'v.task.milestones_required': { vi: 'Cần ít nhất một mốc trong lộ trình.', en: 'The roadmap needs at least one milestone.' },
  'v.task.milestone_range': {
    vi: 'Mốc phải nằm trong khoảng từ ngày bắt đầu đến hạn hoàn thành.',
    en: 'The milestone must fall between the start date and the due date.',
  },
  'v.task.milestone_order': { vi: 'Các mốc phải theo thứ tự thời gian tăng dần.', en: 'Milestones must be in increasing date order.' },
  'v.task.not_future': { vi: 'Ngày không được sau hôm nay.', en: 'The date cannot be after today.' },
  'v.task.before_start': { vi: 'Ngày không được trước ngày bắt đầu nhiệm vụ.', en: "The date cannot be before the task's start date." },
  'v.task.past_due': {
    vi: 'Hạn hoàn thành {date} đã qua (hôm nay là {today}). Chọn hạn từ hôm nay trở đi, hoặc xác nhận đây là hạn đã qua được ghi lại (việc đã làm).',
    en: 'The due date {date} has already passed (today is {today}). Choose a date from today on, or confirm that you are recording a past deadline (work already done).',
  },
  'v.task.milestone_past': {
    vi: 'Mốc {date} đã qua (hôm nay là {today}). Chọn ngày từ hôm nay trở đi, hoặc xác nhận đây là lộ trình đã bắt đầu trước khi nhập (việc đã làm).',
    en: 'The milestone date {date} has already passed (today is {today}). Choose a date from today on, or confirm that you are recording a roadmap that started before it was entered (work already done).',
  },
  'v.task.due_unchanged': { vi: 'Hạn mới trùng với hạn hiện tại.', en: 'The new due date is the same as the current one.' },
  'v.task.calendar_range': { vi: 'Khoảng thời gian tối đa {max} ngày.', en: 'The range can be at most {max} days.' },
  'v.task.file_too_large': { vi: 'Tệp đính kèm vượt quá {max}.', en: 'The attachment is larger than {max}.' },
  'v.task.too_many_files': { vi: 'Tối đa {max} tệp đính kèm mỗi lần báo cáo.', en: 'At most {max} attachments per report.' },
} satisfies Catalogue;
