// The Vietnamese and English texts of every planning check code, shaped like the server catalogue
// (src/server/i18n.ts MESSAGES: key → { vi, en }, placeholders {name} filled from the check's params plus
// {rule}). The planning module spreads this object into MESSAGES (this branch may not edit i18n.ts);
// formatRuleParams (./format.ts) prepares the params (months 07/2030, dates dd/mm/yyyy, vi-VN numbers).
// messages.test.ts checks that every code the rules emit is here and every placeholder is filled.

/** Texts of the planning check codes (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW), vi and en. */
export const PLANNING_MESSAGES = {
  'planning.post.ok': {
    vi: '{rule}: chức danh cao hơn {steps} bậc, phù hợp đối tượng {targetLevel}.',
    en: '{rule}: the post is {steps} step(s) up, as target {targetLevel} requires.',
  },
  'planning.post.same': {
    vi: '{rule}: không quy hoạch vào chức danh đang đảm nhiệm ({current}).',
    en: '{rule}: a person is never planned for the post they hold ({current}).',
  },
  'planning.post.equivalent': {
    vi: '{rule}: {target} tương đương chức danh đang đảm nhiệm ({current}); chỉ quy hoạch chức danh cao hơn.',
    en: '{rule}: {target} is equivalent to the post held ({current}); only a higher post may be planned.',
  },
  'planning.post.lower': {
    vi: '{rule}: {target} thấp hơn chức danh đang đảm nhiệm ({current}).',
    en: '{rule}: {target} is lower than the post held ({current}).',
  },
  'planning.post.concurrent': {
    vi: '{rule}: {target} do {concurrentWith} kiêm nhiệm theo cơ cấu, không quy hoạch riêng.',
    en: '{rule}: {target} is held by structure with {concurrentWith} and is never planned on its own.',
  },
  'planning.post.too_far': {
    vi: '{rule}: {target} cao hơn {steps} bậc so với {current}; đối tượng {targetLevel} chỉ cao hơn {targetLevel} bậc.',
    en: '{rule}: {target} is {steps} steps above {current}; target {targetLevel} is {targetLevel} step(s) up.',
  },
  'planning.post.closer_than_target': {
    vi: '{rule}: {target} chỉ cao hơn {steps} bậc so với {current} nhưng được quy hoạch đối tượng {targetLevel}.',
    en: '{rule}: {target} is only {steps} step(s) above {current} but is planned as target {targetLevel}.',
  },
  'planning.post.not_comparable': {
    vi: '{rule}: danh mục chức danh không so sánh được {target} với chức danh đang giữ ({current}); cơ quan tham mưu xem xét.',
    en: '{rule}: the ladder cannot compare {target} with the posts held ({current}); the organising body must judge.',
  },
  'planning.cap.candidates_per_post': {
    vi: '{rule}: {post} có {seats} vị trí, tối đa {cap} người quy hoạch; đang có {count}.',
    en: '{rule}: {post} has {seats} seat(s), at most {cap} candidates; it has {count}.',
  },
  'planning.cap.candidates_per_post.ok': {
    vi: '{rule}: {post} có {count}/{cap} người quy hoạch.',
    en: '{rule}: {post} has {count} of {cap} candidates.',
  },
  'planning.cap.posts_per_candidate': {
    vi: '{rule}: mỗi người quy hoạch tối đa {cap} chức danh cùng cấp phê duyệt ({approvingLevel}); đang có {count}: {posts}.',
    en: '{rule}: at most {cap} posts per candidate at one approving level ({approvingLevel}); there are {count}: {posts}.',
  },
  'planning.cap.posts_per_candidate.ok': {
    vi: '{rule}: {count}/{cap} chức danh cùng cấp phê duyệt ({approvingLevel}).',
    en: '{rule}: {count} of {cap} posts at this approving level ({approvingLevel}).',
  },
  'planning.cap.committee_over': {
    vi: '{rule}: số lượng {committee} là {fixed}, quy hoạch từ {min} đến {max} người; đang có {planned}.',
    en: '{rule}: {committee} has {fixed} seats, to be planned with {min}–{max} people; there are {planned}.',
  },
  'planning.cap.committee_under': {
    vi: '{rule}: số lượng {committee} là {fixed}, cần quy hoạch ít nhất {min} người; mới có {planned}.',
    en: '{rule}: {committee} has {fixed} seats and needs at least {min} planned; there are {planned}.',
  },
  'planning.cap.committee.ok': {
    vi: '{rule}: {committee} quy hoạch {planned} người (từ {min} đến {max}).',
    en: '{rule}: {committee} has {planned} planned ({min}–{max}).',
  },
  'planning.age.months_left': {
    vi: '{rule}: đối tượng {targetLevel} cần ít nhất {required} tháng công tác trước tuổi nghỉ hưu tại thời điểm {referenceMonth}; còn {monthsLeft} tháng (nghỉ hưu {retirementDate}).',
    en: '{rule}: target {targetLevel} needs at least {required} months of work before retirement at {referenceMonth}; {monthsLeft} months are left (retires {retirementDate}).',
  },
  'planning.age.ok': {
    vi: '{rule}: còn {monthsLeft} tháng công tác tại thời điểm {referenceMonth} (cần {required}).',
    en: '{rule}: {monthsLeft} months of work left at {referenceMonth} (needs {required}).',
  },
  'planning.standard.ok': {
    vi: '{rule}: {dimension} đạt yêu cầu ({held}, cần {required}).',
    en: '{rule}: {dimension} meets the standard ({held}; needs {required}).',
  },
  'planning.standard.not_met': {
    vi: '{rule}: đối tượng {targetLevel} phải đạt {dimension} {required} ngay; hiện có {held}.',
    en: '{rule}: target {targetLevel} must already meet {dimension} {required}; has {held}.',
  },
  'planning.standard.no_training': {
    vi: '{rule}: chưa đạt {dimension} {required} (hiện có {held}) và chưa có kế hoạch đào tạo.',
    en: '{rule}: {dimension} {required} not met (has {held}) and no training plan is recorded.',
  },
  'planning.standard.training_planned': {
    vi: '{rule}: chưa đạt {dimension} {required}; có kế hoạch đào tạo hoàn thành {expectedBy}, trước {referenceMonth}.',
    en: '{rule}: {dimension} {required} not met yet; a training plan ends {expectedBy}, before {referenceMonth}.',
  },
  'planning.standard.training_late': {
    vi: '{rule}: kế hoạch đào tạo {dimension} hoàn thành {expectedBy}, sau thời điểm {referenceMonth}.',
    en: '{rule}: the {dimension} training ends {expectedBy}, after {referenceMonth}.',
  },
  'planning.structure.ok': {
    vi: '{rule}: tỷ lệ {dimension} {pct}% ({count}/{total}), chỉ tiêu {target}%.',
    en: '{rule}: {dimension} share {pct}% ({count} of {total}), target {target}%.',
  },
  'planning.structure.below_target': {
    vi: '{rule}: tỷ lệ {dimension} {pct}% ({count}/{total}) thấp hơn chỉ tiêu {target}%.',
    en: '{rule}: {dimension} share {pct}% ({count} of {total}) is below the target of {target}%.',
  },
  'planning.review.disciplined': {
    vi: '{rule}: bị kỷ luật {kind} ngày {decidedOn} (sau khi được quy hoạch {plannedOn}) — đưa ra khỏi quy hoạch ngay.',
    en: '{rule}: disciplined ({kind}) on {decidedOn}, after being planned on {plannedOn} — removed from the plan at once.',
  },
  'planning.review.discipline_ok': {
    vi: '{rule}: kỷ luật {kind} ngày {decidedOn} trước khi được quy hoạch ({plannedOn}).',
    en: '{rule}: the {kind} of {decidedOn} predates the planning ({plannedOn}).',
  },
  'planning.review.age_passed': {
    vi: '{rule}: không còn đủ tuổi — cần {required} tháng tại {referenceMonth}, còn {monthsLeft} tháng.',
    en: '{rule}: no longer within the age rule — {required} months needed at {referenceMonth}, {monthsLeft} left.',
  },
  'planning.review.rating_missing': { vi: '{rule}: chưa có kết quả xếp loại năm {year}.', en: '{rule}: no classification yet for {year}.' },
  'planning.review.rating_below': {
    vi: '{rule}: năm {year} xếp loại {level}, thấp hơn mức {minLevel}.',
    en: '{rule}: rated {level} in {year}, below {minLevel}.',
  },
  'planning.review.rating_low_run': {
    vi: '{rule}: {count} năm liền ({fromYear}–{toYear}) xếp loại {level} trở xuống.',
    en: '{rule}: rated {level} or lower for {count} years running ({fromYear}–{toYear}).',
  },
  'planning.review.moved_away': {
    vi: '{rule}: đã chuyển công tác khỏi đơn vị từ {movedAwayOn}.',
    en: '{rule}: moved away from the unit on {movedAwayOn}.',
  },
  'planning.ballot.quorum': {
    vi: '{rule}: vòng {round} không hợp lệ — có mặt {present}/{members}, cần ít nhất {quorumNum}/{quorumDen}.',
    en: '{rule}: round {round} is not valid — {present} of {members} present, at least {quorumNum}/{quorumDen} needed.',
  },
  'planning.ballot.quorum.ok': {
    vi: '{rule}: vòng {round} có mặt {present}/{members}.',
    en: '{rule}: round {round}: {present} of {members} present.',
  },
  'planning.ballot.reached': {
    vi: '{rule}: vòng {round} đạt {votes} phiếu ({pct}% của {base}); cần ít nhất {needed}.',
    en: '{rule}: round {round}: {votes} votes ({pct}% of {base}); at least {needed} needed.',
  },
  'planning.ballot.not_reached': {
    vi: '{rule}: vòng {round} chỉ đạt {votes} phiếu ({pct}% của {base}); cần ít nhất {needed}.',
    en: '{rule}: round {round}: only {votes} votes ({pct}% of {base}); at least {needed} needed.',
  },
} satisfies Record<string, { vi: string; en: string }>;
