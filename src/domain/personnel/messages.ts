// The Vietnamese and English texts of every personnel check code, shaped like the server catalogue
// (src/server/i18n.ts MESSAGES: key → { vi, en }, placeholders {name} filled from the check's params plus
// {rule}). The personnel module spreads this object into MESSAGES (this branch may not edit i18n.ts);
// formatRuleParams (../planning/format.ts) prepares the params. messages.test.ts keeps it complete.

/** Texts of the personnel check codes (QĐ 377, QĐ 65, NĐ 170, KL 210), vi and en. */
export const PERSONNEL_MESSAGES = {
  'personnel.appointment.higher': { vi: '{rule}: {target} là chức vụ cao hơn.', en: '{rule}: {target} is a higher post.' },
  'personnel.appointment.not_higher': {
    vi: '{rule}: {target} không cao hơn {current}; bổ nhiệm chức vụ ngang hoặc thấp hơn thực hiện theo thủ tục điều động.',
    en: '{rule}: {target} is not higher than {current}; an equal or lower post follows the transfer procedure.',
  },
  'personnel.in_plan': { vi: '{rule}: có trong quy hoạch {plannedFor}.', en: '{rule}: planned for {plannedFor}.' },
  'personnel.not_in_plan': {
    vi: '{rule}: không có trong quy hoạch {target} hoặc chức danh tương đương, cao hơn (đang quy hoạch: {planned}).',
    en: '{rule}: not planned for {target} or an equivalent or higher post (planned for: {planned}).',
  },
  'personnel.months_in_post': {
    vi: '{rule}: cần giữ chức vụ hiện tại ít nhất {required} tháng; mới {months} tháng (từ {since}).',
    en: '{rule}: at least {required} months in the current post are needed; {months} so far (since {since}).',
  },
  'personnel.months_in_post.ok': {
    vi: '{rule}: đã giữ chức vụ {months} tháng (từ {since}; cần {required}).',
    en: '{rule}: {months} months in post (since {since}; needs {required}).',
  },
  'personnel.full_term.ok': {
    vi: '{rule}: còn {monthsLeft} tháng công tác từ {effectiveDate} (cần {required}).',
    en: '{rule}: {monthsLeft} months of work left from {effectiveDate} (needs {required}).',
  },
  'personnel.full_term.special_procedure': {
    vi: '{rule}: còn {monthsLeft} tháng (dưới {required}, từ {specialMin} trở lên) — bổ nhiệm theo quy trình đặc biệt.',
    en: '{rule}: {monthsLeft} months left (under {required}, at least {specialMin}) — appointment by the special procedure.',
  },
  'personnel.full_term.needs_special_procedure': {
    vi: '{rule}: còn {monthsLeft} tháng, không đủ {required} tháng; chỉ có thể bổ nhiệm theo quy trình đặc biệt (từ {specialMin} tháng).',
    en: '{rule}: {monthsLeft} months left, short of {required}; only the special procedure (from {specialMin} months) allows it.',
  },
  'personnel.full_term.too_late': {
    vi: '{rule}: còn {monthsLeft} tháng đến tuổi nghỉ hưu ({retirementDate}), dưới {specialMin} tháng.',
    en: '{rule}: {monthsLeft} months before retirement ({retirementDate}), under {specialMin}.',
  },
  'personnel.ratings.shown': {
    vi: '{rule}: xếp loại các năm {ratingYears}: {levels}.',
    en: '{rule}: classification in {ratingYears}: {levels}.',
  },
  'personnel.ratings.ok': {
    vi: '{rule}: xếp loại các năm {ratingYears}: {levels} (cần {minLevel} trở lên).',
    en: '{rule}: classification in {ratingYears}: {levels} (needs {minLevel} or better).',
  },
  'personnel.ratings.below': {
    vi: '{rule}: năm {belowYears} xếp loại dưới mức {minLevel} (các năm {ratingYears}: {levels}).',
    en: '{rule}: rated below {minLevel} in {belowYears} ({ratingYears}: {levels}).',
  },
  'personnel.ratings.missing': {
    vi: '{rule}: chưa có kết quả xếp loại năm {missingYears} (các năm {ratingYears}: {levels}).',
    en: '{rule}: no classification yet for {missingYears} ({ratingYears}: {levels}).',
  },
  'personnel.discipline.ok': {
    vi: '{rule}: không trong thời hạn chưa bổ nhiệm do kỷ luật tại {effectiveDate}.',
    en: '{rule}: no discipline waiting period runs on {effectiveDate}.',
  },
  'personnel.discipline.waiting': {
    vi: '{rule}: kỷ luật {kind} ngày {decidedOn}; chưa bổ nhiệm chức vụ cao hơn trong {months} tháng, đến {endsOn}.',
    en: '{rule}: {kind} decided on {decidedOn}; no higher post for {months} months, until {endsOn}.',
  },
  'personnel.investigation': {
    vi: '{rule}: đang bị thanh tra, kiểm tra, điều tra — chưa xem xét bổ nhiệm.',
    en: '{rule}: under investigation — the appointment cannot be considered.',
  },
  'personnel.investigation.ok': {
    vi: '{rule}: không trong thời gian thanh tra, kiểm tra, điều tra.',
    en: '{rule}: not under investigation.',
  },
  'personnel.rotation.working_time': {
    vi: '{rule}: luân chuyển cần còn ít nhất {required} tháng công tác từ {startDate}; còn {monthsLeft} tháng (nghỉ hưu {retirementDate}).',
    en: '{rule}: a rotation needs at least {required} months of work left from {startDate}; {monthsLeft} left (retires {retirementDate}).',
  },
  'personnel.rotation.working_time.ok': {
    vi: '{rule}: còn {monthsLeft} tháng công tác (cần {required}).',
    en: '{rule}: {monthsLeft} months of work left (needs {required}).',
  },
  'personnel.rotation.duration': {
    vi: '{rule}: thời gian luân chuyển ít nhất {required} tháng; dự kiến {months} tháng ({startDate}–{plannedEndDate}).',
    en: '{rule}: a rotation lasts at least {required} months; {months} planned ({startDate}–{plannedEndDate}).',
  },
  'personnel.rotation.duration.ok': {
    vi: '{rule}: luân chuyển {months} tháng ({startDate}–{plannedEndDate}).',
    en: '{rule}: rotation of {months} months ({startDate}–{plannedEndDate}).',
  },
  'personnel.rotation.post_equivalent': {
    vi: '{rule}: {target} tương đương {current}.',
    en: '{rule}: {target} is equivalent to {current}.',
  },
  'personnel.rotation.post_higher': {
    vi: '{rule}: {target} cao hơn {current}; luân chuyển thường giữ chức vụ tương đương.',
    en: '{rule}: {target} is higher than {current}; a rotation is usually to an equivalent post.',
  },
  'personnel.rotation.post_lower': { vi: '{rule}: {target} thấp hơn {current}.', en: '{rule}: {target} is lower than {current}.' },
  'personnel.rotation.post_not_comparable': {
    vi: '{rule}: không so sánh được {target} với chức vụ đang giữ ({current}).',
    en: '{rule}: {target} cannot be compared with the posts held ({current}).',
  },
  'personnel.rotation.in_plan': { vi: '{rule}: có trong quy hoạch.', en: '{rule}: in a plan.' },
  'personnel.rotation.not_in_plan': {
    vi: '{rule}: cán bộ luân chuyển phải có trong quy hoạch.',
    en: '{rule}: a rotated cadre must be in a plan.',
  },
  'personnel.rotation.post_created': {
    vi: '{rule}: không tạo chức danh để bố trí cán bộ luân chuyển.',
    en: '{rule}: no post may be created for a rotation.',
  },
  'personnel.rotation.post_existing': { vi: '{rule}: chức danh sẵn có trong cơ cấu.', en: '{rule}: the post exists in the structure.' },
  'personnel.non_local.not_required': {
    vi: '{rule}: {post} không thuộc danh mục bố trí người không phải người địa phương.',
    en: '{rule}: {post} is not on the non-local list.',
  },
  'personnel.non_local.local': {
    vi: '{rule}: {post} phải bố trí người không phải người địa phương; người được đề xuất là người địa phương ({grounds}).',
    en: '{rule}: {post} must be held by a non-local person; the candidate is local ({grounds}).',
  },
  'personnel.non_local.ok': { vi: '{rule}: không phải người địa phương.', en: '{rule}: not local.' },
  'personnel.term_limit.not_required': {
    vi: '{rule}: {post} không thuộc danh mục giới hạn hai nhiệm kỳ liên tiếp.',
    en: '{rule}: {post} is not on the two-consecutive-terms list.',
  },
  'personnel.term_limit.exceeded': {
    vi: '{rule}: đã giữ {post} {consecutive} nhiệm kỳ liên tiếp ({terms}); không quá {max} nhiệm kỳ liên tiếp tại một địa phương, cơ quan.',
    en: '{rule}: held {post} for {consecutive} consecutive terms ({terms}); at most {max} consecutive terms in one locality or body.',
  },
  'personnel.term_limit.ok': {
    vi: '{rule}: số nhiệm kỳ liên tiếp đã giữ {post}: {consecutive} (tối đa {max}).',
    en: '{rule}: consecutive terms already held in {post}: {consecutive} (at most {max}).',
  },
  'personnel.vote.secret.ok': { vi: '{rule}: bỏ phiếu kín.', en: '{rule}: secret ballot.' },
  'personnel.vote.not_secret': { vi: '{rule}: phải bỏ phiếu kín.', en: '{rule}: a secret ballot is required.' },
  'personnel.vote.membership': {
    vi: '{rule}: {votes}/{members} phiếu ({pct}%); cần ít nhất {needed} phiếu.',
    en: '{rule}: {votes} of {members} votes ({pct}%); at least {needed} are needed.',
  },
  'personnel.vote.membership.ok': {
    vi: '{rule}: {votes}/{members} phiếu ({pct}%), đạt (cần {needed}).',
    en: '{rule}: {votes} of {members} votes ({pct}%), enough (needs {needed}).',
  },
  'personnel.vote.removal': {
    vi: '{rule}: {votes}/{members} phiếu ({pct}%); miễn nhiệm cần ít nhất {needed} phiếu.',
    en: '{rule}: {votes} of {members} votes ({pct}%); removal needs at least {needed}.',
  },
  'personnel.vote.removal.ok': {
    vi: '{rule}: {votes}/{members} phiếu ({pct}%), đạt (cần {needed}).',
    en: '{rule}: {votes} of {members} votes ({pct}%), enough (needs {needed}).',
  },
  'personnel.seat.free': {
    vi: '{rule}: chức danh không có người khác đảm nhiệm từ {startDate}.',
    en: '{rule}: nobody else holds the post from {startDate}.',
  },
  'personnel.seat.taken': {
    vi: '{rule}: chức danh đã có người đảm nhiệm từ {from} đến {to} ({seats} vị trí).',
    en: '{rule}: the post is already held from {from} to {to} ({seats} seat(s)).',
  },
} satisfies Record<string, { vi: string; en: string }>;
