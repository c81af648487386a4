// Server messages of sign-in and the password policy (vi, en), spread into MESSAGES by src/server/i18n.ts.
import type { Catalogue } from '../../i18n.js';

export const AUTH_MESSAGES = {
  sign_in_wait: {
    vi: 'Đã đăng nhập sai nhiều lần. Hãy đợi {seconds} giây rồi thử lại.',
    en: 'Too many failed sign-ins. Wait {seconds} seconds and try again.',
  },
  'v.password.too_short': { vi: 'Mật khẩu cần ít nhất {minLength} ký tự.', en: 'The password needs at least {minLength} characters.' },
  'v.password.classes': {
    vi: 'Mật khẩu cần có {classes} trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu.',
    en: 'The password needs {classes} of 4 kinds of characters: lower case, upper case, digits, symbols.',
  },
  'v.password.username': { vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' },
  'v.password.product': {
    vi: 'Mật khẩu không được chứa tên phần mềm ({product}).',
    en: 'The password must not contain the name of the software ({product}).',
  },
  'v.password.name': { vi: 'Mật khẩu không được chứa họ tên của bạn.', en: 'The password must not contain your name.' },
  'v.password.common': {
    vi: 'Mật khẩu này nằm trong danh sách mật khẩu hay dùng, dễ bị đoán. Hãy chọn mật khẩu khác.',
    en: 'This password is on the lists of common passwords and easy to guess. Choose another one.',
  },
  'v.password.keyboard': {
    vi: 'Mật khẩu là một dãy phím liền nhau trên bàn phím, dễ bị đoán. Hãy chọn mật khẩu khác.',
    en: 'The password is a run of neighbouring keys, easy to guess. Choose another one.',
  },
  'v.password.repeat': {
    vi: 'Mật khẩu lặp lại ký tự hoặc cụm ký tự, dễ bị đoán.',
    en: 'The password repeats characters or groups, easy to guess.',
  },
  'v.password.sequence': {
    vi: 'Mật khẩu là một dãy liên tiếp (abc, 123…), dễ bị đoán.',
    en: 'The password is a sequence (abc, 123…), easy to guess.',
  },
  'v.password.dates': {
    vi: 'Ngày tháng và năm rất dễ bị đoán. Đừng chỉ dựa vào chúng.',
    en: 'Dates and years are easy to guess. Do not rely on them.',
  },
  'v.password.words': {
    vi: 'Một từ thông dụng đứng riêng rất dễ bị đoán. Hãy ghép vài từ không liên quan đến nhau.',
    en: 'A common word on its own is easy to guess. Put together a few unrelated words.',
  },
  'v.password.names': {
    vi: 'Tên người và địa danh rất dễ bị đoán. Hãy ghép vài từ không liên quan đến nhau.',
    en: 'Names of people and places are easy to guess. Put together a few unrelated words.',
  },
  'v.password.personal': {
    vi: 'Mật khẩu chứa thông tin của chính bạn, dễ bị đoán.',
    en: 'The password contains your own details, easy to guess.',
  },
  'v.password.decorated': {
    vi: 'Một từ thông dụng thêm số và ký hiệu vẫn dễ bị đoán. Hãy ghép vài từ không liên quan đến nhau.',
    en: 'A common word with digits and symbols added is still easy to guess. Put together a few unrelated words.',
  },
  'v.password.weak': {
    vi: 'Mật khẩu quá dễ đoán. Hãy dùng một cụm vài từ không liên quan đến nhau, dài hơn.',
    en: 'The password is too easy to guess. Use a longer phrase of a few unrelated words.',
  },
} satisfies Catalogue;
