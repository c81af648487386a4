// Server messages of personnel decisions: its own refusals and checks. The texts of the domain's rule
// checks (PERSONNEL_MESSAGES, keyed by the check codes) are spread in here.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import { PERSONNEL_MESSAGES } from '../../../domain/personnel/index.js';
import type { Catalogue } from '../../i18n.js';

export const PERSONNEL_SERVER_MESSAGES = {
  ...PERSONNEL_MESSAGES,
  'personnel.documents.ok': {
    vi: '{rule}: hồ sơ đủ (nhận xét, đánh giá; kê khai tài sản; giấy chứng nhận sức khỏe).',
    en: '{rule}: the file is complete (appraisal, asset declaration, health certificate).',
  },
  'personnel.documents.missing': {
    vi: '{rule}: hồ sơ nhân sự còn thiếu: {missing}.',
    en: '{rule}: the personnel file still lacks: {missing}.',
  },
  'personnel.transfer.higher': {
    vi: '{rule}: {target} cao hơn {current}; bổ nhiệm chức vụ cao hơn thực hiện theo thủ tục bổ nhiệm, không theo điều động.',
    en: '{rule}: {target} is higher than {current}; a higher post follows the appointment procedure, not a transfer.',
  },
  'personnel.transfer.equal_or_lower': {
    vi: '{rule}: {target} ngang hoặc thấp hơn chức vụ đang giữ (thủ tục điều động).',
    en: '{rule}: {target} is equal to or lower than the post held (transfer procedure).',
  },
  'personnel.post.required': {
    vi: 'Cần chọn chức danh bố trí cho đề xuất {kind}.',
    en: 'A {kind} proposal names the post moved to.',
  },
  'personnel.post.no_ladder': {
    vi: '{rule}: chức danh chưa gắn với thang chức danh quy hoạch; chưa so sánh được để {kind}.',
    en: '{rule}: the post is not linked to the planning ladder; it cannot be compared for a {kind}.',
  },
  'personnel.post.closed': {
    vi: 'Chức danh hoặc đơn vị không còn hoạt động vào ngày hiệu lực {date}.',
    en: 'The post or its unit is closed on the effective date {date}.',
  },
  'personnel.from_tenure.required': {
    vi: 'Cần chọn chức vụ đang giữ mà đề xuất {kind} chấm dứt.',
    en: 'A {kind} proposal names the tenure it ends.',
  },
  'personnel.from_tenure.not_held': {
    vi: 'Người được đề xuất không giữ chức vụ này vào ngày hiệu lực {date}.',
    en: 'The person does not hold this post on the effective date {date}.',
  },
  'personnel.from_tenure.other_post': {
    vi: 'Bổ nhiệm lại là bổ nhiệm vào chính chức vụ đang giữ.',
    en: 'A reappointment is to the post already held.',
  },
  'personnel.planned_end.required': {
    vi: '{rule}: cần ghi thời điểm dự kiến kết thúc luân chuyển, biệt phái.',
    en: '{rule}: a rotation or secondment names its planned end.',
  },
  'personnel.planned_end.not_allowed': {
    vi: 'Chỉ luân chuyển, biệt phái có thời điểm dự kiến kết thúc.',
    en: 'Only a rotation or a secondment has a planned end.',
  },
  'personnel.decision.future': { vi: 'Ngày quyết định không được sau hôm nay.', en: 'The decision date cannot be after today.' },
  'personnel.decision.before_proposal': {
    vi: 'Ngày quyết định không được trước ngày đề xuất ({date}).',
    en: 'The decision date cannot be before the proposal ({date}).',
  },
  'personnel.decision.after_effective': {
    vi: 'Ngày quyết định không được sau ngày hiệu lực ({date}).',
    en: 'The decision date cannot be after the effective date ({date}).',
  },
  'personnel.vote.required': {
    vi: '{rule}: quyết định này cần kết quả biểu quyết (tổng số thành viên, có mặt, số phiếu đồng ý, hình thức).',
    en: '{rule}: this decision needs the vote (members, present, votes in favour, secret or not).',
  },
  'personnel.vote.counts': {
    vi: 'Số có mặt không vượt tổng số thành viên; số phiếu không vượt số có mặt.',
    en: 'Those present cannot exceed the members; the votes cannot exceed those present.',
  },
  'personnel.exception.not_allowed': {
    vi: 'Không được ngoại lệ đối với {code}: quy định không cho phép hoặc kiểm tra này không trượt (cấu hình personnel.exception_codes).',
    en: 'No exception may be recorded for {code}: the rules do not allow one or the check did not fail (setting personnel.exception_codes).',
  },
  'personnel.decide.not_competent': {
    vi: 'Chức danh này do cấp trên quyết định theo phân cấp quản lý cán bộ ({level}) — Quy định 377-QĐ/TW.',
    en: 'This post is decided by the level above under the cadre-management delegation ({level}) — Quy định 377-QĐ/TW.',
  },
  'own_work.personnel': {
    vi: 'Không ai quyết định về chính mình hoặc phê duyệt đề xuất do mình lập ({rule}).',
    en: 'Nobody decides about themselves or on a proposal they made ({rule}).',
  },
} satisfies Catalogue;
