// Word lists for realistic seed data: Vietnamese names with their frequencies, village and street
// names, qualifications. Tone marks use the older placement (Hòa, Thủy), as the NSO lists do.

/** Family names (họ) with approximate national shares in percent. */
export const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4.4],
  ['Huỳnh', 0.6],
  ['Phan', 4.5],
  ['Vũ', 3.3],
  ['Võ', 0.6],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đào', 1],
  ['Đinh', 0.9],
  ['Trịnh', 0.8],
  ['Mai', 0.6],
  ['Đoàn', 0.6],
  ['Lương', 0.5],
  ['Cao', 0.5],
  ['Lưu', 0.4],
  ['Tạ', 0.3],
  ['Phùng', 0.3],
  ['Chu', 0.3],
  ['Tô', 0.3],
  ['Vương', 0.2],
  ['Lại', 0.2],
  ['Khúc', 0.15],
  ['Quách', 0.15],
  ['Triệu', 0.15],
  ['Hà', 0.4],
  ['Nghiêm', 0.1],
  ['Thái', 0.1],
];

export const MIDDLE_NAMES_MALE: ReadonlyArray<readonly [string, number]> = [
  ['Văn', 34],
  ['Đức', 8],
  ['Hữu', 6],
  ['Minh', 7],
  ['Quang', 5],
  ['Xuân', 4],
  ['Thành', 3],
  ['Công', 4],
  ['Trọng', 3],
  ['Ngọc', 3],
  ['Duy', 3],
  ['Tiến', 2],
  ['Mạnh', 2],
  ['Hồng', 2],
  ['Thanh', 3],
  ['Đình', 4],
  ['Quốc', 3],
  ['Anh', 2],
  ['Việt', 2],
  ['Bá', 1.5],
  ['Khắc', 1],
  ['Trung', 1.5],
  ['Kim', 0.5],
  ['Thế', 2],
  ['Tuấn', 1],
  ['Hải', 1],
];

export const MIDDLE_NAMES_FEMALE: ReadonlyArray<readonly [string, number]> = [
  ['Thị', 48],
  ['Thu', 6],
  ['Ngọc', 6],
  ['Thanh', 6],
  ['Phương', 3],
  ['Minh', 3],
  ['Hồng', 3],
  ['Thúy', 2],
  ['Bích', 2],
  ['Kim', 2],
  ['Hải', 1.5],
  ['Lan', 1],
  ['Mai', 1],
  ['Diệu', 1],
  ['Khánh', 1],
  ['Thị Thu', 3],
  ['Thị Thanh', 2.5],
  ['Thị Minh', 1.5],
  ['Thị Hồng', 1.5],
  ['Thùy', 1.5],
  ['Quỳnh', 1],
  ['Hoài', 1],
];

export const GIVEN_NAMES_MALE: readonly string[] = [
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Long', 'Thắng', 'Cường', 'Hưng', 'Sơn', 'Tùng',
  'Quân', 'Trung', 'Đức', 'Huy', 'Hoàng', 'Thành', 'Phong', 'Khánh', 'Kiên', 'Toàn', 'Hiếu',
  'Việt', 'Bình', 'Thanh', 'Tiến', 'Lâm', 'Quang', 'Tú', 'Vinh', 'Chiến', 'Hòa', 'Lợi', 'Thịnh',
  'Đạt', 'Duy', 'Phúc', 'Công', 'Định', 'Tâm', 'Tài', 'Trường', 'Nghĩa', 'Lực', 'Mạnh',
  'Quyết', 'Thái', 'Khải', 'Hiệp', 'Giang', 'Phương', 'Thọ', 'Tân', 'Đông', 'Linh',
  'Anh', 'Bảo', 'Hiển', 'Khoa', 'Luân', 'Ninh', 'Sáng', 'Thuận', 'Trí', 'Vũ', 'Yên', 'Điệp',
];

export const GIVEN_NAMES_FEMALE: readonly string[] = [
  'Hương', 'Lan', 'Linh', 'Hà', 'Trang', 'Thảo', 'Hằng', 'Nga', 'Mai', 'Hoa', 'Huyền', 'Phương',
  'Thủy', 'Yến', 'Ngọc', 'Dung', 'Hạnh', 'Loan', 'Vân', 'Oanh', 'Nhung', 'Thu', 'Hiền', 'Giang',
  'Anh', 'Trâm', 'Quyên', 'Tuyết', 'Liên', 'Duyên', 'Lý', 'Châm', 'Thơm', 'Hường', 'Hậu', 'Nhàn',
  'Xuân', 'Hồng', 'Thanh', 'Hải', 'Ly', 'Chi', 'Diệp', 'Thắm', 'Quỳnh', 'Thúy', 'Vui', 'Nguyệt',
  'Bích', 'Hòa', 'Tâm', 'Thoa', 'Lệ', 'Ánh', 'Huệ', 'Nhi', 'Uyên', 'Vy', 'Trinh',
];

