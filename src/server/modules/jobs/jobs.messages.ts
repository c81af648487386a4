// Server messages of the jobs module (long-running jobs).
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../../i18n.js';

export const JOBS_MESSAGES = {
  job_interrupted: {
    vi: 'Tác vụ bị dừng do máy chủ chạy nó đã dừng. Không có dữ liệu nào được ghi dở; hãy thực hiện lại.',
    en: 'The job stopped because the server running it stopped. Nothing was half-written; please run it again.',
  },
} satisfies Catalogue;
