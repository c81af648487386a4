// Server messages of the people module.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const PEOPLE_MESSAGES = {
  'v.tenure_ended': { vi: 'Quá trình giữ chức vụ này đã kết thúc.', en: 'This tenure has already ended.' },
  'v.unknown_cadre_group': {
    vi: 'Nhóm đối tượng không có trong danh mục đã cấu hình; hãy chọn một nhóm trong danh sách.',
    en: 'This cadre group is not among the configured groups; choose one from the list.',
  },
} satisfies Catalogue;
