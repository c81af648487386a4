// Server messages of the responsibilities module.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const RESPONSIBILITIES_MESSAGES = {
  'v.duplicate_values': { vi: 'Có giá trị bị trùng.', en: 'A value appears more than once.' },
  'v.field_or_area': { vi: 'Chọn đúng một trong hai: lĩnh vực hoặc địa bàn.', en: 'Choose exactly one: a field or an area.' },
  'v.person_not_in_unit': {
    vi: 'Người này không thuộc đơn vị (hoặc đã chuyển khỏi đơn vị).',
    en: 'This person is not in the unit (or has left it).',
  },
  'v.area_not_in_unit': {
    vi: 'Địa bàn phải là đơn vị trực thuộc đơn vị phân công.',
    en: 'The area must be a unit within the assigning unit.',
  },
} satisfies Catalogue;
