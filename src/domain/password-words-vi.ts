// Common Vietnamese words, names and places as people use them in passwords (no diacritics, no
// spaces), most common first: the strength estimator ranks a word by its position here. Kept
// short on purpose: the frequent family names, given names, places and the vocabulary of the
// Party and state offices that use CanBo (NIST SP 800-63B §5.1.1.2: context-specific words).
export const VIETNAMESE_PASSWORD_WORDS: readonly string[] = [
  // The obvious ones
  'matkhau', 'canbo', 'congtacanbo', 'quantri', 'admin', 'vietnam', 'hanoi', 'saigon', 'hochiminh',
  'dangvien', 'dangbo', 'chibo', 'dangcongsan', 'congsan', 'bithu', 'phobithu', 'chutich', 'uyban',
  'ubnd', 'hdnd', 'mttq', 'doanthanhnien', 'tochuc', 'kiemtra', 'vanphong', 'thuongvu', 'xaphuong',
  'tinhuy', 'huyenuy', 'danguy', 'nhandan', 'tonquoc', 'doclap', 'tudo', 'hanhphuc',
  'yeuem', 'anhyeuem', 'emyeuanh', 'yeuanh', 'xinchao', 'tambiet', 'matkhaumoi',
  'dangnhap', 'taikhoan', 'bimat', 'khongbiet', 'conmeo', 'concho', 'giadinh', 'quehuong',
  // Places
  'hungyen', 'phohien', 'khoaichau', 'danang', 'haiphong', 'cantho', 'hue', 'nghean', 'thanhhoa',
  'namdinh', 'thaibinh', 'haiduong', 'bacninh', 'quangninh', 'vinhphuc', 'phutho', 'laocai',
  // Family names
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho',
  'ngo', 'duong', 'ly', 'dinh', 'dao', 'trinh', 'mai', 'truong', 'lam', 'luong', 'ha', 'cao',
  // Given and middle names
  'van', 'thi', 'anh', 'minh', 'huong', 'linh', 'trang', 'hung', 'dung', 'tuan', 'hoa', 'lan',
  'thao', 'ngoc', 'hai', 'long', 'nam', 'son', 'thanh', 'thu', 'ha', 'phuong', 'quang', 'duc',
  'huy', 'khanh', 'trung', 'hieu', 'hanh', 'hang', 'yen', 'nhung', 'nga', 'oanh', 'tam', 'binh',
  'cuong', 'dat', 'hoang', 'kien', 'loan', 'my', 'nhi', 'phuc', 'quynh', 'tien', 'thuy', 'vy',
];
