// Server messages of the input limits (contracts/limits.ts) and of the database errors the error
// handler maps by SQLSTATE. Spread into MESSAGES by src/server/i18n.ts; Vietnamese first, English on request.
import type { Catalogue } from '../i18n.js';

export const LIMIT_MESSAGES = {
  'v.text_chars': {
    vi: 'Có ký tự không lưu được (ký tự NUL hoặc ký tự Unicode hỏng); hãy xoá ký tự đó.',
    en: 'Contains a character that cannot be stored (NUL or broken Unicode); remove it.',
  },
  'v.text_max': {
    vi: 'Dài quá {max} ký tự; hãy rút gọn (không tự cắt bớt).',
    en: 'Longer than {max} characters; shorten it (nothing is cut for you).',
  },
  'v.number_range': { vi: 'Phải nằm trong khoảng {min} – {max}.', en: 'Must lie between {min} and {max}.' },
  'v.integer': { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'v.decimals': {
    vi: 'Tối đa {scale} chữ số thập phân (không tự làm tròn).',
    en: 'At most {scale} decimals (nothing is rounded for you).',
  },
  'v.date_range': { vi: 'Ngày phải trong khoảng {min} – {max}.', en: 'The date must lie between {min} and {max}.' },
  'v.multipart': {
    vi: 'Không đọc được dữ liệu tải lên (multipart/form-data hỏng hoặc thiếu boundary).',
    en: 'The upload cannot be read (broken multipart/form-data or no boundary).',
  },
  'v.file_too_large': { vi: 'Tệp lớn hơn giới hạn {max}.', en: 'The file is larger than the {max} limit.' },
  'v.file_name_long': {
    vi: 'Tên tệp dài quá {max} ký tự; hãy đổi tên tệp.',
    en: 'The file name is longer than {max} characters; rename the file.',
  },
  'v.too_many_parts': {
    vi: 'Dữ liệu tải lên có quá nhiều trường hoặc tệp (tối đa {max}).',
    en: 'The upload has too many fields or files (at most {max}).',
  },
  // database errors (SQLSTATE) that the schemas did not catch
  'v.db.too_long': { vi: 'Giá trị quá dài để lưu: {field}.', en: 'The value is too long to store: {field}.' },
  'v.db.out_of_range': { vi: 'Số vượt quá giới hạn lưu trữ: {field}.', en: 'The number is out of the storable range: {field}.' },
  'v.db.datetime': { vi: 'Ngày giờ không hợp lệ hoặc ngoài khoảng cho phép: {field}.', en: 'Invalid or out-of-range date/time: {field}.' },
  'v.db.format': { vi: 'Sai định dạng: {field}.', en: 'Invalid format: {field}.' },
  'v.db.chars': { vi: 'Có ký tự không lưu được: {field}.', en: 'Contains a character that cannot be stored: {field}.' },
  'v.db.check': { vi: 'Giá trị không hợp lệ: {field}.', en: 'Invalid value: {field}.' },
  'v.db.too_large': { vi: 'Dữ liệu quá lớn để xử lý; hãy chia nhỏ.', en: 'The input is too large to process; split it.' },
  too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  bad_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { vi: 'Kiểu nội dung không được hỗ trợ ({type}).', en: 'Unsupported content type ({type}).' },
  export_failed: { vi: 'Không tạo được tệp xuất. Đã ghi nhận để xử lý.', en: 'The export could not be produced. It has been logged.' },
} satisfies Catalogue;
