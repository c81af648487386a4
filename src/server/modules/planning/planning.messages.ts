// Server messages of the planning module: its own refusals. The texts of every rule check are the
// domain's (PLANNING_MESSAGES, keyed by the check codes), spread in here.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import { PLANNING_MESSAGES } from '../../../domain/planning/index.js';
import type { Catalogue } from '../../i18n.js';

export const PLANNING_SERVER_MESSAGES = {
  ...PLANNING_MESSAGES,
  'planning.unit_kind': {
    vi: 'Quy hoạch được lập cho đơn vị cấp xã hoặc cấp tỉnh (Quy định 377-QĐ/TW).',
    en: 'Plans are made for a commune-level or province-level unit (Quy định 377-QĐ/TW).',
  },
  'planning.term.no_reference_month': {
    vi: 'Nhiệm kỳ {term} chưa có thời điểm tính tuổi quy hoạch (cấu hình planning.age); chưa thể lập quy hoạch ({rule}).',
    en: 'Term {term} has no reference month for the age rule (setting planning.age); it cannot be planned yet ({rule}).',
  },
  'planning.plan.exists': {
    vi: 'Đơn vị đã có quy hoạch nhiệm kỳ này.',
    en: 'The unit already has a plan for this term.',
  },
  'planning.post.not_in_plan': {
    vi: 'Chức danh {post} không thuộc danh mục chức danh quy hoạch của đơn vị trong nhiệm kỳ này.',
    en: 'The post {post} is not one of the unit’s plannable posts for this term.',
  },
  'planning.candidate.duplicate': {
    vi: 'Người này đã có trong quy hoạch chức danh {post}.',
    en: 'This person is already planned for {post}.',
  },
  'planning.plan.outside_review': {
    vi: '{rule}: quy hoạch đã phê duyệt chỉ được bổ sung, điều chỉnh khi rà soát hằng năm (từ {from} đến {to}).',
    en: '{rule}: an approved plan is changed only at the yearly review ({from} to {to}).',
  },
  'planning.approve.nothing': {
    vi: 'Không có nhân sự nào chờ phê duyệt.',
    en: 'No candidate is waiting for approval.',
  },
  'planning.approve.future': { vi: 'Ngày quyết định không được sau hôm nay.', en: 'The decision date cannot be after today.' },
  'own_work.planning': {
    vi: 'Không ai tham gia phê duyệt quy hoạch có tên mình: các ủy viên Ban Thường vụ khác hoặc cấp trên phê duyệt ({rule}).',
    en: 'Nobody takes part in approving a plan that names them: the other standing-committee members or the level above approve it ({rule}).',
  },
  'planning.standard.unknown_level': {
    vi: 'Trình độ không có trong thang {dimension}: {level}.',
    en: 'Level not on the {dimension} scale: {level}.',
  },
  'planning.training.past': {
    vi: 'Ngày dự kiến hoàn thành khóa đào tạo không được trước hôm nay ({today}): kế hoạch đào tạo là việc sẽ làm.',
    en: 'The training’s expected end cannot be before today ({today}): a training plan is yet to be done.',
  },
  'planning.ballot.round_taken': {
    vi: 'Vòng bỏ phiếu {round} của chức danh này đã được ghi.',
    en: 'Round {round} of this post is already recorded.',
  },
  'planning.ballot.not_candidate': {
    vi: 'Người được bỏ phiếu không có trong quy hoạch chức danh này.',
    en: 'The person voted on is not a candidate for this post.',
  },
  'planning.ballot.present_over_members': {
    vi: 'Số có mặt ({present}) lớn hơn số thành viên ({members}).',
    en: 'Present ({present}) exceeds the members ({members}).',
  },
  'planning.ballot.votes_over_present': {
    vi: 'Số phiếu ({votes}) lớn hơn số có mặt ({present}).',
    en: 'The votes ({votes}) exceed those present ({present}).',
  },
  'planning.ballot.members': { vi: 'Số thành viên phải từ {min} trở lên.', en: 'Members must be at least {min}.' },
  'planning.ballot.count': { vi: 'Số phải là số nguyên không âm.', en: 'Must be a whole number, not negative.' },
  'planning.approve.before_proposal': {
    vi: 'Ngày quyết định không được trước ngày đề xuất nhân sự cuối cùng ({date}).',
    en: 'The decision date cannot precede the last proposal ({date}).',
  },
  'planning.ballot.duplicate_person': { vi: 'Một người chỉ được ghi một lần trong một vòng.', en: 'A person is listed once per round.' },
  'planning.ladder.issue': {
    vi: 'Danh mục chức danh không hợp lệ sau khi sửa: {issue} ({post}{detail}).',
    en: 'The ladder would be invalid after this change: {issue} ({post}{detail}).',
  },
  'planning.removed.discipline': {
    vi: 'Bị kỷ luật {kind} theo quyết định {ref} ngày {decidedOn} — đưa ra khỏi quy hoạch ngay (Quy định 377-QĐ/TW).',
    en: 'Disciplined ({kind}) by decision {ref} of {decidedOn} — removed from the plan at once (Quy định 377-QĐ/TW).',
  },
  // The HD 45 forms (planning.documents.ts).
  'planning.doc.plan.title': { vi: 'DANH SÁCH QUY HOẠCH CÁN BỘ {unit} {term}', en: 'SUCCESSION PLAN OF {unit}, {term}' },
  'planning.doc.ages.title': {
    vi: 'BIỂU TÍNH TUỔI NHÂN SỰ QUY HOẠCH {term}',
    en: 'AGE SHEET OF THE PLANNED CADRES, {term}',
  },
  'planning.doc.tally.title': {
    vi: 'BIÊN BẢN KIỂM PHIẾU GIỚI THIỆU NHÂN SỰ QUY HOẠCH {term}',
    en: 'TALLY OF THE NOMINATION BALLOTS FOR THE PLAN, {term}',
  },
  'planning.doc.decision.title': { vi: 'QUYẾT ĐỊNH', en: 'DECISION' },
  'planning.doc.decision.subject': {
    vi: 'về việc phê duyệt quy hoạch cán bộ {unit} {term}',
    en: 'approving the succession plan of {unit}, {term}',
  },
  'planning.doc.decision.issuer': { vi: 'BAN THƯỜNG VỤ {committee}', en: 'THE STANDING COMMITTEE OF {committee}' },
  'planning.doc.decision.basis1': {
    vi: '- Căn cứ Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về công tác quy hoạch cán bộ;',
    en: '- Pursuant to Politburo Regulation 377-QĐ/TW of 08/10/2025 on cadre planning;',
  },
  'planning.doc.decision.basis2': {
    vi: '- Căn cứ Hướng dẫn số 45-HD/BTCTW ngày 21/11/2025 của Ban Tổ chức Trung ương;',
    en: '- Pursuant to Central Organisation Commission Guide 45-HD/BTCTW of 21/11/2025;',
  },
  'planning.doc.decision.basis3': {
    vi: '- Xét đề nghị của cơ quan tham mưu về tổ chức, cán bộ,',
    en: '- Having considered the proposal of the organising body,',
  },
  'planning.doc.decision.decides': { vi: 'QUYẾT ĐỊNH:', en: 'DECIDES:' },
  'planning.doc.decision.article1': {
    vi: 'Điều 1. Phê duyệt quy hoạch cán bộ {unit} {term} gồm {count} lượt đồng chí có tên trong danh sách kèm theo.',
    en: 'Article 1. The succession plan of {unit}, {term}, is approved: {count} entries, named in the attached list.',
  },
  'planning.doc.decision.article2': {
    vi: 'Điều 2. Quy hoạch được rà soát, bổ sung hằng năm; đồng chí bị kỷ luật hoặc không còn đủ tiêu chuẩn, điều kiện được đưa ra khỏi quy hoạch theo quy định.',
    en: 'Article 2. The plan is reviewed and topped up every year; a cadre disciplined or no longer meeting the standards is removed as the rules require.',
  },
  'planning.doc.decision.article3': {
    vi: 'Điều 3. Cơ quan tham mưu về tổ chức, cán bộ và các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này; báo cáo cấp trên theo quy định.',
    en: 'Article 3. The organising body and the cadres named in Article 1 carry out this decision; it is reported to the level above.',
  },
  'planning.doc.decision.list': {
    vi: 'DANH SÁCH QUY HOẠCH KÈM THEO QUYẾT ĐỊNH SỐ {ref} NGÀY {date}',
    en: 'LIST ATTACHED TO DECISION {ref} OF {date}',
  },
  'planning.doc.decision.recipients': {
    vi: 'Nơi nhận: cấp ủy cấp trên (báo cáo); như Điều 3; lưu hồ sơ.',
    en: 'To: the committee above (report); as Article 3; file.',
  },
  'planning.doc.not_approved': {
    vi: 'Quy hoạch chưa được phê duyệt: chưa có quyết định để in.',
    en: 'The plan is not approved: there is no decision to print.',
  },
  'planning.doc.no_ballot': {
    vi: 'Chưa ghi vòng bỏ phiếu nào: chưa có biên bản kiểm phiếu để in.',
    en: 'No ballot round is recorded: there is no tally to print.',
  },
  'planning.doc.unit': { vi: 'Đơn vị', en: 'Unit' },
  'planning.doc.term': { vi: 'Nhiệm kỳ', en: 'Term' },
  'planning.doc.asOf': { vi: 'Tình trạng đến ngày', en: 'As it stood on' },
  'planning.doc.status': { vi: 'Tình trạng quy hoạch', en: 'Plan status' },
  'planning.doc.approvals': { vi: 'Quyết định phê duyệt', en: 'Approval decisions' },
  'planning.doc.post': { vi: 'Chức danh', en: 'Post' },
  'planning.doc.referenceMonth': { vi: 'Thời điểm tính tuổi', en: 'Reference month' },
  'planning.doc.noCandidate': { vi: '(chưa có nhân sự quy hoạch)', en: '(no candidate)' },
  'planning.doc.round': {
    vi: 'Chức danh {post} — vòng {round}, ngày {date}: tổng số thành viên {members}, có mặt {present}, số phiếu phát ra {present}.',
    en: '{post} — round {round}, {date}: {members} members, {present} present, {present} ballots issued.',
  },
  'planning.doc.threshold': {
    vi: 'Người đạt tỷ lệ phiếu theo quy định được giới thiệu vào quy hoạch ({rule}).',
    en: 'Those reaching the required share of votes are nominated ({rule}).',
  },
  'planning.doc.ageRule': {
    vi: 'Đối tượng 1 cần còn ít nhất {t1} tháng công tác, đối tượng 2 ít nhất {t2} tháng, tính tại thời điểm tính tuổi ({rule}).',
    en: 'Target 1 needs at least {t1} months of service left, target 2 at least {t2}, at the reference month ({rule}).',
  },
  'planning.doc.col.no': { vi: 'STT', en: 'No.' },
  'planning.doc.col.name': { vi: 'Họ và tên', en: 'Full name' },
  'planning.doc.col.gender': { vi: 'Giới tính', en: 'Sex' },
  'planning.doc.col.dob': { vi: 'Ngày sinh', en: 'Date of birth' },
  'planning.doc.col.current': { vi: 'Đơn vị công tác hiện nay', en: 'Current unit' },
  'planning.doc.col.post': { vi: 'Chức danh quy hoạch', en: 'Planned post' },
  'planning.doc.col.target': { vi: 'Đối tượng', en: 'Target' },
  'planning.doc.col.age': { vi: 'Tuổi tại thời điểm tính', en: 'Age at the reference month' },
  'planning.doc.col.reference': { vi: 'Thời điểm tính tuổi', en: 'Reference month' },
  'planning.doc.col.retirement': { vi: 'Ngày nghỉ hưu', en: 'Retirement date' },
  'planning.doc.col.monthsLeft': { vi: 'Số tháng công tác còn lại', en: 'Months of service left' },
  'planning.doc.col.ageCheck': { vi: 'Đủ tuổi quy hoạch', en: 'Age rule met' },
  'planning.doc.col.qualification': { vi: 'Trình độ chuyên môn', en: 'Qualification' },
  'planning.doc.col.theory': { vi: 'Lý luận chính trị', en: 'Political theory' },
  'planning.doc.col.rating': { vi: 'Xếp loại năm {year}', en: 'Rating {year}' },
  'planning.doc.col.status': { vi: 'Tình trạng', en: 'Status' },
  'planning.doc.col.votes': { vi: 'Số phiếu', en: 'Votes' },
  'planning.doc.col.pct': { vi: 'Tỷ lệ so với số có mặt', en: 'Share of those present' },
  'planning.doc.col.result': { vi: 'Kết quả', en: 'Result' },
  'planning.doc.yes': { vi: 'Đạt', en: 'Met' },
  'planning.doc.no': { vi: 'Không đạt', en: 'Not met' },
  'planning.doc.reached': { vi: 'Đạt ngưỡng', en: 'Reached' },
  'planning.doc.notReached': { vi: 'Không đạt ngưỡng', en: 'Not reached' },
  'planning.doc.age': { vi: '{years} tuổi {months} tháng', en: '{years} years {months} months' },
  'planning.doc.male': { vi: 'Nam', en: 'Male' },
  'planning.doc.female': { vi: 'Nữ', en: 'Female' },
  'planning.doc.target.1': { vi: 'Đối tượng 1', en: 'Target 1' },
  'planning.doc.target.2': { vi: 'Đối tượng 2', en: 'Target 2' },
  'planning.doc.cstatus.proposed': { vi: 'Đề xuất', en: 'Proposed' },
  'planning.doc.cstatus.approved': { vi: 'Đã phê duyệt', en: 'Approved' },
  'planning.doc.cstatus.removed': { vi: 'Đã đưa ra', en: 'Removed' },
  'planning.doc.pstatus.draft': { vi: 'Đang xây dựng', en: 'Being prepared' },
  'planning.doc.pstatus.approved': { vi: 'Đã phê duyệt', en: 'Approved' },
  'planning.doc.sign.counting': { vi: 'T/M TỔ KIỂM PHIẾU', en: 'FOR THE VOTE COUNTERS' },
  'planning.doc.sign.chair': { vi: 'CHỦ TRÌ HỘI NGHỊ', en: 'CHAIR OF THE MEETING' },
  'planning.doc.sign.secretary': { vi: 'BÍ THƯ', en: 'SECRETARY' },
  'planning.doc.file.plan': { vi: 'Danh sách quy hoạch', en: 'Succession plan' },
  'planning.doc.file.ages': { vi: 'Biểu tính tuổi quy hoạch', en: 'Planning age sheet' },
  'planning.doc.file.tally': { vi: 'Biên bản kiểm phiếu quy hoạch', en: 'Planning ballot tally' },
  'planning.doc.file.decision': { vi: 'Quyết định phê duyệt quy hoạch', en: 'Planning approval decision' },
  'planning.doc.sheet.plan': { vi: 'Quy hoạch', en: 'Plan' },
  'planning.doc.sheet.ages': { vi: 'Tính tuổi', en: 'Ages' },
  'planning.doc.sheet.tally': { vi: 'Kiểm phiếu', en: 'Tally' },
  'planning.doc.sheet.decision': { vi: 'Quyết định', en: 'Decision' },
  // The procedure's records and the committees' sizes (decision 0030).
  'planning.procedure.year': {
    vi: 'Năm {year} không thuộc các năm rà soát của nhiệm kỳ {term} tính đến nay (từ {from} đến {to}; {rule}).',
    en: 'Year {year} is not one of the review years of term {term} so far ({from} to {to}; {rule}).',
  },
  'planning.procedure.future': { vi: 'Ngày thực hiện không được sau hôm nay.', en: 'The date done cannot be after today.' },
  'planning.procedure.before_year': {
    vi: 'Việc rà soát, báo cáo của năm {year} không thể thực hiện trước ngày 01/01/{year}.',
    en: 'The review or report of {year} cannot be done before 01/01/{year}.',
  },
  'planning.procedure.document_ref': {
    vi: 'Báo cáo kết quả phê duyệt lên cấp trên cần số văn bản ({rule}).',
    en: 'The report of the approvals to the level above needs its document number ({rule}).',
  },
  'planning.procedure.exists': {
    vi: 'Việc này của năm đã được ghi nhận.',
    en: 'This step of the year is already recorded.',
  },
  'planning.committee_size.range': {
    vi: 'Số lượng cấp ủy phải là số nguyên từ 1 đến 1.000.',
    en: 'The number of seats must be a whole number from 1 to 1,000.',
  },
} satisfies Catalogue;
