// Server messages of the commitments module (annual self-cultivation commitments, Quy định 366-QĐ/TW, Điều 6).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const COMMITMENTS_MESSAGES = {
  commitment_exists: { vi: 'Đã có bản cam kết của năm này.', en: 'A commitment for this year already exists.' },
  'v.commitment.exists': {
    vi: 'Đã có bản cam kết của năm này; hãy mở bản đó để sửa.',
    en: 'A commitment for this year already exists; open it to edit.',
  },
  'v.commitment.action_count': {
    vi: 'Bản cam kết phải đăng ký từ {min} đến {max} việc làm cụ thể (đang có {count}) — {rule}, cấu hình commitments.rules.',
    en: 'A commitment registers {min} to {max} concrete actions (it has {count}) — {rule}, setting commitments.rules.',
  },
  'v.commitment.due_year': {
    vi: 'Thời hạn hoàn thành phải nằm trong năm {year} của bản cam kết ({rule}).',
    en: 'The due date must lie within the commitment’s year {year} ({rule}).',
  },
  'v.commitment.report_window.mid': {
    vi: 'Chưa đến thời điểm báo cáo giữa năm: được báo cáo từ ngày {from} ({rule}; cấu hình commitments.rules).',
    en: 'The mid-year report is not open yet: it opens on {from} ({rule}; setting commitments.rules).',
  },
  'v.commitment.report_window.final': {
    vi: 'Chưa đến thời điểm báo cáo cuối năm: được báo cáo từ ngày {from} ({rule}; cấu hình commitments.rules).',
    en: 'The year-end report is not open yet: it opens on {from} ({rule}; setting commitments.rules).',
  },
  'v.commitment.assess_before_report': {
    vi: 'Chưa thể đánh giá việc làm này: người cam kết chưa báo cáo kết quả cuối năm ({rule}).',
    en: 'This action cannot be assessed yet: its year-end report has not been written ({rule}).',
  },
  'v.commitment.not_approved': {
    vi: 'Chỉ báo cáo và đánh giá được bản cam kết đã được chi bộ, đơn vị duyệt ({rule}).',
    en: 'Only a commitment approved by the cell or unit is reported on and assessed ({rule}).',
  },
  'v.commitment.assessed': {
    vi: 'Việc làm này đã được đánh giá; báo cáo cuối năm giữ nguyên như khi được đánh giá.',
    en: 'This action has been assessed; its year-end report stays as it was assessed.',
  },
  'v.commitment.action_unknown': {
    vi: 'Việc làm không thuộc bản cam kết này, hoặc được nêu hai lần.',
    en: 'The action is not one of this commitment’s, or it is named twice.',
  },
  'v.commitment.approved': {
    vi: 'Bản cam kết đã được duyệt nên không thể sửa, gửi lại, trả lại hay duyệt lại.',
    en: 'The commitment has been approved and can no longer be edited, resubmitted, returned or approved again.',
  },
  'v.commitment.submitted': {
    vi: 'Bản cam kết đã gửi và đang chờ duyệt; chỉ sửa được khi bị trả lại.',
    en: 'The commitment is submitted and awaits a decision; it can be edited only once it is returned.',
  },
  'v.commitment.not_submitted': {
    vi: 'Chỉ trả lại hoặc duyệt được bản cam kết đã gửi.',
    en: 'Only a submitted commitment can be returned or approved.',
  },
  'v.commitment.no_rules': {
    vi: 'Chưa có quy định về cam kết áp dụng cho năm {year} (cấu hình {setting}).',
    en: 'No commitment rules apply to the year {year} (setting {setting}).',
  },
  'v.commitment.rules': {
    vi: 'Cấu hình {setting} không hợp lệ; hãy sửa cấu hình ({rule}).',
    en: 'The setting {setting} is invalid; correct it ({rule}).',
  },
  'own_work.commitment': {
    vi: 'Không ai tự duyệt hoặc tự đánh giá bản cam kết của chính mình ({rule}); việc này do thành viên khác thực hiện.',
    en: 'Nobody approves or assesses their own commitment ({rule}); another member does.',
  },
} satisfies Catalogue;
