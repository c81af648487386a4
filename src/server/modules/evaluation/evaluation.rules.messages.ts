// Messages of the evaluation rules (src/domain/evaluation): criteria sets, scores, gates and triggers, quota, exclusions, commendation.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const EVALUATION_RULES_MESSAGES = {
  'v.eval.weights.total': {
    vi: 'Tổng điểm hai phần là {sum}, phải bằng {expected} ({rule}).',
    en: 'The two parts add up to {sum}; they must add up to {expected} ({rule}).',
  },
  'v.eval.weights.general': {
    vi: 'Điểm tối đa các tiêu chí chung cộng lại là {sum}, phải bằng {expected} ({rule}).',
    en: 'The maximum points of the general criteria add up to {sum}; they must add up to {expected} ({rule}).',
  },
  'v.eval.weights.results': {
    vi: 'Điểm tối đa các tiêu chí kết quả thực hiện nhiệm vụ cộng lại là {sum}, phải bằng {expected} ({rule}).',
    en: 'The maximum points of the task-results criteria add up to {sum}; they must add up to {expected} ({rule}).',
  },
  'v.eval.criterion_duplicate': { vi: 'Mã tiêu chí {code} bị trùng.', en: 'Criterion code {code} is used twice.' },
  'v.eval.max_points': { vi: 'Điểm tối đa phải lớn hơn 0.', en: 'The maximum points must be greater than 0.' },
  'v.eval.general_manual': { vi: 'Tiêu chí chung phải được chấm điểm trực tiếp.', en: 'General criteria are scored by hand.' },
  'v.eval.source_once': {
    vi: 'Mỗi bộ tiêu chí chỉ có một tiêu chí tính từ nguồn này ({source}).',
    en: 'A criteria set has only one criterion computed from this source ({source}).',
  },
  'v.eval.formula_weights': {
    vi: 'Các trọng số phải không âm và có tổng lớn hơn 0 ({rule}).',
    en: 'The weights must be non-negative and add up to more than 0 ({rule}).',
  },
  'v.eval.percent': { vi: 'Tỷ lệ phải từ 0 đến 100% ({rule}).', en: 'The percentage must be between 0 and 100 ({rule}).' },
  'v.eval.deduction_fixed': {
    vi: 'Mức trừ hiện chỉ hỗ trợ {supported}% mỗi lần ({rule}).',
    en: 'Only a deduction of {supported}% per occurrence is supported ({rule}).',
  },
  'v.eval.score_range': {
    vi: 'Điểm tiêu chí {code} phải từ {min} đến {max} ({rule}).',
    en: 'The score of criterion {code} must be between {min} and {max} ({rule}).',
  },
  'v.eval.unknown_criterion': { vi: 'Tiêu chí {code} không có trong bộ tiêu chí.', en: 'Criterion {code} is not in the criteria set.' },
  'v.eval.computed_commitment': {
    vi: 'Tiêu chí {code} lấy điểm từ kết quả đánh giá bản cam kết năm, không nhập tay ({rule}).',
    en: 'Criterion {code} takes its points from the assessment of the annual commitment and cannot be entered by hand ({rule}).',
  },
  'v.eval.commitment_general': {
    vi: 'Chỉ tiêu chí chung mới lấy điểm từ bản cam kết năm ({rule}).',
    en: 'Only a general criterion takes its points from the annual commitment ({rule}).',
  },
  'v.eval.computed': {
    vi: 'Tiêu chí {code} được tính từ kết quả nhiệm vụ, không nhập tay ({rule}).',
    en: 'Criterion {code} is computed from the tasks and cannot be entered by hand ({rule}).',
  },
  'v.eval.quota_exception': {
    vi: 'Tỷ lệ ngoại lệ phải lớn hơn {min}% và không quá {max}% ({rule}).',
    en: 'The exception must be above {min}% and at most {max}% ({rule}).',
  },
  'gate.excellent.score': {
    vi: 'Điểm {actual}, mức Hoàn thành xuất sắc cần từ {required} điểm ({rule}).',
    en: 'Score {actual}; Excellent needs at least {required} ({rule}).',
  },
  'gate.excellent.on_time_quality': {
    vi: 'Nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng đạt {actual}%, mức Hoàn thành xuất sắc cần {required}% ({rule}).',
    en: 'Tasks done on time with quality: {actual}%; Excellent needs {required}% ({rule}).',
  },
  'gate.excellent.exceeded': {
    vi: 'Nhiệm vụ hoàn thành vượt mức đạt {actual}%, mức Hoàn thành xuất sắc cần ít nhất {required}% ({rule}).',
    en: 'Tasks exceeding requirements: {actual}%; Excellent needs at least {required}% ({rule}).',
  },
  'gate.excellent.shortcomings': {
    vi: 'Hạn chế, khuyết điểm kỳ trước đã khắc phục {actual}%, mức Hoàn thành xuất sắc cần {required}% ({rule}).',
    en: 'Shortcomings from the previous review fixed: {actual}%; Excellent needs {required}% ({rule}).',
  },
  'gate.excellent.members_disciplined': {
    vi: 'Có {actual} đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật; mức Hoàn thành xuất sắc không cho phép ({rule}).',
    en: '{actual} subordinate unit(s) or leadership member(s) disciplined; Excellent allows none ({rule}).',
  },
  'gate.good.score': {
    vi: 'Điểm {actual}, mức Hoàn thành tốt cần từ {required} điểm ({rule}).',
    en: 'Score {actual}; Good needs at least {required} ({rule}).',
  },
  'gate.good.on_time_quality': {
    vi: 'Nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng đạt {actual}%, mức Hoàn thành tốt cần {required}% ({rule}).',
    en: 'Tasks done on time with quality: {actual}%; Good needs {required}% ({rule}).',
  },
  'gate.completed.score': {
    vi: 'Điểm {actual}, mức Hoàn thành cần từ {required} điểm ({rule}).',
    en: 'Score {actual}; Completed needs at least {required} ({rule}).',
  },
  'gate.completed.done': {
    vi: 'Nhiệm vụ hoàn thành đạt {actual}%, mức Hoàn thành cần {required}% ({rule}).',
    en: 'Tasks done: {actual}%; Completed needs {required}% ({rule}).',
  },
  'gate.completed.late': {
    vi: 'Nhiệm vụ chậm tiến độ chiếm {actual}%, mức Hoàn thành cho phép không quá {required}% ({rule}).',
    en: 'Tasks behind schedule: {actual}%; Completed allows at most {required}% ({rule}).',
  },
  'gate.not_completed.discipline': {
    vi: 'Bị kỷ luật từ khiển trách trở lên trong kỳ ({actual} quyết định): xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'Disciplined (reprimand or heavier) in the period ({actual} decision(s)): Not completed ({rule}).',
  },
  'gate.not_completed.degradation': {
    vi: 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái: xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'A degradation conclusion by the competent level: Not completed ({rule}).',
  },
  'gate.not_completed.not_done': {
    vi: 'Nhiệm vụ không hoàn thành chiếm {actual}%, vượt quá {required}%: xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'Tasks not done: {actual}%, more than {required}%: Not completed ({rule}).',
  },
  'gate.not_completed.units_completion': {
    vi: 'Đơn vị do mình phụ trách hoàn thành {actual}% nhiệm vụ, dưới {required}%: xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'The units led completed {actual}% of their tasks, under {required}%: Not completed ({rule}).',
  },
  'gate.not_completed.units_not_completed': {
    vi: '{actual}% đơn vị do mình phụ trách xếp loại Không hoàn thành nhiệm vụ, vượt quá {required}% ({rule}).',
    en: '{actual}% of the units led are rated Not completed, more than {required}% ({rule}).',
  },
  'gate.not_completed.low_confidence': {
    vi: 'Phiếu tín nhiệm thấp chiếm {actual}%, vượt quá {required}%: xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'Low-confidence votes: {actual}%, more than {required}%: Not completed ({rule}).',
  },
  'gate.not_completed.corruption': {
    vi: 'Đơn vị thuộc phạm vi phụ trách trực tiếp để xảy ra tham nhũng, lãng phí, tiêu cực: xếp loại Không hoàn thành nhiệm vụ ({rule}).',
    en: 'Corruption, waste or negative conduct in the directly managed scope: Not completed ({rule}).',
  },
  'quota.ok': {
    vi: '{excellent} Hoàn thành xuất sắc trên {good} Hoàn thành tốt: trong giới hạn {cap} ({pct}% số Hoàn thành tốt, {rule}).',
    en: '{excellent} Excellent for {good} Good: within the cap of {cap} ({pct}% of those rated Good, {rule}).',
  },
  'quota.exceeded': {
    vi: '{excellent} Hoàn thành xuất sắc trên {good} Hoàn thành tốt: vượt giới hạn {cap} ({pct}% số Hoàn thành tốt). Cần chuyển ít nhất {mustRateDown} người xuống Hoàn thành tốt ({rule}).',
    en: '{excellent} Excellent for {good} Good: over the cap of {cap} ({pct}% of those rated Good). Rate at least {mustRateDown} down to Good ({rule}).',
  },
  'exclusion.new_member': {
    vi: 'Đảng viên mới kết nạp chưa đủ {months} tháng tính đến cuối kỳ: không đánh giá, xếp loại ({rule}).',
    en: 'Admitted less than {months} months before the end of the period: not classified ({rule}).',
  },
  'exclusion.exempted': {
    vi: 'Được miễn công tác và sinh hoạt đảng trong kỳ: không đánh giá, xếp loại ({rule}).',
    en: 'Exempted from Party work during the period: not classified ({rule}).',
  },
  'exclusion.suspended': {
    vi: 'Bị đình chỉ sinh hoạt đảng trong kỳ: không đánh giá, xếp loại ({rule}).',
    en: 'Suspended during the period: not classified ({rule}).',
  },
  'exclusion.on_leave': {
    vi: 'Nghỉ ốm, thai sản cả kỳ: không có thời gian công tác để đánh giá ({rule}).',
    en: 'On sick or maternity leave for the whole period: no time worked to evaluate ({rule}).',
  },
  'commendation.grassroots': {
    vi: 'Hoàn thành xuất sắc nhiệm vụ năm {year}: đề nghị giấy khen của cấp ủy cơ sở ({rule}).',
    en: 'Excellent in {year}: suggest a certificate of merit of the grassroots committee ({rule}).',
  },
  'commendation.province': {
    vi: 'Hoàn thành xuất sắc nhiệm vụ {consecutiveYears} năm liền đến năm {year}: đề nghị giấy khen cấp trên hoặc bằng khen của tỉnh ({rule}).',
    en: 'Excellent {consecutiveYears} years running to {year}: suggest a certificate of the level above or of the province ({rule}).',
  },
} satisfies Catalogue;
