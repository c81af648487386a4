// Vietnamese wording of seeded work: task titles by field of work, slips, meeting agendas and
// conclusions, reasons and notes. Placeholders: {month} "3/2026", {quarter} "quý I/2026", {year} "2026", {nextYear} "2027",
// {area} a village or residential group of the commune.

export const FIELD_TASKS: Record<string, string[]> = {
  party_building: [
    'Hoàn thiện hồ sơ kết nạp đảng viên mới tại {area}',
    'Chuẩn bị nội dung sinh hoạt chuyên đề tháng {month}',
    'Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025–2030',
    'Tổng hợp báo cáo công tác xây dựng Đảng tháng {month}',
    'Hướng dẫn các chi bộ kiểm điểm, đánh giá chất lượng đảng viên',
    'Cập nhật dữ liệu đảng viên trên hệ thống quản lý',
    'Xây dựng kế hoạch học tập, quán triệt nghị quyết của Tỉnh ủy',
    'Dự sinh hoạt chi bộ {area}',
  ],
  inspection: [
    'Kiểm tra việc thực hiện quy chế làm việc tại chi bộ {area}',
    'Giám sát việc kê khai tài sản, thu nhập năm {year}',
    'Xây dựng báo cáo kết quả kiểm tra, giám sát {quarter}',
    'Xác minh, giải quyết đơn phản ánh của công dân',
    'Kiểm tra việc thu, nộp, quản lý đảng phí',
  ],
  mass_mobilization: [
    'Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân',
    'Phối hợp vận động Quỹ "Vì người nghèo"',
    'Vận động Nhân dân hiến đất mở rộng đường giao thông tại {area}',
    'Tổng hợp ý kiến, kiến nghị của cử tri tháng {month}',
    'Xây dựng mô hình "Dân vận khéo" tại {area}',
  ],
  economy: [
    'Rà soát tiến độ các dự án đầu tư trên địa bàn',
    'Hỗ trợ hộ kinh doanh chuyển đổi thành doanh nghiệp',
    'Báo cáo tình hình kinh tế - xã hội tháng {month}',
    'Đôn đốc giải ngân vốn đầu tư công {quarter}',
    'Khảo sát mặt bằng đề xuất quy hoạch cụm công nghiệp',
  ],
  finance_budget: [
    'Đôn đốc thu ngân sách, chống thất thu thuế tháng {month}',
    'Xây dựng dự toán ngân sách năm 2027',
    'Quyết toán kinh phí hoạt động {quarter}',
    'Rà soát, cắt giảm các khoản chi thường xuyên',
  ],
  land_construction: [
    'Kiểm đếm, áp giá bồi thường giải phóng mặt bằng tại {area}',
    'Xử lý vi phạm trật tự xây dựng tại {area}',
    'Giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu',
    'Giám sát thi công tuyến đường liên thôn',
    'Rà soát quỹ đất công, trụ sở dôi dư sau sắp xếp',
  ],
  agriculture: [
    'Chỉ đạo gieo cấy vụ Xuân đúng khung thời vụ',
    'Phòng, chống dịch bệnh trên đàn gia súc, gia cầm',
    'Thu gom, xử lý rác thải sinh hoạt tại {area}',
    'Hướng dẫn xây dựng sản phẩm OCOP',
    'Kiểm tra công tác phòng, chống thiên tai',
  ],
  culture_society: [
    'Rà soát hộ nghèo, hộ cận nghèo cuối năm',
    'Chi trả trợ cấp cho đối tượng bảo trợ xã hội tháng {month}',
    'Thăm, tặng quà gia đình chính sách',
    'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại {area}',
    'Kiểm tra hoạt động các cơ sở kinh doanh dịch vụ văn hóa',
  ],
  education_health: [
    'Kiểm tra công tác chuẩn bị năm học mới',
    'Triển khai tiêm chủng mở rộng tháng {month}',
    'Vận động Nhân dân tham gia bảo hiểm y tế',
    'Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể',
  ],
  security_defense: [
    'Chuẩn bị công tác tuyển quân năm 2027',
    'Triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc tại {area}',
    'Kiểm tra công tác phòng cháy, chữa cháy',
    'Huấn luyện lực lượng dân quân',
  ],
  admin_reform: [
    'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tháng {month}',
    'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
    'Hướng dẫn người dân kích hoạt định danh điện tử mức 2 tại {area}',
    'Rà soát, niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
    'Duy trì hoạt động tổ công nghệ số cộng đồng',
  ],
  justice: [
    'Rà soát văn bản quy phạm pháp luật của địa phương',
    'Tổ chức hòa giải ở cơ sở tại {area}',
    'Tuyên truyền, phổ biến pháp luật cho Nhân dân',
    'Chuẩn hóa, số hóa dữ liệu hộ tịch',
  ],
};

