// Messages of the "nobody judges their own work" refusals (Quy định 366-QĐ/TW, Điều 12–13) and of
// the ownership of shared configuration. Spread into MESSAGES by src/server/i18n.ts.
import type { Catalogue } from '../../i18n.js';

export const JUDGING_MESSAGES = {
  'own_work.evaluation': {
    vi: 'Không ai tự thẩm định hay quyết định xếp loại kết quả đánh giá của chính mình: cấp quản lý đánh giá; kết quả của ủy viên Ban Thường vụ do tập thể Ban Thường vụ hoặc cấp trên quyết định ({rule}).',
    en: 'Nobody appraises or decides their own evaluation: the managing level evaluates; a standing-committee member’s result is decided by the standing committee as a collective or by the level above ({rule}).',
  },
  'own_work.relative': {
    vi: 'Không thẩm định hay quyết định xếp loại kết quả đánh giá của người thân (theo cấu hình; {rule}).',
    en: 'Nobody appraises or decides the evaluation of a close relative (as configured; {rule}).',
  },
  'own_work.peer_group': {
    vi: 'Không tự cho phép tăng tỷ lệ HTXS cho nhóm có kết quả đánh giá của chính mình: việc này do người khác hoặc cấp trên quyết định ({rule}).',
    en: 'Nobody grants the HTXS quota exception to a group containing their own evaluation: someone else or the level above decides it ({rule}).',
  },
  'own_work.plan': {
    vi: 'Không tự duyệt hay trả lại kế hoạch công tác tuần của chính mình: một thành viên khác của Ban Thường vụ xem xét ({rule}).',
    en: 'Nobody approves or returns their own weekly plan: another standing-committee member reviews it ({rule}).',
  },
  'own_work.task': {
    vi: 'Người chủ trì hoặc phối hợp thực hiện nhiệm vụ không tự đánh giá kết quả, tự sửa (khối lượng, mức ưu tiên), tự dời hạn hay tự hủy nhiệm vụ đó ({rule}).',
    en: 'The lead or a supporting assignee of a task does not appraise it, edit it (work units, priority), move its deadline or cancel it ({rule}).',
  },
  'own_work.conduct': {
    vi: 'Không tự ghi nhận, sửa hay xác nhận đã khắc phục các thông tin về kỷ luật, tín nhiệm, khuyết điểm, tình trạng của chính mình: các thông tin này là căn cứ đánh giá chính bạn nên do người khác ghi nhận ({rule}).',
    en: 'Nobody records, changes or marks as fixed the discipline, confidence, shortcoming or status records about themselves: they are inputs to their own evaluation and are recorded by someone else ({rule}).',
  },
  'config.owned_above': {
    vi: 'Cấu hình này thuộc cấp trên: chỉ đơn vị sở hữu (hoặc cấp trên của đơn vị đó) được sửa ({rule}).',
    en: 'This configuration belongs to a level above: only the owning unit (or a unit above it) edits it ({rule}).',
  },
  'config.local_not_allowed': {
    vi: 'Tỉnh chưa cho phép đơn vị cấp dưới có bộ tiêu chí, nhóm đối tượng riêng: cấu hình dùng chung do cấp tỉnh quản lý ({rule}).',
    en: 'The province does not allow its units their own criteria sets or cadre groups: the shared configuration is managed by the province ({rule}).',
  },
  'v.criteria.local_top': {
    vi: 'Chỉ cấp tỉnh (đơn vị cấp cao nhất) quyết định việc cho phép đơn vị cấp dưới có bộ tiêu chí riêng.',
    en: 'Only a province (a top-level unit) decides whether its units may have their own criteria sets.',
  },
  'v.evaluation.own_work': {
    vi: 'Đây là kết quả đánh giá của chính bạn: không được tự quyết định ({rule}).',
    en: 'This is your own evaluation: you may not decide it ({rule}).',
  },
} satisfies Catalogue;
