// Cross-cutting server messages: the error codes every endpoint can answer and the field-level validation messages shared by all modules.
// Spread into MESSAGES by src/server/i18n.ts; `satisfies` keeps the keys typed (MessageKey).
import type { Catalogue } from '../i18n.js';

export const HTTP_MESSAGES = {
  // errors by code
  unauthenticated: { vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  not_found: { vi: 'Không tìm thấy bản ghi.', en: 'Record not found.' },
  conflict: {
    vi: 'Bản ghi đã được người khác thay đổi. Hãy tải lại rồi thử lại.',
    en: 'The record was changed by someone else. Reload and try again.',
  },
  duplicate: { vi: 'Giá trị đã tồn tại: {field}.', en: 'Value already exists: {field}.' },
  validation: { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid input.' },
  csrf: { vi: 'Phiên làm việc không hợp lệ (CSRF). Hãy tải lại trang.', en: 'Invalid CSRF token. Reload the page.' },
  invalid_credentials: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
  rate_limited: { vi: 'Quá nhiều lần thử. Hãy đợi một lát.', en: 'Too many attempts. Please wait.' },
  internal: { vi: 'Lỗi hệ thống. Đã ghi nhận để xử lý.', en: 'Internal error. It has been logged.' },
  job_running: { vi: 'Tác vụ đang chạy.', en: 'The job is still running.' },
  'settings.not_in_force': {
    vi: 'Ngày {on} trước ngày các quy định áp dụng trong CanBo có hiệu lực; hãy chọn một ngày từ {from} trở đi.',
    en: 'The date {on} is before the rules configured in CanBo take effect; choose a date from {from} on.',
  },
  // field-level validation
  'v.required': { vi: 'Bắt buộc nhập.', en: 'Required.' },
  'v.invalid_type': { vi: 'Sai kiểu dữ liệu.', en: 'Wrong type.' },
  'v.too_small': { vi: 'Quá ngắn hoặc quá nhỏ (tối thiểu {min}).', en: 'Too short or too small (minimum {min}).' },
  'v.too_big': { vi: 'Quá dài hoặc quá lớn (tối đa {max}).', en: 'Too long or too large (maximum {max}).' },
  'v.invalid_format': { vi: 'Sai định dạng.', en: 'Invalid format.' },
  'v.invalid_value': { vi: 'Giá trị không thuộc danh sách cho phép.', en: 'Value not allowed.' },
  'v.unrecognized_keys': { vi: 'Trường không được phép.', en: 'Unknown field.' },
  'v.date': { vi: 'Ngày không hợp lệ (dd/mm/yyyy).', en: 'Invalid date (dd/mm/yyyy).' },
  'v.date_order': { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end date must be after the start date.' },
  'v.unknown_ref': { vi: 'Không tìm thấy: {field}.', en: 'Not found: {field}.' },
  'v.out_of_scope': { vi: 'Đơn vị nằm ngoài phạm vi quản lý của bạn.', en: 'The unit is outside your scope.' },
  'v.citizen_id': { vi: 'Số CCCD phải gồm đúng 12 chữ số.', en: 'The citizen ID must be exactly 12 digits.' },
  'v.party_dates': {
    vi: 'Ngày vào Đảng chính thức phải sau ngày kết nạp (Điều lệ Đảng, Điều 5: dự bị 12 tháng).',
    en: 'Full membership must follow admission (Party Charter, Art. 5: 12 months probation).',
  },
  'v.age': { vi: 'Ngày sinh không hợp lệ (tuổi từ 16 đến 100).', en: 'Invalid date of birth (age 16 to 100).' },
  'v.password_wrong': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'v.unit_closed': { vi: 'Đơn vị đã giải thể hoặc sáp nhập tại ngày này.', en: 'The unit is closed at this date.' },
  'v.unit_cycle': { vi: 'Không thể đặt đơn vị làm cấp dưới của chính nó.', en: 'A unit cannot be placed under itself.' },
  'v.merge_sources': { vi: 'Cần ít nhất {min} đơn vị.', en: 'At least {min} units are needed.' },
  'v.overlap': { vi: 'Khoảng thời gian chồng lấn với bản ghi khác.', en: 'The period overlaps another record.' },
  'v.post_unit': { vi: 'Chức vụ không thuộc đơn vị đang hoạt động tại ngày bắt đầu.', en: 'The post is not open at the start date.' },
  'v.file': { vi: 'Tệp không đọc được hoặc không đúng mẫu.', en: 'The file cannot be read or does not follow the template.' },
  'v.last_admin': { vi: 'Không thể bỏ quyền quản trị cuối cùng.', en: 'Cannot remove the last administrator.' },
} satisfies Catalogue;
