// Server messages of the accounts module.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const ACCOUNTS_MESSAGES = {
  'v.username': {
    vi: 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.',
    en: 'The username needs 3–40 characters: lower-case letters, digits, dot, underscore, hyphen.',
  },
  'v.roles_required': { vi: 'Cần ít nhất một vai trò.', en: 'At least one role is needed.' },
} satisfies Catalogue;
