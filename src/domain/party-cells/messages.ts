// The Vietnamese and English texts of every Party-cell rule code (shaped like the server catalogue:
// key → { vi, en }, placeholders {name} filled from the finding's params plus {rule}). The party-cells
// module spreads this object into its server catalogue; messages.test.ts checks codes and placeholders.

export const CELL_RULE_MESSAGES = {
  'cells.age.ok': {
    vi: '{rule}: tuổi đời {years} năm {months} tháng, trong giới hạn.',
    en: '{rule}: aged {years} years {months} months, within the limits.',
  },
  'cells.age.too_young': {
    vi: '{rule}: tuổi đời {years} năm {months} tháng, chưa đủ {min} năm; cần ghi nhận trường hợp ngoại lệ.',
    en: '{rule}: aged {years} years {months} months, under {min} years; an exception must be recorded.',
  },
  'cells.age.too_old': {
    vi: '{rule}: tuổi đời {years} năm {months} tháng, quá {max} năm; cần ghi nhận trường hợp ngoại lệ.',
    en: '{rule}: aged {years} years {months} months, over {max} years; an exception must be recorded.',
  },
  'cells.meeting.documents_late': {
    vi: '{rule}: tài liệu đăng trước buổi sinh hoạt {hours} giờ, chưa đủ {required} giờ.',
    en: '{rule}: the documents were posted {hours} hours before the meeting, under the {required} hours required.',
  },
  'cells.meeting.documents_missing': {
    vi: '{rule}: buổi sinh hoạt không có tài liệu đăng trước cho đảng viên (cần trước {hours} giờ).',
    en: '{rule}: no documents were posted for the members before the meeting ({hours} hours ahead required).',
  },
  'cells.meeting.too_short': {
    vi: '{rule}: buổi sinh hoạt kéo dài {minutes} phút, dưới {required} phút.',
    en: '{rule}: the meeting lasted {minutes} minutes, under the {required} minutes required.',
  },
  'cells.quality.attendance': {
    vi: '{rule}: dự họp {present}/{expected} đảng viên ({percent}%), yêu cầu trên {threshold}%.',
    en: '{rule}: {present} of {expected} members attended ({percent}%); above {threshold}% is required.',
  },
  'cells.quality.no_unexcused': {
    vi: '{rule}: {unexcused} đảng viên vắng không có lý do.',
    en: '{rule}: {unexcused} member(s) absent without reason.',
  },
  'cells.quality.excused_streak': {
    vi: '{rule}: {members} đảng viên vắng có lý do quá {max} lần liên tiếp trong năm.',
    en: '{rule}: {members} member(s) excused more than {max} times in a row this year.',
  },
  'cells.flag.member': {
    vi: '{rule}: trong năm {year} {clauses}; ngưỡng {threshold} tháng. Chi bộ xem xét, quyết định.',
    en: '{rule}: in {year}, {clauses}; the threshold is {threshold} months. The cell considers and decides.',
  },
  'cells.flag.missed_month': {
    vi: '{rule}: chi bộ không sinh hoạt thường kỳ tháng {month}.',
    en: '{rule}: the cell held no regular meeting in {month}.',
  },
  'cells.flag.missed_themed': {
    vi: '{rule}: chi bộ không sinh hoạt chuyên đề từ tháng {from} đến tháng {to}.',
    en: '{rule}: the cell held no themed meeting from {from} to {to}.',
  },
  'cells.flag.probation_due': {
    vi: '{rule}: hết 12 tháng dự bị ngày {date}; chi bộ xét công nhận đảng viên chính thức.',
    en: '{rule}: the probation ended on {date}; the cell votes on full membership.',
  },
} as const;
