// The citations every personnel-decision explanation carries, in one place (DOMAIN.md §4). Where the
// article number could not be confirmed the instrument is cited without it — fix the text here, never
// at the call sites.

/** Citations of QĐ 377, QĐ 65, NĐ 170 and KL 210 used by the personnel checks. */
export const PERSONNEL_RULES = {
  higherPost: 'Quy định 377-QĐ/TW (bổ nhiệm chức vụ cao hơn; bổ nhiệm chức vụ ngang hoặc thấp hơn theo thủ tục điều động)',
  inPlan: 'Quy định 377-QĐ/TW (phải có trong quy hoạch chức danh bổ nhiệm hoặc chức danh tương đương, cao hơn)',
  monthsInPost: 'Quy định 377-QĐ/TW (giữ chức vụ hiện tại ít nhất 12 tháng)',
  fullTerm:
    'Quy định 377-QĐ/TW (đủ tuổi công tác trọn một nhiệm kỳ 60 tháng; trường hợp đặc biệt ít nhất 48 tháng); Nghị định 135/2020/NĐ-CP',
  ratings: 'Quy định 377-QĐ/TW; Quy định 366-QĐ/TW (kết quả đánh giá, xếp loại 3 năm gần nhất)',
  disciplineWaiting: 'Quy định 377-QĐ/TW (thời hạn chưa bổ nhiệm sau kỷ luật: khiển trách, cảnh cáo, cách chức)',
  investigation: 'Quy định 377-QĐ/TW (không xem xét bổ nhiệm khi đang bị thanh tra, kiểm tra, điều tra)',
  rotation:
    'Quy định 65-QĐ/TW (luân chuyển: còn ít nhất 10 năm công tác, thời gian luân chuyển ít nhất 3 năm, chức vụ tương đương, không tạo chức danh)',
  nonLocal: 'Kết luận 210-KL/TW; Quy định 65-QĐ/TW (bố trí lãnh đạo chủ chốt không phải người địa phương)',
  termLimit: 'Quy định 377-QĐ/TW (người đứng đầu không giữ một chức vụ quá hai nhiệm kỳ liên tiếp tại một địa phương, cơ quan)',
  membershipVote: 'Quy định 377-QĐ/TW; Điều lệ Đảng (thay đổi cấp ủy viên trong nhiệm kỳ: bỏ phiếu kín, trên 2/3 tổng số)',
  removalVote: 'Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP (miễn nhiệm: trên 50% tổng số)',
  oneSeat: 'Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP (một chức danh một người đảm nhiệm tại một thời điểm)',
} as const;