/** Village names for chi bộ thôn (northern delta style). */
export const VILLAGE_NAMES: readonly string[] = [
  'Đông', 'Đoài', 'Thượng', 'Hạ', 'Trung', 'Nam', 'Bắc', 'An Xá', 'Phú Cốc', 'Tân Mỹ', 'Yên Lịch',
  'Lạc Hồng', 'Đồng Tiến', 'Xuân Lôi', 'Bình Dân', 'Cao Xá', 'Phù Ủng', 'Đào Viên', 'Thọ Bình',
  'Phương Trù', 'Mễ Xá', 'Ngọc Lập', 'Hòa Đam', 'La Tiến', 'Quang Minh', 'Đại Hạnh', 'Kim Ngọc',
  'Văn Nhuế', 'Thái Lai', 'Phú Hữu', 'Nhân Lý', 'Lộng Thượng', 'Tiên Cầu', 'Vĩnh Lộc', 'An Lạc',
  'Đức Nhuận', 'Tân Lập', 'Thanh Xá', 'Lương Xá', 'Bảo Châu', 'Hồng Phong', 'Đồng Xuân',
  'Thôn Mới', 'Đại Đồng', 'Kênh Cầu', 'Lê Xá', 'Nội Linh', 'Thiết Trụ', 'Tam Kỳ', 'Đống Long',
  'Tây Sơn', 'Hiền Lương', 'Phú Thọ', 'Bình Minh', 'Quyết Tiến', 'Đoàn Kết', 'Thắng Lợi',
];

/** Street names for addresses in wards. */
export const STREET_NAMES: readonly string[] = [
  'Nguyễn Văn Linh', 'Lê Lợi', 'Trần Hưng Đạo', 'Điện Biên', 'Phạm Ngũ Lão', 'Lý Thường Kiệt',
  'Quang Trung', 'Hai Bà Trưng', 'Lê Thánh Tông', 'Nguyễn Trãi', 'Tô Hiệu', 'Chu Mạnh Trinh',
  'Bạch Đằng', 'Hoàng Hoa Thám', 'Lê Quý Đôn', 'Nguyễn Thiện Thuật', 'Triệu Quang Phục',
  'Kỳ Đồng', 'Trần Thái Tông', 'Lý Bôn', 'Hùng Vương', 'Võ Nguyên Giáp', 'Tôn Đức Thắng',
];

export const QUALIFICATIONS = {
  university: [
    'Cử nhân Luật', 'Cử nhân Kinh tế', 'Cử nhân Quản lý nhà nước', 'Cử nhân Hành chính học',
    'Kỹ sư Nông nghiệp', 'Cử nhân Kế toán', 'Cử nhân Tài chính - Ngân hàng', 'Kỹ sư Xây dựng',
    'Kỹ sư Công nghệ thông tin', 'Kỹ sư Quản lý đất đai', 'Cử nhân Xây dựng Đảng và Chính quyền nhà nước',
    'Cử nhân Sư phạm Ngữ văn', 'Cử nhân Văn hóa học', 'Cử nhân Công tác xã hội', 'Cử nhân Quản trị kinh doanh',
    'Kỹ sư Kinh tế nông nghiệp', 'Cử nhân Chính trị học', 'Kỹ sư Thủy lợi', 'Cử nhân Lịch sử',
  ],
  master: [
    'Thạc sĩ Quản lý kinh tế', 'Thạc sĩ Luật', 'Thạc sĩ Quản lý công', 'Thạc sĩ Kinh tế nông nghiệp',
    'Thạc sĩ Chính trị học', 'Thạc sĩ Quản lý đất đai', 'Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước',
  ],
  doctor: ['Tiến sĩ Kinh tế', 'Tiến sĩ Quản lý kinh tế', 'Tiến sĩ Luật'],
  college: ['Cao đẳng Kế toán', 'Cao đẳng Sư phạm', 'Cao đẳng Công nghệ thông tin', 'Cao đẳng Văn thư - Lưu trữ'],
  vocational: ['Trung cấp Kế toán', 'Trung cấp Y sĩ', 'Trung cấp Nông nghiệp', 'Trung cấp Luật', 'Trung cấp Thú y'],
};

export const PHONE_PREFIXES: readonly string[] = [
  '086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039', '088', '091',
  '094', '083', '084', '085', '081', '082', '090', '093', '070', '079', '077', '076', '078', '056',
];
