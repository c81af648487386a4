// Server messages of the printed documents: page numbers, the marks and the place-and-date line of
// the HD 43 forms, the file names in words. Spread into MESSAGES by src/server/i18n.ts; Vietnamese first.
import type { Catalogue } from '../i18n.js';

export const DOCUMENT_MESSAGES = {
  'pdf.page': { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  'doc.blank_place': { vi: '…………', en: '…………' },
  'doc.place_date': { vi: '{place}, ngày {d} tháng {m} năm {y}', en: '{place}, {d}/{m}/{y}' },
  'doc.place_date_blank': { vi: '{place}, ngày … tháng … năm …', en: '{place}, date: ……' },
  'doc.number': { vi: 'Số: ……', en: 'No.: ……' },
  'doc.file.form': { vi: 'Phiếu đánh giá, xếp loại', en: 'Evaluation form' },
  'doc.file.collective': { vi: 'Báo cáo đánh giá tập thể', en: 'Collective evaluation report' },
  'doc.file.published': { vi: 'Danh sách kết quả xếp loại', en: 'Published evaluation results' },
  'doc.file.summary': { vi: 'Tổng hợp kết quả thực hiện nhiệm vụ', en: 'Task summary' },
  'doc.file.people': { vi: 'Danh sách cán bộ', en: 'People list' },
  'doc.file.template': { vi: 'Mẫu nhập danh sách cán bộ', en: 'People import template' },
  'doc.file.import_errors': { vi: 'Lỗi nhập danh sách cán bộ', en: 'People import errors' },
} satisfies Catalogue;
