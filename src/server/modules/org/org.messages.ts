// Server messages of the org module (units, their history, merges and splits).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const ORG_MESSAGES = {
  'v.unit_not_valid': { vi: 'Đơn vị không hoạt động tại ngày này.', en: 'The unit is not active at this date.' },
  'v.unit_has_children': {
    vi: 'Đơn vị còn đơn vị trực thuộc đang hoạt động. Hãy chuyển hoặc giải thể chúng trước.',
    en: 'The unit still has active sub-units. Move or close them first.',
  },
  'v.split_children': {
    vi: 'Cần phân các đơn vị trực thuộc đang hoạt động cho đúng một đơn vị mới.',
    en: 'Each active sub-unit must be assigned to exactly one new unit.',
  },
  'v.duplicate_ids': { vi: 'Có đơn vị bị chọn trùng.', en: 'A unit is selected more than once.' },
  'v.merge_target': { vi: 'Chọn một đơn vị nhận sáp nhập có sẵn hoặc tạo đơn vị mới.', en: 'Choose an existing target unit or a new one.' },
  'v.merge_target_source': {
    vi: 'Đơn vị nhận sáp nhập không được nằm trong các đơn vị bị sáp nhập.',
    en: 'The target cannot be one of the merged units.',
  },
  'v.district_era': { vi: 'Cấp huyện không còn tồn tại từ ngày 01/7/2025.', en: 'District-level units do not exist from 1 July 2025.' },
  'v.starts_later': {
    vi: 'Có bản ghi liên quan bắt đầu từ ngày này trở về sau; hãy chọn ngày muộn hơn.',
    en: 'A related record starts on or after this date; choose a later date.',
  },
  'v.already_closed': { vi: 'Bản ghi đã kết thúc trước đó.', en: 'The record is already closed.' },
  'v.same_parent': { vi: 'Đơn vị đã trực thuộc đơn vị này.', en: 'The unit is already under this parent.' },
} satisfies Catalogue;