/** Fields a body's members usually work on, by the kind or short name of their unit. */
export const FIELDS_BY_BODY: Array<[RegExp, string[]]> = [
  [/Ban Xây dựng Đảng/, ['party_building', 'mass_mobilization']],
  [/Ủy ban Kiểm tra/, ['inspection', 'party_building']],
  [/Văn phòng Đảng ủy/, ['party_building', 'admin_reform']],
  [/Kinh tế/, ['economy', 'finance_budget', 'land_construction', 'agriculture']],
  [/Văn hóa - Xã hội/, ['culture_society', 'education_health']],
  [/Phục vụ hành chính công/, ['admin_reform', 'justice']],
  [/Văn phòng HĐND và UBND/, ['admin_reform', 'justice', 'security_defense']],
  [/Mặt trận|Đoàn Thanh niên|Phụ nữ|Nông dân|Cựu chiến binh/, ['mass_mobilization', 'culture_society']],
  [/Ủy ban nhân dân/, ['economy', 'finance_budget', 'land_construction', 'security_defense']],
  [/Hội đồng nhân dân/, ['finance_budget', 'justice']],
];

export const SLIP_TASKS = [
  'Chuẩn bị báo cáo phục vụ đoàn kiểm tra của Tỉnh ủy',
  'Tham mưu văn bản chỉ đạo về {topic}',
  'Giải quyết dứt điểm kiến nghị của cử tri về {topic}',
  'Kiểm tra thực tế và báo cáo về {topic}',
  'Xây dựng phương án xử lý {topic}',
  'Phối hợp với các thôn triển khai {topic}',
];
export const SLIP_TOPICS = [
  'ngập úng cục bộ tại {area}',
  'ô nhiễm môi trường tại cụm làng nghề',
  'lấn chiếm hành lang giao thông',
  'chậm cấp giấy chứng nhận quyền sử dụng đất',
  'sạt lở bờ kênh tại {area}',
  'an toàn giao thông dịp cuối năm',
  'chuyển đổi cây trồng vụ Đông',
  'tiến độ xây dựng nhà văn hóa {area}',
  'chi trả chế độ cho người hoạt động không chuyên trách',
  'tổ chức Đại hội chi bộ {area}',
];

export const CONCLUSIONS = [
  'Giao UBND chỉ đạo đẩy nhanh tiến độ giải phóng mặt bằng, báo cáo tại phiên giao ban tới',
  'Giao UBND tập trung đôn đốc thu ngân sách, phấn đấu vượt dự toán năm',
  'Giao UBND kiểm tra, xử lý dứt điểm các vi phạm trật tự xây dựng đã phát hiện',
  'Giao UBND chuẩn bị chu đáo các điều kiện tổ chức Tết cho Nhân dân',
  'Giao Văn phòng Đảng ủy tổng hợp, hoàn thiện báo cáo gửi Tỉnh ủy đúng hạn',
  'Giao Ban Xây dựng Đảng hướng dẫn các chi bộ chuẩn bị nguồn kết nạp đảng viên',
  'Giao Ủy ban Kiểm tra Đảng ủy xây dựng kế hoạch giám sát chuyên đề',
  'Giao Ủy ban MTTQ phối hợp vận động Nhân dân đồng thuận với chủ trương của địa phương',
  'Giao UBND nâng tỷ lệ hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công',
  'Giao UBND rà soát, sắp xếp, xử lý trụ sở dôi dư sau hợp nhất',
];

export const AGENDA = [
  'Kết quả phát triển kinh tế - xã hội tuần qua',
  'Tiến độ giải phóng mặt bằng các dự án trọng điểm',
  'Tình hình thu ngân sách và giải ngân vốn đầu tư công',
  'Công tác xây dựng Đảng, kết nạp đảng viên mới',
  'Tình hình an ninh trật tự, an toàn giao thông',
  'Giải quyết đơn thư, kiến nghị của công dân',
  'Cải cách hành chính, chuyển đổi số',
  'Chuẩn bị nội dung kỳ họp Hội đồng nhân dân',
];

