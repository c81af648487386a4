// Server messages of the leaders' action plans (issue 13, decision 0034). Spread into MESSAGES by
// src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const ACTION_PLANS_MESSAGES = {
  action_plan_exists: { vi: 'Đã có chương trình hành động của năm này.', en: 'An action plan for this year already exists.' },
  'v.actionPlan.exists': {
    vi: 'Đã có chương trình hành động của năm này; hãy mở bản đó để sửa.',
    en: 'An action plan for this year already exists; open it to edit.',
  },
  'v.actionPlan.not_leader': {
    vi: 'Chỉ người đang giữ chức vụ lãnh đạo này mới viết chương trình hành động cho chức vụ đó.',
    en: 'Only the person holding this leadership post today writes the action plan for it.',
  },
  'v.actionPlan.items_required': {
    vi: 'Chương trình hành động phải có ít nhất một cam kết về chỉ tiêu của đơn vị và một việc làm nêu gương.',
    en: 'An action plan needs at least one commitment for the unit’s targets and one example the leader sets.',
  },
  'v.actionPlan.milestones_required': {
    vi: 'Mỗi nội dung cần ít nhất một mốc tiến độ.',
    en: 'Each entry needs at least one milestone.',
  },
  'v.actionPlan.due_year': {
    vi: 'Thời hạn phải nằm trong năm {year} của chương trình hành động.',
    en: 'The date must lie within the action plan’s year {year}.',
  },
  'v.actionPlan.milestone_after_due': {
    vi: 'Mốc tiến độ không được muộn hơn thời hạn của nội dung ({due}).',
    en: 'A milestone may not fall after its entry’s due date ({due}).',
  },
  'v.actionPlan.indicator': {
    vi: 'Chỉ tiêu phải là một chỉ tiêu năm {year} của đơn vị; việc làm nêu gương không gắn chỉ tiêu.',
    en: 'The indicator must be one of the unit’s indicators of {year}; an example is not tied to an indicator.',
  },
  'v.actionPlan.target_without_indicator': {
    vi: 'Giá trị phấn đấu chỉ ghi khi nội dung gắn với một chỉ tiêu.',
    en: 'A value aimed at is written only for an entry tied to an indicator.',
  },
  'v.actionPlan.approved': {
    vi: 'Chương trình hành động đã được duyệt nên không thể sửa, gửi lại, trả lại hay duyệt lại.',
    en: 'The action plan has been approved and can no longer be edited, resubmitted, returned or approved again.',
  },
  'v.actionPlan.submitted': {
    vi: 'Chương trình hành động đã gửi và đang chờ duyệt; chỉ sửa được khi bị trả lại.',
    en: 'The action plan is submitted and awaits a decision; it can be edited only once it is returned.',
  },
  'v.actionPlan.not_submitted': {
    vi: 'Chỉ trả lại hoặc duyệt được chương trình hành động đã gửi.',
    en: 'Only a submitted action plan can be returned or approved.',
  },
  'own_work.action_plan': {
    vi: 'Không ai tự duyệt chương trình hành động của chính mình ({rule}); việc này do thành viên khác của ban thường vụ thực hiện.',
    en: 'Nobody approves their own action plan ({rule}); another member of the standing committee does.',
  },
} satisfies Catalogue;
