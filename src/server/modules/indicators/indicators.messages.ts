// Server messages of the indicators module.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const INDICATORS_MESSAGES = {
  'v.indicator_code': {
    vi: 'Mã chỉ tiêu gồm 2–60 ký tự: chữ thường không dấu, chữ số, gạch dưới.',
    en: 'The indicator code needs 2–60 characters: lower-case letters, digits, underscore.',
  },
  'v.period_year': { vi: 'Kỳ số liệu phải thuộc năm {year} của chỉ tiêu.', en: 'The period must fall within the indicator year {year}.' },
} satisfies Catalogue;
