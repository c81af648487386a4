// Server messages of new-member development and the cadres' roster at cells (decision 0033): each
// refusal names the field's rule.
import type { Catalogue } from '../../i18n.js';

export const CELLS_RECRUITMENT_MESSAGES = {
  'cells.target.over_parent': {
    vi: 'Chỉ tiêu phân bổ cho các đơn vị trực thuộc ({allocated}) vượt chỉ tiêu của {parent} ({target}); cần ghi lý do vượt.',
    en: 'The targets split below ({allocated}) exceed the target of {parent} ({target}); record the reason for exceeding it.',
  },
  'cells.target.below_split': {
    vi: 'Chỉ tiêu {target} thấp hơn tổng chỉ tiêu đã phân bổ cho các đơn vị trực thuộc ({allocated}); cần ghi lý do.',
    en: 'The target {target} is below what is already split among the units below ({allocated}); record the reason.',
  },
  'cells.target.not_above': {
    vi: 'Chỉ tiêu kết nạp đảng viên do cấp trên giao; không tự giao chỉ tiêu cho đơn vị của mình.',
    en: 'New-member targets are set by the level above; a unit does not set its own.',
  },
  'cells.target.unit_kind': {
    vi: 'Chỉ tiêu kết nạp đảng viên giao cho đảng bộ hoặc chi bộ.',
    en: 'New-member targets are set for a Party committee or a cell.',
  },
  'cells.candidate.already_member': {
    vi: '{name} đang là đảng viên (sinh hoạt tại {cell}); không đưa vào danh sách phát triển đảng viên.',
    en: '{name} is already a Party member (in {cell}); not a candidate.',
  },
  'cells.candidate.duplicate': {
    vi: '{name} đã có trong danh sách quần chúng ưu tú đang bồi dưỡng, xét kết nạp.',
    en: '{name} is already in the pipeline of candidates.',
  },
  'cells.candidate.stage_order': {
    vi: '{rule}: chưa ghi bước “{previous}”; các bước phát triển đảng viên thực hiện lần lượt.',
    en: '{rule}: the step “{previous}” is not recorded; the steps are taken in order.',
  },
  'cells.candidate.date_order': {
    vi: 'Ngày này không được trước ngày của bước “{previous}” ({date}).',
    en: 'This date cannot precede the step “{previous}” ({date}).',
  },
  'cells.candidate.date_after_next': {
    vi: 'Ngày này không được sau ngày của bước “{next}” ({date}).',
    en: 'This date cannot follow the step “{next}” ({date}).',
  },
  'cells.candidate.decided': {
    vi: 'Đã có quyết định kết nạp; các bước trước đó không sửa được nữa.',
    en: 'The admission decision is recorded; the earlier steps can no longer change.',
  },
  'cells.roster.duplicate': {
    vi: '{name} đã được phân công dự sinh hoạt chi bộ này tháng {month}.',
    en: '{name} is already assigned to this cell’s meeting in {month}.',
  },
  'cells.roster.future': {
    vi: 'Tháng {month} chưa đến; chỉ báo cáo sau khi dự sinh hoạt.',
    en: '{month} has not come yet; report after attending.',
  },
  'cells.roster.no_report': {
    vi: 'Chưa có báo cáo của cán bộ dự sinh hoạt để giao thành nhiệm vụ.',
    en: 'The cadre has not reported yet; there is no concern to turn into a task.',
  },
  'cells.roster.has_task': { vi: 'Báo cáo này đã được giao thành nhiệm vụ.', en: 'This report has already become a task.' },
} satisfies Catalogue;

/** The stage names as the refusals word them. */
export const STAGE_WORDS = {
  vi: {
    outstanding: 'quần chúng ưu tú',
    course: 'học lớp nhận thức về Đảng',
    application: 'đơn xin vào Đảng',
    verification: 'thẩm tra lý lịch',
    considered: 'chi bộ xét, đề nghị kết nạp',
    decision: 'quyết định kết nạp',
    ceremony: 'lễ kết nạp',
  },
  en: {
    outstanding: 'outstanding non-member',
    course: 'political course',
    application: 'application',
    verification: 'verification',
    considered: 'the cell’s consideration',
    decision: 'admission decision',
    ceremony: 'ceremony',
  },
} as const;
