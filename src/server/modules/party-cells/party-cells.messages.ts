// Server messages of the party-cells module: its refusals (each naming the rule) and, spread in, the
// domain's texts of every rule finding (CELL_RULE_MESSAGES).
import { CELL_RULE_MESSAGES } from '../../../domain/party-cells/index.js';
import type { Catalogue } from '../../i18n.js';

export const PARTY_CELLS_MESSAGES = {
  ...CELL_RULE_MESSAGES,
  'v.month': { vi: 'Tháng không hợp lệ (mm/yyyy).', en: 'Invalid month (mm/yyyy).' },
  'cells.membership.overlap': {
    vi: '{rule}: {name} đang sinh hoạt chính thức tại {cell} từ {from}; một đảng viên chỉ sinh hoạt chính thức ở một chi bộ.',
    en: '{rule}: {name} is an official member of {cell} since {from}; a member belongs officially to one cell at a time.',
  },
  'cells.membership.admission_dates': {
    vi: '{rule}: kết nạp mới cần ngày quyết định kết nạp (tuổi đảng tính từ ngày này).',
    en: '{rule}: an admission needs the admission decision date (Party age counts from it).',
  },
  'cells.membership.ceremony_before_decision': {
    vi: 'Ngày lễ kết nạp không được trước ngày quyết định kết nạp ({date}).',
    en: 'The ceremony cannot precede the admission decision ({date}).',
  },
  'cells.membership.no_birth_date': {
    vi: '{rule}: hồ sơ chưa có ngày sinh, không xác định được tuổi đời khi xét kết nạp.',
    en: '{rule}: the record has no date of birth; the admission age cannot be checked.',
  },
  'cells.membership.no_ceremony': {
    vi: '{rule}: chưa ghi ngày lễ kết nạp nên chưa tính được thời hạn dự bị.',
    en: '{rule}: the ceremony date is not recorded, so the probation cannot be counted.',
  },
  'cells.membership.probation_early': {
    vi: '{rule}: thời kỳ dự bị đến {date} mới đủ 12 tháng; chưa thể biểu quyết công nhận chính thức ngày {on}.',
    en: '{rule}: the probation runs until {date}; the full-membership vote cannot be held on {on}.',
  },
  'cells.membership.already_full': { vi: 'Đảng viên này đã là đảng viên chính thức.', en: 'This member already has full membership.' },
  'cells.membership.ended': { vi: 'Việc sinh hoạt này đã kết thúc ngày {date}.', en: 'This membership ended on {date}.' },
  'cells.membership.end_before_start': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu sinh hoạt ({date}).',
    en: 'The end date must be after the membership began ({date}).',
  },
  'cells.membership.not_member': {
    vi: '{rule}: {name} không sinh hoạt tại chi bộ vào ngày {date}.',
    en: '{rule}: {name} is not a member of the cell on {date}.',
  },
  'cells.dues.before_membership': {
    vi: '{rule}: tháng {month} trước khi {name} sinh hoạt tại chi bộ ({from}).',
    en: '{rule}: {month} is before {name} joined the cell ({from}).',
  },
  'cells.dues.paid_on': {
    vi: 'Đã nộp thì ghi ngày nộp; chưa nộp hoặc được miễn thì không ghi ngày nộp.',
    en: 'A paid month needs the payment date; an unpaid or excused one has none.',
  },
  'cells.meeting.cancelled': {
    vi: 'Buổi sinh hoạt đã hủy; không ghi điểm danh, tài liệu hay nhiệm vụ.',
    en: 'The meeting was cancelled; no attendance, documents or tasks are recorded.',
  },
  'cells.meeting.not_held': {
    vi: 'Chỉ ghi điểm danh khi buổi sinh hoạt đã bắt đầu hoặc đã họp.',
    en: 'Attendance is taken once the meeting has started or been held.',
  },
  'cells.meeting.duplicate_mark': { vi: 'Một đảng viên chỉ được điểm danh một lần.', en: 'A member is marked only once.' },
  'cells.meeting.reason_required': {
    vi: '{rule}: vắng có lý do cần ghi lý do.',
    en: '{rule}: an excused absence needs its reason.',
  },
  'cells.meeting.held_needs_times': {
    vi: '{rule}: buổi sinh hoạt đã họp cần giờ bắt đầu và giờ kết thúc.',
    en: '{rule}: a held meeting needs its start and end times.',
  },
  'cells.meeting.end_before_start': { vi: 'Giờ kết thúc phải sau giờ bắt đầu.', en: 'The end must be after the start.' },
  'cells.meeting.month_taken': {
    vi: '{rule}: chi bộ đã có buổi sinh hoạt {kind} tháng {month}.',
    en: '{rule}: the cell already has a {kind} meeting in {month}.',
  },
  'cells.task.not_member': {
    vi: '{rule}: nhiệm vụ theo nghị quyết chi bộ giao cho đảng viên của chi bộ; {name} không sinh hoạt tại chi bộ.',
    en: '{rule}: a cell resolution’s task goes to a member of the cell; {name} is not one.',
  },
  'cells.task.past_due': {
    vi: 'Hạn hoàn thành ({date}) không được trước ngày họp ({on}).',
    en: 'The due date ({date}) cannot be before the meeting ({on}).',
  },
  // The clauses of the flag: only those with months in them are said (never "0 tháng (—)").
  'cells.flag.member.skipped': {
    vi: 'bỏ sinh hoạt không lý do {count} tháng ({months})',
    en: '{count} month(s) of skipped meetings ({months})',
  },
  'cells.flag.member.unpaid': {
    vi: 'không đóng đảng phí {count} tháng ({months})',
    en: '{count} month(s) of unpaid dues ({months})',
  },
  'cells.flag.member.and': { vi: ', ', en: ' and ' },
  // Exemption from Party work and suspension (session 6).
  'cells.standing.open': {
    vi: '{rule}: {kind} đang có hiệu lực từ {from}; kết thúc lần này trước khi ghi lần mới.',
    en: '{rule}: the {kind} in force since {from} must end before a new one is recorded.',
  },
  'cells.standing.none': { vi: 'Không có {kind} đang hiệu lực để kết thúc.', en: 'There is no {kind} in force to end.' },
  'cells.standing.outside': {
    vi: 'Ngày {date} nằm ngoài thời gian sinh hoạt tại chi bộ ({from} – {to}).',
    en: '{date} is outside the membership in the cell ({from} – {to}).',
  },
  'cells.standing.end_before_start': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu ({date}).',
    en: 'The end must be after the start ({date}).',
  },
  'cells.standing.decision_after': {
    vi: 'Ngày quyết định không được sau ngày bắt đầu hiệu lực ({date}).',
    en: 'The decision cannot be dated after the day it takes effect ({date}).',
  },
  'cells.standing.kind.exempt': { vi: 'miễn công tác và sinh hoạt đảng', en: 'exemption from Party work' },
  'cells.standing.kind.suspended': { vi: 'đình chỉ sinh hoạt đảng', en: 'suspension' },
  // The meeting's printed documents (session 6).
  'cells.report.attendance.title': { vi: 'Sổ điểm danh', en: 'Attendance register' },
  'cells.report.minutes.title': { vi: 'Biên bản sinh hoạt chi bộ', en: 'Minutes of the cell meeting' },
  'cells.report.kind.regular': { vi: 'Sinh hoạt thường kỳ tháng', en: 'Regular meeting,' },
  'cells.report.kind.themed': { vi: 'Sinh hoạt chuyên đề tháng', en: 'Themed meeting,' },
  'cells.report.kind.combined': { vi: 'Sinh hoạt thường kỳ kết hợp chuyên đề tháng', en: 'Regular and themed meeting,' },
  'cells.report.cell': { vi: 'Chi bộ', en: 'Cell' },
  'cells.report.meeting': { vi: 'Buổi sinh hoạt', en: 'Meeting' },
  'cells.report.time': { vi: 'Thời gian', en: 'Time' },
  'cells.report.place': { vi: 'Địa điểm', en: 'Place' },
  'cells.report.topic': { vi: 'Chủ đề', en: 'Topic' },
  'cells.report.present': { vi: 'Số đảng viên dự họp', en: 'Members present' },
  'cells.report.present_of': { vi: '{present}/{expected} đảng viên', en: '{present} of {expected} members' },
  'cells.report.guests': { vi: 'Đại biểu dự', en: 'Guests' },
  'cells.report.clerk': { vi: 'THƯ KÝ', en: 'CLERK' },
  'cells.report.chair': { vi: 'CHỦ TRÌ HỘI NGHỊ', en: 'CHAIR' },
  'cells.report.sign_hint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'cells.report.h.no': { vi: 'STT', en: 'No.' },
  'cells.report.h.name': { vi: 'Họ và tên', en: 'Full name' },
  'cells.report.h.mark': { vi: 'Điểm danh', en: 'Attendance' },
  'cells.report.h.reason': { vi: 'Lý do vắng', en: 'Reason' },
  'cells.report.h.sign': { vi: 'Ký tên', en: 'Signature' },
  'cells.report.h.task': { vi: 'Nhiệm vụ', en: 'Task' },
  'cells.report.h.lead': { vi: 'Người thực hiện', en: 'Lead' },
  'cells.report.h.due': { vi: 'Thời hạn', en: 'Due' },
  'cells.report.mark.present': { vi: 'Có mặt', en: 'Present' },
  'cells.report.mark.excused': { vi: 'Vắng có lý do', en: 'Excused' },
  'cells.report.mark.unexcused': { vi: 'Vắng không lý do', en: 'Absent without reason' },
  'cells.report.section.agenda': { vi: 'I. Chương trình', en: 'I. Agenda' },
  'cells.report.section.minutes': { vi: 'II. Diễn biến hội nghị', en: 'II. Proceedings' },
  'cells.report.section.resolution': { vi: 'III. Nghị quyết', en: 'III. Resolution' },
  'cells.report.section.tasks': { vi: 'IV. Nhiệm vụ giao', en: 'IV. Tasks assigned' },
} satisfies Catalogue;
