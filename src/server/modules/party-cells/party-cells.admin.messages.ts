// Server messages of the committee's administration of its cells (decision 0041): the Excel import's
// refusals, the member list workbook, the transfer deadlines and their reminders, the HD 06 check, the
// quarterly reports. Each refusal names the field's rule.
import type { Catalogue } from '../../i18n.js';

export const CELLS_ADMIN_MESSAGES = {
  'cells.import.person_unknown': {
    vi: 'Không có người nào mang số định danh {value} trong hệ thống: thêm hồ sơ cán bộ trước khi nhập vào chi bộ.',
    en: 'No person with citizen ID {value} is recorded: add their record before placing them in a cell.',
  },
  'cells.import.cell_unknown': {
    vi: 'Không có chi bộ "{value}" đang hoạt động trong đơn vị đã chọn.',
    en: 'No open cell "{value}" within the chosen unit.',
  },
  'cells.import.cell_ambiguous': {
    vi: 'Có nhiều chi bộ tên "{value}" trong đơn vị đã chọn: ghi tên đầy đủ.',
    en: 'Several cells are named "{value}" within the chosen unit: write the full name.',
  },
  'cells.import.future': { vi: 'Ngày {value} chưa đến.', en: 'The date {value} is in the future.' },
  'cells.import.from_before_admission': {
    vi: 'Đảng viên kết nạp sinh hoạt từ ngày quyết định kết nạp ({date}) trở đi.',
    en: 'An admitted member belongs to the cell from the admission decision ({date}) on.',
  },
  'cells.import.official_twice': {
    vi: 'Đảng viên này đã có dòng sinh hoạt chính thức ở dòng {row} của tệp ({rule}).',
    en: 'This member already has an official membership on row {row} of the file ({rule}).',
  },
  'cells.import.rule.membership': {
    vi: 'Điều lệ Đảng, Điều 8; Hướng dẫn 06-HD/TW: sinh hoạt chính thức ở một chi bộ',
    en: 'Party Charter, Art. 8; HD 06-HD/TW: an official membership in one cell at a time',
  },
  'cells.xlsx.sheet': { vi: 'Danh sách đảng viên', en: 'Party members' },
  'cells.xlsx.about': { vi: 'Thông tin', en: 'About' },
  'cells.xlsx.unit': { vi: 'Đơn vị', en: 'Unit' },
  'cells.xlsx.asOf': { vi: 'Tại ngày', en: 'As of' },
  'cells.xlsx.count': { vi: 'Số đảng viên', en: 'Members' },
  'cells.xlsx.cells': { vi: 'Các chi bộ (cột "Chi bộ")', en: 'Cells (the "Cell" column)' },
  'cells.xlsx.kinds': { vi: 'Sinh hoạt', en: 'Membership kind' },
  'cells.xlsx.joined': { vi: 'Hình thức đến', en: 'How they came' },
  'cells.xlsx.dates': { vi: 'Ngày tháng', en: 'Dates' },
  'cells.xlsx.rules': { vi: 'Quy tắc', en: 'Rules' },
  'cells.xlsx.rules_text': {
    vi: 'Mỗi dòng là một đảng viên theo số định danh cá nhân; kiểm tra toàn bộ tệp trước, có một dòng lỗi thì không ghi dòng nào và trả tệp lỗi. Mỗi đảng viên chỉ sinh hoạt chính thức ở một chi bộ; tuổi kết nạp 18–60 (trừ khi ghi ngoại lệ); ngày lễ kết nạp sau ngày quyết định; xét chính thức sau 12 tháng dự bị.',
    en: 'One row per member, by citizen ID; the whole file is checked first, one bad row writes nothing and returns an error workbook. A member belongs officially to one cell at a time; admission age 18–60 (unless an exception is recorded); the ceremony after the decision; the full-membership vote after 12 months of probation.',
  },
  'cells.xlsx.template_file': { vi: 'Mẫu nhập đảng viên', en: 'Party members import template' },
  'cells.xlsx.export_file': { vi: 'Danh sách đảng viên', en: 'Party members' },
  'cells.transfer.state.pending': {
    vi: 'Hạn nộp hồ sơ {fileBy}, hạn trình diện {presentBy}.',
    en: 'File by {fileBy}, present by {presentBy}.',
  },
  'cells.transfer.state.file_soon': {
    vi: 'Sắp đến hạn nộp hồ sơ chuyển sinh hoạt ({fileBy}).',
    en: 'The transfer file is due soon ({fileBy}).',
  },
  'cells.transfer.state.file_late': {
    vi: 'Quá hạn nộp hồ sơ ({fileBy}): chưa ghi nhận sinh hoạt ở chi bộ mới; hạn trình diện {presentBy}.',
    en: 'Past the filing deadline ({fileBy}): no membership in a new cell recorded yet; present by {presentBy}.',
  },
  'cells.transfer.state.present_late': {
    vi: 'Quá hạn trình diện chi bộ mới ({presentBy}).',
    en: 'Past the deadline to present at the new cell ({presentBy}).',
  },
  'cells.transfer.state.arrived': { vi: 'Đã sinh hoạt ở chi bộ mới từ {arrivedOn}.', en: 'Member of the new cell since {arrivedOn}.' },
  'n.cell_transfer_file_soon': {
    vi: 'Đảng viên {name} ({cell}) chuyển sinh hoạt chính thức: sắp đến hạn nộp hồ sơ {fileBy}.',
    en: 'Party member {name} ({cell}) is transferring: the file is due by {fileBy}.',
  },
  'n.cell_transfer_file_late': {
    vi: 'Đảng viên {name} ({cell}) chuyển sinh hoạt chính thức: quá hạn nộp hồ sơ {fileBy}, chưa sinh hoạt ở chi bộ mới.',
    en: 'Party member {name} ({cell}) is transferring: past the filing deadline {fileBy}, not yet in a new cell.',
  },
  'n.cell_transfer_present_late': {
    vi: 'Đảng viên {name} ({cell}) chuyển sinh hoạt chính thức: quá hạn trình diện chi bộ mới {presentBy}.',
    en: 'Party member {name} ({cell}) is transferring: past the deadline to present at the new cell ({presentBy}).',
  },
  'cells.check.not_committee': {
    vi: 'Việc kiểm tra danh sách đảng viên 6 tháng là của cấp ủy, không phải của chi bộ ({rule}).',
    en: 'The six-monthly member list check belongs to a Party committee, not a cell ({rule}).',
  },
  'cells.check.due_before_half': {
    vi: 'Hạn hoàn thành không được trước ngày đầu của 6 tháng ({date}).',
    en: 'The due date cannot precede the half-year’s first day ({date}).',
  },
  'cells.check.taken': {
    vi: 'Đã có việc kiểm tra 6 tháng {half} năm {year} ({rule}).',
    en: 'The check for half {half} of {year} already exists ({rule}).',
  },
  'cells.check.already_done': { vi: 'Việc kiểm tra đã hoàn thành ngày {date}.', en: 'The check was already done on {date}.' },
  'cells.check.done_future': {
    vi: 'Ngày kiểm tra không được sau hôm nay ({date}).',
    en: 'The day of the check cannot be after today ({date}).',
  },
  'cells.check.done_before_half': {
    vi: 'Ngày kiểm tra không được trước ngày đầu của 6 tháng ({date}).',
    en: 'The day of the check cannot precede the half-year’s first day ({date}).',
  },
  'cells.quarterly.period': { vi: 'Quý {quarter} năm {year}', en: 'Quarter {quarter}, {year}' },
  'cells.quarterly.meetings.title': { vi: 'Báo cáo tình hình sinh hoạt chi bộ', en: 'Report on the cells’ meetings' },
  'cells.quarterly.development.title': { vi: 'Báo cáo công tác phát triển đảng viên', en: 'Report on new-member development' },
  'cells.quarterly.as_of': {
    vi: '{unit}; số liệu từ ngày {from} đến ngày {to}.',
    en: '{unit}; figures from {from} to {to}.',
  },
  'cells.quarterly.recipients': { vi: 'Nơi nhận:', en: 'To:' },
  'cells.quarterly.recipients_hint': { vi: '- Như trên;\n- Lưu VP.', en: '- As above;\n- Office file.' },
  'cells.quarterly.signer': { vi: 'T/M CẤP ỦY', en: 'FOR THE COMMITTEE' },
  'cells.quarterly.total': { vi: 'Tổng cộng', en: 'Total' },
  'cells.quarterly.h.no': { vi: 'STT', en: 'No.' },
  'cells.quarterly.h.cell': { vi: 'Chi bộ', en: 'Cell' },
  'cells.quarterly.h.members': { vi: 'Số đảng viên', en: 'Members' },
  'cells.quarterly.h.regular': { vi: 'Số tháng sinh hoạt thường kỳ', en: 'Months with the regular meeting' },
  'cells.quarterly.h.themed': { vi: 'Sinh hoạt chuyên đề', en: 'Themed meetings' },
  'cells.quarterly.h.attendance': { vi: 'Tỷ lệ dự họp', en: 'Attendance' },
  'cells.quarterly.h.paperless': { vi: 'Tài liệu đăng trước', en: 'Documents posted' },
  'cells.quarterly.h.unit': { vi: 'Đơn vị', en: 'Unit' },
  'cells.quarterly.h.target': { vi: 'Chỉ tiêu năm', en: 'Year’s target' },
  'cells.quarterly.h.quarter': { vi: 'Kết nạp trong quý', en: 'Admitted in the quarter' },
  'cells.quarterly.h.to_date': { vi: 'Lũy kế từ đầu năm', en: 'Admitted this year' },
  'cells.quarterly.h.percent': { vi: 'Đạt so với chỉ tiêu', en: 'Of the target' },
  'cells.quarterly.h.last_year': { vi: 'Cùng kỳ năm trước', en: 'Same time last year' },
  'cells.quarterly.h.stage': { vi: 'Bước', en: 'Stage' },
  'cells.quarterly.h.count': { vi: 'Số quần chúng', en: 'Candidates' },
  'cells.quarterly.meetings.summary_heading': { vi: 'I. Tình hình sinh hoạt chi bộ', en: 'I. The cells’ meetings' },
  'cells.quarterly.meetings.summary': {
    vi: '{full}/{total} chi bộ sinh hoạt thường kỳ đủ {months} tháng đã qua của quý; {withThemed}/{total} chi bộ sinh hoạt chuyên đề trong quý; tỷ lệ đảng viên dự họp {attendance}%; {paperless}% buổi sinh hoạt có tài liệu đăng trước cho đảng viên.',
    en: '{full} of {total} cells held the regular meeting in each of the quarter’s {months} months already over; {withThemed} of {total} held a themed meeting in the quarter; attendance {attendance}%; documents posted ahead for {paperless}% of the meetings.',
  },
  'cells.quarterly.meetings.note': {
    vi: 'Căn cứ: Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (sinh hoạt thường kỳ hằng tháng, chuyên đề ít nhất mỗi quý).',
    en: 'Basis: Directive 50-CT/TW; HD 42-HD/BTCTW (a regular meeting every month, a themed one at least each quarter).',
  },
  'cells.quarterly.development.summary_heading': { vi: 'I. Kết quả kết nạp đảng viên', en: 'I. Admissions' },
  'cells.quarterly.development.summary': {
    vi: 'Từ đầu năm đã kết nạp {admitted} đảng viên (chỉ tiêu {target}); cùng kỳ năm trước {lastYear}.',
    en: '{admitted} members admitted this year (target {target}); {lastYear} by the same day last year.',
  },
  'cells.quarterly.development.pipeline': { vi: 'II. Nguồn phát triển đảng viên', en: 'II. The candidates’ pipeline' },
  'cells.quarterly.stage.outstanding': { vi: 'Quần chúng ưu tú', en: 'Outstanding non-members' },
  'cells.quarterly.stage.course': { vi: 'Đã học lớp nhận thức về Đảng', en: 'Political course done' },
  'cells.quarterly.stage.application': { vi: 'Có đơn xin vào Đảng', en: 'Application made' },
  'cells.quarterly.stage.verification': { vi: 'Đã thẩm tra lý lịch', en: 'Background verified' },
  'cells.quarterly.stage.considered': { vi: 'Chi bộ đã xét', en: 'Considered by the cell' },
  'cells.quarterly.stage.decision': { vi: 'Có quyết định kết nạp', en: 'Admission decided' },
  'cells.quarterly.stage.ceremony': { vi: 'Đã tổ chức lễ kết nạp', en: 'Ceremony held' },
} as const satisfies Catalogue;
