// Server messages of the evaluation module (periods and the three steps: self-assessment, appraisal, decision; quota; publish; close).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const EVALUATION_MESSAGES = {
  'eval.period.month': { vi: 'Tháng {month}/{year}', en: 'Month {month}/{year}' },
  'eval.period.quarter': { vi: 'Quý {quarter}/{year}', en: 'Quarter {quarter}/{year}' },
  'eval.period.year': { vi: 'Năm {year}', en: 'Year {year}' },
  'eval.period.term': { vi: 'Nhiệm kỳ (đến năm {year})', en: 'Term (to {year})' },
  'eval.status.excluded': { vi: 'Không đánh giá', en: 'Not evaluated' },
  'eval.status.self_pending': { vi: 'Chờ tự đánh giá', en: 'Awaiting self-assessment' },
  'eval.status.self_submitted': { vi: 'Đã nộp tự đánh giá', en: 'Self-assessment submitted' },
  'eval.status.appraised': { vi: 'Đã thẩm định', en: 'Appraised' },
  'eval.status.decided': { vi: 'Đã quyết định xếp loại', en: 'Decided' },
  'eval.status.published': { vi: 'Đã công bố', en: 'Published' },
  'eval.level.excellent': { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  'eval.level.good': { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  'eval.level.completed': { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  'eval.level.not_completed': { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
  'eval.period_closed': {
    vi: 'Kỳ đánh giá đã khóa sổ, chỉ được xem, không được sửa ({rule}).',
    en: 'The evaluation period is closed: it can be read but not changed ({rule}).',
  },
  'v.evaluation.period_closed': {
    vi: 'Kỳ đánh giá đã khóa sổ, chỉ được xem, không được sửa ({rule}).',
    en: 'The evaluation period is closed: it can be read but not changed ({rule}).',
  },
  'v.evaluation.quarter_number': {
    vi: 'Quý phải từ 1 đến 3: quý IV được đánh giá gộp vào kết quả năm (Kết luận 198-KL/TW).',
    en: 'The quarter must be 1 to 3: the fourth quarter is folded into the year (Kết luận 198-KL/TW).',
  },
  'v.evaluation.month_number': { vi: 'Tháng phải từ 1 đến 12.', en: 'The month must be 1 to 12.' },
  'v.evaluation.year_number': { vi: 'Kỳ đánh giá năm không có số thứ tự (để 0).', en: 'A year period has no number (use 0).' },
  'v.evaluation.deadline_passed': {
    vi: 'Hạn {date} đã qua (hôm nay là {today}). Chọn hạn từ hôm nay trở đi, hoặc xác nhận đây là kỳ đã tiến hành trước đó được ghi lại.',
    en: 'The deadline {date} has already passed (today is {today}). Choose a date from today on, or confirm that you are recording a period already run.',
  },
  'v.evaluation.deadline_order': {
    vi: 'Các hạn phải theo thứ tự: tự đánh giá, thẩm định, rồi quyết định.',
    en: 'The deadlines must come in order: self-assessment, appraisal, then decision.',
  },
  'v.evaluation.period_exists': {
    vi: 'Kỳ đánh giá này đã được mở cho đơn vị.',
    en: 'This evaluation period is already open for the unit.',
  },
  'v.evaluation.no_criteria_set': {
    vi: 'Chưa có bộ tiêu chí áp dụng cho nhóm: {groups}. Hãy gán bộ tiêu chí trước khi mở kỳ ({rule}).',
    en: 'No criteria set is assigned to group(s): {groups}. Assign one before opening the period ({rule}).',
  },
  'v.evaluation.step_order': {
    vi: 'Chưa đúng trình tự: bản đánh giá đang ở bước “{status}”, cần ở bước “{expected}” ({rule}).',
    en: 'Out of order: the evaluation is at “{status}”; this step needs “{expected}” ({rule}).',
  },
  'v.evaluation.excluded': {
    vi: 'Người này thuộc diện không đánh giá, xếp loại trong kỳ ({rule}).',
    en: 'This person is not classified in this period ({rule}).',
  },
  'v.evaluation.general_missing': { vi: 'Chưa chấm điểm tiêu chí {code}.', en: 'Criterion {code} has not been scored.' },
  'v.evaluation.score_required': {
    vi: 'Không tính được tổng điểm từ bộ tiêu chí ({flags}): hãy nhập điểm.',
    en: 'The total cannot be computed from the criteria ({flags}): enter the score.',
  },
  'v.evaluation.reason_required': {
    vi: 'Cần nêu lý do khi quyết định khác với kết quả thẩm định ({rule}).',
    en: 'Give the reason when the decision departs from the appraisal ({rule}).',
  },
  'v.evaluation.level_above': {
    vi: 'Mức “{level}” cao hơn mức các điều kiện cho phép (“{allowed}”) ({rule}).',
    en: 'The level “{level}” is above what the conditions allow (“{allowed}”) ({rule}).',
  },
  'v.evaluation.not_in_group': {
    vi: 'Bản đánh giá không thuộc nhóm cùng đơn vị, cùng nhóm đối tượng của quyết định này ({rule}).',
    en: 'The evaluation is not in this peer group (same unit and cadre group) ({rule}).',
  },
  'v.evaluation.unit_outside_period': {
    vi: 'Đơn vị không thuộc phạm vi của kỳ đánh giá.',
    en: 'The unit is not part of this evaluation period.',
  },
  'v.evaluation.close_undecided': {
    vi: 'Còn {count} bản đánh giá chưa có quyết định xếp loại: chưa thể khóa sổ kỳ đánh giá ({rule}).',
    en: '{count} evaluation(s) have no decision yet: the period cannot be closed ({rule}).',
  },
  'n.evaluation_published': {
    vi: 'Kết quả đánh giá, xếp loại chất lượng {period} đã được công bố.',
    en: 'The evaluation results for {periodEn} have been published.',
  },
} satisfies Catalogue;