export const MEETING_LOCATIONS = ['Phòng họp trực tuyến Đảng ủy', 'Hội trường trụ sở Đảng ủy', 'Phòng họp tầng 2, trụ sở UBND'];

export const ABSENCE_REASONS = ['Đi công tác', 'Dự hội nghị tại tỉnh', 'Nghỉ phép', 'Ốm, có báo cáo'];

export const DUE_CHANGE_REASONS = [
  'Chờ ý kiến chỉ đạo của cấp trên',
  'Bổ sung hồ sơ theo yêu cầu của tỉnh',
  'Ảnh hưởng của mưa bão kéo dài',
  'Điều chỉnh theo kế hoạch của Tỉnh ủy',
  'Người dân chưa đồng thuận, cần thêm thời gian vận động',
];

export const CANCEL_REASONS = [
  'Cấp trên điều chỉnh kế hoạch',
  'Đã lồng ghép vào nhiệm vụ khác',
  'Trùng với nhiệm vụ đã giao cho đơn vị khác',
  'Không còn phù hợp sau sắp xếp bộ máy',
];

export const PROGRESS_NOTES = [
  'Đã khảo sát thực tế, đang tổng hợp số liệu',
  'Đã làm việc với các thôn, đang hoàn thiện dự thảo',
  'Đã trình lãnh đạo cho ý kiến',
  'Đã triển khai tới các chi bộ',
  'Đang phối hợp với các phòng chuyên môn',
];

export const APPRAISAL_NOTES = {
  exceeded: 'Hoàn thành vượt yêu cầu, chất lượng tốt',
  error: 'Báo cáo có sai sót lớn về số liệu, phải làm lại',
  objective: 'Chậm do nguyên nhân khách quan, đã được xác nhận',
  late: 'Hoàn thành chậm so với thời hạn',
};

export const PLAN_RETURN_COMMENTS = [
  'Đề nghị ghi rõ thời hạn hoàn thành từng nội dung',
  'Bổ sung nhiệm vụ giải phóng mặt bằng theo kết luận giao ban',
  'Quy đổi sản phẩm chưa phù hợp, đề nghị rà soát lại',
];

/** Volunteered hard tasks with their roadmap (milestone titles, in order). */
export const VOLUNTEER_TASKS: Array<{ title: string; field: string; milestones: string[] }> = [
  {
    title: 'Hoàn thành giải phóng mặt bằng dự án đường trục trung tâm',
    field: 'land_construction',
    milestones: ['Kiểm đếm hiện trạng', 'Lập, niêm yết phương án bồi thường', 'Chi trả tiền bồi thường', 'Bàn giao mặt bằng'],
  },
  {
    title: 'Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ có công',
    field: 'culture_society',
    milestones: ['Rà soát danh sách hộ', 'Huy động nguồn lực', 'Khởi công xây dựng', 'Hoàn thành, bàn giao nhà'],
  },
  {
    title: 'Đưa tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80%',
    field: 'admin_reform',
    milestones: ['Rà soát thủ tục đủ điều kiện', 'Tập huấn công chức một cửa', 'Hỗ trợ người dân tại các thôn'],
  },
  {
    title: 'Giải quyết dứt điểm đơn thư tồn đọng kéo dài',
    field: 'inspection',
    milestones: ['Phân loại đơn thư', 'Xác minh, đối thoại', 'Ban hành kết luận', 'Theo dõi thực hiện'],
  },
  {
    title: 'Xây dựng thôn kiểu mẫu tại {area}',
    field: 'agriculture',
    milestones: ['Khảo sát hiện trạng tiêu chí', 'Xây dựng kế hoạch', 'Chỉnh trang hạ tầng', 'Đề nghị công nhận'],
  },
];

/** Annual programme tasks, one per quarter or year. */
export const PROGRAMME_TASKS = [
  'Xây dựng báo cáo sơ kết {quarter}',
  'Chuẩn bị hội nghị Ban Chấp hành Đảng bộ {quarter}',
  'Tổng kết công tác năm {year}, phương hướng năm {nextYear}',
  'Kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân năm {year}',
];

export const QUARTER_NAMES = ['quý I', 'quý II', 'quý III', 'quý IV'];
