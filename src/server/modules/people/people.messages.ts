// Server messages of the people module.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const PEOPLE_MESSAGES = {
  'v.tenure_ended': { vi: 'Quá trình giữ chức vụ này đã kết thúc.', en: 'This tenure has already ended.' },
} satisfies Catalogue;
