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
} satisfies Catalogue;
