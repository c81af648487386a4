// Server messages of the plans module (weekly work plans).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const PLANS_MESSAGES = {
  plan_exists: { vi: 'Đã có kế hoạch công tác cho tuần này.', en: 'A work plan for this week already exists.' },
  'v.plan_exists': {
    vi: 'Đã có kế hoạch công tác cho tuần này; hãy mở kế hoạch đó để sửa.',
    en: 'A work plan for this week already exists; open it to edit.',
  },
  'v.plan_approved': {
    vi: 'Kế hoạch đã được duyệt nên không thể sửa, gửi lại, trả lại hay duyệt lại; các công việc đã thành nhiệm vụ.',
    en: 'The plan has been approved and can no longer be edited, resubmitted, returned or approved again; its items are tasks.',
  },
  'v.plan_submitted': {
    vi: 'Kế hoạch đã gửi và đang chờ duyệt; người viết chỉ sửa được khi kế hoạch bị trả lại.',
    en: 'The plan is submitted and awaits a decision; its author can edit it only once it is returned.',
  },
  'v.plan_not_submitted': {
    vi: 'Chỉ sửa (khi duyệt), trả lại hoặc duyệt được kế hoạch đã gửi.',
    en: 'Only a submitted plan can be edited by the approver, returned or approved.',
  },
  'v.plan_empty': { vi: 'Kế hoạch chưa có công việc nào.', en: 'The plan has no items.' },
  'v.plan_unit': {
    vi: 'Người viết kế hoạch không công tác tại đơn vị này.',
    en: 'The author of the plan does not work in this unit.',
  },
  'v.plan_item_start': {
    vi: 'Ngày bắt đầu phải nằm trong tuần của kế hoạch ({from} – {to}).',
    en: 'The start date must lie within the week of the plan ({from} – {to}).',
  },
  'v.plan_item_due': {
    vi: 'Hạn hoàn thành không được sau ngày {max} (4 tuần kể từ đầu tuần).',
    en: 'The due date cannot be after {max} (4 weeks from the start of the week).',
  },
  'v.plan_item_past_due': {
    vi: 'Hạn hoàn thành {date} đã qua (hôm nay là {today}). Chọn hạn từ hôm nay trở đi, hoặc xác nhận đây là hạn đã qua được ghi lại (việc đã làm).',
    en: 'The due date {date} has already passed (today is {today}). Choose a date from today on, or confirm that you are recording a past deadline (work already done).',
  },
  'v.plan_no_last_week': { vi: 'Không có kế hoạch của tuần trước để sao chép.', en: 'There is no plan of the previous week to copy.' },
  'v.work_units': { vi: 'Số đơn vị công việc phải lớn hơn 0.', en: 'The work units must be greater than 0.' },
  'v.time': { vi: 'Giờ không hợp lệ (HH:MM, ví dụ 17:00).', en: 'Invalid time (HH:MM, e.g. 17:00).' },
} satisfies Catalogue;
