// Server messages of the criteria and conduct modules (cadre groups, criteria sets and assignments; inputs of the KHT triggers).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const CRITERIA_MESSAGES = {
  'v.criteria.code': {
    vi: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái.',
    en: 'The code may contain lower-case letters, digits and underscores, starting with a letter.',
  },
  'v.criteria.family_or_set': {
    vi: 'Cần chọn đúng một: bộ tiêu chí (family) hoặc phiên bản (setId).',
    en: 'Give exactly one of family or setId.',
  },
  'v.criteria.collective_mismatch': {
    vi: 'Nhóm {group} không dùng được bộ tiêu chí {appendix}: tập thể đánh giá theo Phụ lục 1, cá nhân theo các phụ lục khác ({rule}).',
    en: 'Group {group} cannot use a {appendix} criteria set: collectives are scored on Appendix 1, individuals on the others ({rule}).',
  },
  'v.criteria.newer_version': {
    vi: 'Bộ tiêu chí đã có phiên bản mới hơn (phiên bản {versionNo}). Hãy sửa phiên bản mới nhất.',
    en: 'The criteria set has a newer version (version {versionNo}). Edit the latest version.',
  },
  'v.conduct.votes_sum': {
    vi: 'Số phiếu tín nhiệm cao cộng số phiếu tín nhiệm thấp không được vượt quá tổng số phiếu.',
    en: 'High-confidence plus low-confidence votes cannot exceed the total number of votes.',
  },
  'v.conduct.future': { vi: 'Ngày không được sau hôm nay.', en: 'The date cannot be after today.' },
  'v.conduct.fixed_before_noted': {
    vi: 'Ngày khắc phục không được trước ngày ghi nhận hạn chế ({notedOn}).',
    en: 'The fix date cannot be before the shortcoming was noted ({notedOn}).',
  },
} satisfies Catalogue;
