// The citations every explanation carries, in one place. QĐ 366 Điều 11 holds the four levels with
// their conditions (HTXS, HTT, HT, KHT); NĐ 335 Điều 14 the results criterion of civil servants,
// including the units a leader manages. Where the article number could not be confirmed the instrument
// is cited without it — fix the text here, never at the call sites.

export const RULES = {
  score: 'Quy định 366-QĐ/TW (khung tiêu chí 100 điểm: tiêu chí chung 30, kết quả thực hiện nhiệm vụ 70); Nghị định 335/2025/NĐ-CP',
  results: 'Nghị định 335/2025/NĐ-CP, Điều 14',
  commitment: 'Quy định 366-QĐ/TW, Điều 6 (cam kết tu dưỡng, rèn luyện hằng năm)',
  leaderUnits: 'Nghị định 335/2025/NĐ-CP, Điều 14 (công chức lãnh đạo, quản lý)',
  levels: 'Quy định 366-QĐ/TW, Điều 11; Nghị định 335/2025/NĐ-CP',
  excellent: 'Quy định 366-QĐ/TW, Điều 11 (hoàn thành xuất sắc nhiệm vụ)',
  excellentCollective: 'Quy định 366-QĐ/TW, Điều 11 (tập thể hoàn thành xuất sắc nhiệm vụ)',
  good: 'Quy định 366-QĐ/TW, Điều 11 (hoàn thành tốt nhiệm vụ)',
  completed: 'Quy định 366-QĐ/TW, Điều 11 (hoàn thành nhiệm vụ)',
  notCompleted: 'Quy định 366-QĐ/TW, Điều 11 (không hoàn thành nhiệm vụ); Nghị định 335/2025/NĐ-CP',
  corruption: 'Nghị định 335/2025/NĐ-CP (không hoàn thành nhiệm vụ: đơn vị phụ trách trực tiếp liên quan tham nhũng)',
  basicTargets: 'Quy định 366-QĐ/TW, Điều 11 (cán bộ lãnh đạo: đơn vị không hoàn thành các chỉ tiêu cơ bản về kinh tế - xã hội được giao)',
  quota: 'Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP (tỷ lệ HTXS không quá 20% số HTT, tối đa 25% khi được cho phép)',
  exclusions: 'Quy định 366-QĐ/TW (đối tượng không đánh giá, xếp loại); Hướng dẫn 43-HD/BTCTW',
  leave: 'Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW (nghỉ ốm, thai sản: đánh giá theo thời gian công tác thực tế)',
  periods: 'Quy định 366-QĐ/TW; Kết luận 198-KL/TW (xếp loại hằng quý quý I–III, quý IV gộp vào năm)',
  transfer: 'Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW (chuyển công tác: điểm các kỳ đi theo người, điểm năm là trung bình)',
  deadlines: 'Nghị định 335/2025/NĐ-CP (công chức: trước 15/12); Hướng dẫn 43-HD/BTCTW (Đảng: trước 31/12, chậm nhất 15/01)',
  commendation: 'Quy định 366-QĐ/TW (HTXS trong năm → giấy khen cấp cơ sở; 5 năm liền → giấy khen cấp trên / bằng khen của tỉnh)',
} as const;
