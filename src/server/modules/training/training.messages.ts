// Server messages of the training module (training records, post standards, the training-support policy,
// the register of exemplars). Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed.
import type { Catalogue } from '../../i18n.js';
import { TRAINING_LIST_LABELS } from './training.labels.js';

export const TRAINING_MESSAGES = {
  ...TRAINING_LIST_LABELS,
  'training.course.ends_before_start': {
    vi: 'Ngày kết thúc khóa học không được trước ngày bắt đầu ({start}).',
    en: 'A course cannot end before it began ({start}).',
  },
  'training.course.completed_needs_end': {
    vi: 'Khóa học đã có kết quả phải có ngày kết thúc.',
    en: 'A course with a result needs its end date.',
  },
  'training.course.future_result': {
    vi: 'Khóa học kết thúc sau hôm nay ({end}) chưa thể có kết quả; để “Đang học”.',
    en: 'A course ending after today ({end}) cannot have a result yet; leave it “In progress”.',
  },
  'training.standard.met': {
    vi: 'Đạt chuẩn {dimension}: {held} (yêu cầu {required}).',
    en: 'Meets the {dimension} standard: {held} (requires {required}).',
  },
  'training.standard.not_met': {
    vi: 'Chưa đạt chuẩn {dimension}: {held}, yêu cầu {required} ({rule}).',
    en: 'Does not meet the {dimension} standard: {held}, requires {required} ({rule}).',
  },
  'training.standard.none': { vi: 'chưa có', en: 'none' },
  'training.support.over_policy': {
    vi: '{rule}: số chi vượt mức hỗ trợ còn lại của khóa học (tối đa {max} đồng).',
    en: '{rule}: the payment exceeds what the policy still grants for this course (at most {max} đồng).',
  },
  'training.support.no_policy': {
    vi: 'Không có chính sách hỗ trợ đào tạo có hiệu lực vào ngày kết thúc khóa học (cấu hình training.support).',
    en: 'No training-support policy was in force on the day the course ended (setting training.support).',
  },
  'training.support.future': { vi: 'Ngày chi không được sau hôm nay.', en: 'The payment date cannot be after today.' },
  'training.support.paid_exists': {
    vi: 'Khóa học đã có khoản chi hỗ trợ; không xóa được.',
    en: 'The course has support payments; it cannot be deleted.',
  },
  'training.left.future': { vi: 'Ngày thôi công tác không được sau hôm nay.', en: 'The day of leaving cannot be after today.' },
  'training.import.person_unknown': {
    vi: 'Không tìm thấy cán bộ có số định danh này trong phạm vi được nhập.',
    en: 'No person with this citizen ID in the scope you import into.',
  },
  'training.import.value': { vi: 'Giá trị không có trong danh mục: {value}.', en: 'Value not in the list: {value}.' },
  'training.import.date': { vi: 'Ngày không hợp lệ (dd/mm/yyyy): {value}.', en: 'Invalid date (dd/mm/yyyy): {value}.' },
  'training.import.failed': {
    vi: 'Tệp có {invalid}/{total} dòng lỗi; không dòng nào được nhập (tải tệp lỗi để sửa).',
    en: '{invalid} of {total} rows have errors; nothing was imported (download the error file to fix them).',
  },
  'exemplar.not_nominated': { vi: 'Đề xuất này đã được xử lý.', en: 'This nomination has already been decided.' },
  'exemplar.decision.future': { vi: 'Ngày quyết định không được sau hôm nay.', en: 'The decision date cannot be after today.' },
  'exemplar.decision.before_year': {
    vi: 'Ngày quyết định không được trước năm được công nhận ({year}).',
    en: 'The decision date cannot precede the year it recognises ({year}).',
  },
  'exemplar.subject_mismatch': {
    vi: 'Điển hình cá nhân cần personId, điển hình tập thể cần subjectUnitId (chỉ một trong hai).',
    en: 'A person needs personId and a collective needs subjectUnitId (exactly one of them).',
  },
  'exemplar.no_suggestion': {
    vi: 'Không có gợi ý khen thưởng năm {year} cho đối tượng này (Quy định 366-QĐ/TW): chọn nguồn “Đơn vị đề xuất” và nêu thành tích.',
    en: 'There is no commendation suggestion for {year} for this subject (Quy định 366-QĐ/TW): choose “Proposed by a unit” and describe the achievement.',
  },
  'exemplar.duplicate': {
    vi: 'Đối tượng này đã được đề xuất trong phong trào này năm {year}.',
    en: 'This subject is already nominated in this campaign for {year}.',
  },
  'own_work.exemplar': {
    vi: 'Không ai ghi quyết định công nhận chính mình ({rule}).',
    en: 'Nobody records their own recognition ({rule}).',
  },
  'own_work.exemplar_nomination': {
    vi: 'Người đề xuất không ghi quyết định công nhận cho đề xuất của chính mình ({rule}).',
    en: 'Nobody records the decision on their own nomination ({rule}).',
  },
  'exemplar.report.title': { vi: 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM {year}', en: 'EXEMPLARY COLLECTIVES AND INDIVIDUALS, {year}' },
  'exemplar.report.campaign': { vi: 'Phong trào: {campaign}', en: 'Campaign: {campaign}' },
  'exemplar.report.all_campaigns': { vi: 'Tất cả các phong trào', en: 'All campaigns' },
  'exemplar.report.file': { vi: 'Điển hình tiên tiến năm {year}', en: 'Exemplars {year}' },
  'exemplar.report.sheet': { vi: 'Điển hình', en: 'Exemplars' },
  'exemplar.report.h.no': { vi: 'TT', en: 'No.' },
  'exemplar.report.h.name': { vi: 'Tập thể, cá nhân', en: 'Collective or individual' },
  'exemplar.report.h.unit': { vi: 'Đơn vị', en: 'Unit' },
  'exemplar.report.h.campaign': { vi: 'Phong trào', en: 'Campaign' },
  'exemplar.report.h.achievement': { vi: 'Thành tích', en: 'Achievement' },
  'exemplar.report.h.level': { vi: 'Cấp công nhận', en: 'Recognised by' },
  'exemplar.report.h.decision': { vi: 'Số, ngày quyết định', en: 'Decision' },
  'exemplar.report.total': {
    vi: 'Tổng số: {collectives} tập thể, {people} cá nhân.',
    en: 'Total: {collectives} collectives, {people} individuals.',
  },
  'exemplar.report.signer': { vi: 'T/M BAN THƯỜNG VỤ', en: 'FOR THE STANDING COMMITTEE' },
  'exemplar.report.maker': { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  'exemplar.report.sign_hint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'exemplar.campaign.ho_chi_minh': {
    vi: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    en: 'Studying and following Hồ Chí Minh’s thought, morality and style',
  },
  'exemplar.campaign.patriotic_emulation': { vi: 'Thi đua yêu nước', en: 'Patriotic emulation' },
  'exemplar.campaign.new_countryside': { vi: 'Xây dựng nông thôn mới', en: 'Building the new countryside' },
  'exemplar.campaign.digital_transformation': { vi: 'Chuyển đổi số', en: 'Digital transformation' },
  'exemplar.campaign.other': { vi: 'Khác', en: 'Other' },
  'exemplar.level.commune': { vi: 'Cấp xã', en: 'Commune' },
  'exemplar.level.province': { vi: 'Cấp tỉnh', en: 'Province' },
  'exemplar.level.central': { vi: 'Trung ương', en: 'Central' },
  'training.dimension.qualification': { vi: 'trình độ chuyên môn', en: 'qualification' },
  'training.dimension.political_theory': { vi: 'lý luận chính trị', en: 'political theory' },
  'training.dimension.state_management': { vi: 'quản lý nhà nước', en: 'state management' },
} satisfies Catalogue;
