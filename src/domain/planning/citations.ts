// The citations every planning explanation carries, in one place (DOMAIN.md §3). Where the article
// number could not be confirmed the instrument is cited without it — fix the text here, never at the
// call sites.

/** Citations of Quy định 377-QĐ/TW and Hướng dẫn 45-HD/BTCTW used by the planning checks. */
export const PLANNING_RULES = {
  higherPost: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (chỉ quy hoạch chức danh cao hơn chức danh hiện giữ)',
  targets: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (đối tượng 1: chức danh cao hơn liền kề; đối tượng 2: cao hơn hai bậc)',
  candidatesPerPost: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (mỗi chức danh quy hoạch không quá 3 người)',
  postsPerCandidate: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (mỗi người quy hoạch không quá 3 chức danh cùng cấp phê duyệt)',
  committeeSeats: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (quy hoạch cấp ủy, ban thường vụ, ủy ban kiểm tra từ 1 đến 1,5 lần số lượng)',
  age: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (tuổi quy hoạch tính tại thời điểm bắt đầu nhiệm kỳ); Nghị định 135/2020/NĐ-CP (tuổi nghỉ hưu)',
  standards: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (tiêu chuẩn chức danh: trình độ chuyên môn, lý luận chính trị)',
  structure: 'Hướng dẫn 45-HD/BTCTW (cơ cấu quy hoạch: cán bộ trẻ, nữ, dân tộc thiểu số, khoa học – công nghệ); chỉ tiêu do tỉnh cấu hình',
  review: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (rà soát hằng năm, đưa ra khỏi quy hoạch)',
  disciplineRemoval: 'Quy định 377-QĐ/TW (cán bộ bị kỷ luật đưa ra khỏi quy hoạch ngay)',
  cadence:
    'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (quy hoạch nhiệm kỳ tới xây dựng năm thứ hai nhiệm kỳ; rà soát quý I; báo cáo phê duyệt trước tháng 6)',
  ballot: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW (giới thiệu, bỏ phiếu kín quy hoạch)',
} as const;
