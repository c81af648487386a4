// The one permission matrix: every action a role may take, the roles that take it and the scope each
// needs. Every role list in the code derives from it (server policies, `me.can`, each record's
// `actions`, docs/permissions.md); nothing else names roles. Deny by default: an action not listed
// here is nobody's. Adding a module = adding its rows here (and, for a screen the UI opens, a
// capability below), then `npm run docs:permissions`. See docs/decisions/0012-one-permission-matrix.md.
import { z } from 'zod';
import { type Role, Roles } from './common.js';

/**
 * Where an action applies:
 * - `subtree`: a binding of one of the roles on the record's unit or on a unit above it;
 * - `above`: a binding strictly above the unit (nobody restructures the root of their own scope);
 * - `owner`: configuration owned by a unit: a binding at the owner or above (the installation's defaults: a top-level unit);
 * - `anywhere`: holding one of the roles anywhere (reads no record of a unit);
 * - `self`: the person linked to the account, on their own record (with one of the roles, when listed).
 */
export type PermissionScope = 'subtree' | 'above' | 'owner' | 'anywhere' | 'self';

export interface Permission {
  /** The roles that take the action; empty for a `self` action any account with a linked person takes. */
  roles: readonly Role[];
  scope: PermissionScope;
  vi: string;
  en: string;
  /** Never taken on one's own work (own_work.* refusal). */
  notOwnWork?: true;
  /** The rule the permission follows, cited in docs/permissions.md. */
  rule?: string;
}

const EVERY_ROLE: readonly Role[] = Roles;
const QD366_OWN_WORK = 'Quy định 366-QĐ/TW, Điều 12–13';

export const PERMISSIONS = {
  'org.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem cây tổ chức, chức danh', en: 'Read the organisation tree and posts' },
  'org.write': {
    roles: ['admin', 'organising'],
    scope: 'subtree',
    vi: 'Thêm, sửa đơn vị và chức danh',
    en: 'Create and edit units and posts',
  },
  'org.restructure': {
    roles: ['admin', 'organising'],
    scope: 'above',
    vi: 'Giải thể, chuyển, sáp nhập, chia tách đơn vị',
    en: 'Close, move, merge and split units',
  },

  'people.read': {
    roles: ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Xem hồ sơ cán bộ',
    en: 'Read person records',
  },
  'people.read_own': { roles: ['cadre'], scope: 'self', vi: 'Xem hồ sơ của chính mình', en: 'Read one’s own record' },
  'people.write': {
    roles: ['admin', 'organising'],
    scope: 'subtree',
    vi: 'Thêm, sửa hồ sơ, quá trình công tác, nơi ở',
    en: 'Create and edit records, tenures and residences',
  },
  'people.citizen_ids': {
    roles: ['admin', 'organising', 'inspection'],
    scope: 'subtree',
    vi: 'Xem đầy đủ số định danh cá nhân',
    en: 'See citizen ID numbers in full',
  },
  'people.import': { roles: ['admin', 'organising'], scope: 'subtree', vi: 'Nhập hồ sơ từ Excel', en: 'Import records from Excel' },
  'people.export': {
    roles: ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Xuất danh sách cán bộ',
    en: 'Export people lists',
  },

  'criteria.read': {
    roles: EVERY_ROLE,
    scope: 'subtree',
    vi: 'Xem nhóm đối tượng, bộ tiêu chí',
    en: 'Read cadre groups and criteria sets',
  },
  'criteria.write': {
    roles: ['admin', 'organising'],
    scope: 'owner',
    vi: 'Sửa nhóm đối tượng, bộ tiêu chí và việc áp dụng',
    en: 'Edit cadre groups, criteria sets and their assignment',
    rule: 'Quy định 366-QĐ/TW (tỉnh cụ thể hóa tiêu chí đánh giá)',
  },
  'conduct.read': {
    roles: ['admin', 'organising', 'inspection'],
    scope: 'subtree',
    vi: 'Xem kỷ luật, kết luận suy thoái, phiếu tín nhiệm',
    en: 'Read discipline, conclusions and confidence votes',
  },
  'conduct.write': {
    roles: ['admin', 'organising'],
    scope: 'subtree',
    vi: 'Ghi kỷ luật, kết luận suy thoái, phiếu tín nhiệm',
    en: 'Record discipline, conclusions and confidence votes',
  },

  'evaluation.read': {
    roles: ['admin', 'organising', 'standing', 'inspection'],
    scope: 'subtree',
    vi: 'Xem kỳ đánh giá, kết quả, báo cáo',
    en: 'Read evaluation periods, results and reports',
  },
  'evaluation.open': {
    roles: ['admin', 'organising'],
    scope: 'subtree',
    vi: 'Mở, đóng kỳ đánh giá',
    en: 'Open and close evaluation periods',
  },
  'evaluation.self_assess': {
    roles: [],
    scope: 'self',
    vi: 'Tự đánh giá (người được đánh giá, người đứng đầu tập thể)',
    en: 'Self-assess (the person evaluated, the head of the collective)',
    rule: 'Quy định 366-QĐ/TW',
  },
  'evaluation.appraise': {
    roles: ['organising'],
    scope: 'subtree',
    vi: 'Thẩm định',
    en: 'Appraise',
    notOwnWork: true,
    rule: QD366_OWN_WORK,
  },
  'evaluation.decide': {
    roles: ['standing'],
    scope: 'subtree',
    vi: 'Quyết định xếp loại, hủy và xếp loại lại, công bố, ngoại lệ tỷ lệ',
    en: 'Decide, cancel and re-rate, publish, grant quota exceptions',
    notOwnWork: true,
    rule: QD366_OWN_WORK,
  },

  'tasks.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem nhiệm vụ', en: 'Read tasks' },
  'tasks.issue': {
    roles: ['standing', 'admin'],
    scope: 'subtree',
    vi: 'Giao, sửa, hủy, gia hạn, nghiệm thu nhiệm vụ (cả người giao)',
    en: 'Issue, edit, cancel, reschedule and appraise tasks (also the assigner)',
    notOwnWork: true,
    rule: `${QD366_OWN_WORK}; Nghị định 335/2025/NĐ-CP, Điều 14`,
  },
  'tasks.work': {
    roles: [],
    scope: 'self',
    vi: 'Nhận, thực hiện, báo cáo tiến độ nhiệm vụ được giao',
    en: 'Acknowledge, carry out and report on one’s assigned tasks',
  },
  'tasks.volunteer': { roles: [], scope: 'self', vi: 'Đăng ký nhận nhiệm vụ khó', en: 'Volunteer for a hard task' },

  'plans.write_own': { roles: [], scope: 'self', vi: 'Lập, nộp kế hoạch tuần của mình', en: 'Write and submit one’s weekly plan' },
  'plans.read_approved': {
    roles: EVERY_ROLE,
    scope: 'subtree',
    vi: 'Xem kế hoạch tuần đã duyệt',
    en: 'Read approved weekly plans',
  },
  'plans.oversee': {
    roles: ['standing', 'office', 'admin'],
    scope: 'subtree',
    vi: 'Xem mọi kế hoạch tuần và tổng hợp đơn vị',
    en: 'Read every weekly plan and the unit overview',
  },
  'plans.review': {
    roles: ['standing'],
    scope: 'subtree',
    vi: 'Duyệt, trả lại kế hoạch tuần',
    en: 'Approve and return weekly plans',
    notOwnWork: true,
    rule: QD366_OWN_WORK,
  },
  'plans.deadline.read': {
    roles: EVERY_ROLE,
    scope: 'subtree',
    vi: 'Xem hạn nộp kế hoạch tuần',
    en: 'Read the weekly plan deadline',
  },
  'plans.deadline.write': {
    roles: ['standing', 'office', 'admin'],
    scope: 'subtree',
    vi: 'Đặt hạn nộp kế hoạch tuần',
    en: 'Set the weekly plan deadline',
  },

  'meetings.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem cuộc họp giao ban', en: 'Read briefing meetings' },
  'meetings.write': {
    roles: ['office', 'standing'],
    scope: 'subtree',
    vi: 'Lên lịch, sửa, kết thúc cuộc họp giao ban',
    en: 'Schedule, edit and close briefing meetings',
  },
  'responsibilities.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem phân công phụ trách', en: 'Read responsibilities' },
  'responsibilities.write': {
    roles: ['admin', 'organising', 'standing'],
    scope: 'subtree',
    vi: 'Phân công phụ trách',
    en: 'Assign responsibilities',
  },
  'indicators.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem chỉ tiêu đơn vị', en: 'Read unit indicators' },
  'planning.ladder.read': {
    roles: EVERY_ROLE,
    scope: 'anywhere',
    vi: 'Xem thang chức danh quy hoạch',
    en: 'Read the planning post ladder',
  },
  'planning.ladder.edit': {
    roles: ['admin'],
    scope: 'owner',
    vi: 'Sửa thang chức danh quy hoạch (quản trị đơn vị cấp cao nhất)',
    en: 'Edit the planning post ladder (administrator of a top-level unit)',
    rule: 'Quy định 377-QĐ/TW',
  },
  'planning.read': {
    roles: ['organising', 'standing'],
    scope: 'subtree',
    vi: 'Xem quy hoạch: của đơn vị mình (cả dự thảo); cấp trên xem quy hoạch đã phê duyệt của cấp dưới',
    en: 'Read plans: the own unit’s (drafts too); the level above reads its subordinates’ approved plans',
    rule: 'Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW',
  },
  'planning.inspect': {
    roles: ['inspection'],
    scope: 'subtree',
    vi: 'Kiểm tra quy hoạch (mọi quy hoạch trong phạm vi)',
    en: 'Inspect plans (every plan in scope)',
  },
  'planning.prepare': {
    roles: ['organising'],
    scope: 'subtree',
    vi: 'Chuẩn bị quy hoạch của đơn vị mình (ban tổ chức)',
    en: 'Prepare the own unit’s plan (organising body)',
    rule: 'Hướng dẫn 45-HD/BTCTW',
  },
  'planning.approve': {
    roles: ['standing'],
    scope: 'subtree',
    vi: 'Phê duyệt quy hoạch của đơn vị mình (ban thường vụ)',
    en: 'Approve the own unit’s plan (standing committee)',
    notOwnWork: true,
    rule: 'Quy định 377-QĐ/TW',
  },
  'commitments.write_own': {
    roles: [],
    scope: 'self',
    vi: 'Viết, nộp, báo cáo bản cam kết tu dưỡng, rèn luyện của mình',
    en: 'Write, submit and report on one’s annual commitment',
    rule: 'Quy định 366-QĐ/TW, Điều 6',
  },
  'commitments.read': {
    roles: ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Xem bản cam kết và danh sách chưa viết, chưa được đánh giá',
    en: 'Read commitments and the lists of who has not written or not been assessed',
    rule: 'Quy định 366-QĐ/TW, Điều 6',
  },
  'commitments.review': {
    roles: ['standing', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Duyệt, trả lại, đánh giá bản cam kết (chi bộ, đơn vị)',
    en: 'Approve, return and assess commitments (the cell or unit)',
    notOwnWork: true,
    rule: QD366_OWN_WORK,
  },
  'personnel.read': {
    roles: ['organising', 'standing', 'inspection'],
    scope: 'subtree',
    vi: 'Xem đề xuất, quyết định nhân sự (bổ nhiệm, luân chuyển, điều động…) và các bảng theo dõi',
    en: 'Read personnel proposals and decisions (appointment, rotation, transfer…) and their dashboards',
    rule: 'Quy định 377-QĐ/TW',
  },
  'personnel.read_own': {
    roles: [],
    scope: 'self',
    vi: 'Xem các quyết định nhân sự đã ban hành về mình',
    en: 'Read the decided personnel moves about oneself',
  },
  'personnel.propose': {
    roles: ['organising'],
    scope: 'subtree',
    vi: 'Đề xuất bổ nhiệm, giới thiệu ứng cử, luân chuyển, điều động, biệt phái, miễn nhiệm, cách chức (ban tổ chức)',
    en: 'Propose appointments, nominations, rotations, transfers, secondments, removals and dismissals (organising body)',
    rule: 'Quy định 377-QĐ/TW; Quy định 65-QĐ/TW',
  },
  'personnel.decide': {
    roles: ['standing'],
    scope: 'subtree',
    vi: 'Quyết định nhân sự theo thẩm quyền (ban thường vụ); không quyết định về chính mình hay đề xuất của mình',
    en: 'Decide personnel moves within its competence (standing committee); never about oneself or on one’s own proposal',
    notOwnWork: true,
    rule: 'Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP',
  },
  'cells.read': {
    roles: ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Xem chi bộ: đảng viên, sinh hoạt chi bộ, điểm danh, cảnh báo, đảng phí',
    en: 'Read Party cells: members, cell meetings, attendance, flags, dues',
    rule: 'Điều lệ Đảng, Điều 8, 21; Hướng dẫn 42-HD/BTCTW',
  },
  'cells.manage': {
    roles: ['organising', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Quản lý chi bộ: đảng viên, lịch và nội dung sinh hoạt, điểm danh, nghị quyết, đảng phí (bí thư chi bộ; ban tổ chức cấp ủy)',
    en: 'Manage Party cells: members, meeting calendar and content, attendance, resolutions, dues (cell secretary; the committee’s organising body)',
    rule: 'Điều lệ Đảng, Điều 24; Hướng dẫn 42-HD/BTCTW',
  },
  'cells.member': {
    roles: [],
    scope: 'self',
    vi: 'Đảng viên xem sinh hoạt, tài liệu, điểm danh và đảng phí của chi bộ mình',
    en: 'A member reads their own cell’s meetings, documents, attendance and dues',
  },
  'training.read': {
    roles: ['admin', 'organising', 'standing', 'inspection'],
    scope: 'subtree',
    vi: 'Xem hồ sơ đào tạo, bồi dưỡng, chuẩn chức danh và hỗ trợ đào tạo',
    en: 'Read training records, post standards and training support',
    rule: 'Quy định 377-QĐ/TW (tiêu chuẩn chức danh); Quy định 03-QĐ/HU',
  },
  'training.read_own': { roles: [], scope: 'self', vi: 'Xem hồ sơ đào tạo của chính mình', en: 'Read one’s own training record' },
  'training.write': {
    roles: ['organising'],
    scope: 'subtree',
    vi: 'Cập nhật, nhập từ Excel hồ sơ đào tạo; ghi chi hỗ trợ đào tạo (ban tổ chức)',
    en: 'Edit and import training records; record training-support payments (organising body)',
    rule: 'Quy định 03-QĐ/HU',
  },
  'exemplars.read': {
    roles: ['admin', 'organising', 'standing', 'office', 'inspection', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Xem sổ điển hình tiên tiến và báo cáo',
    en: 'Read the register of exemplary collectives and individuals and its report',
  },
  'exemplars.nominate': {
    roles: ['organising', 'standing', 'office', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Đề xuất điển hình tiên tiến (từ gợi ý khen thưởng hoặc do đơn vị đề xuất)',
    en: 'Nominate exemplary collectives and individuals (from commendation suggestions or by a unit)',
  },
  'exemplars.recognise': {
    roles: ['organising'],
    scope: 'subtree',
    vi: 'Ghi quyết định công nhận điển hình tiên tiến (ban tổ chức)',
    en: 'Record the recognising decision of an exemplar (organising body)',
    notOwnWork: true,
    rule: 'Chỉ thị 05-CT/TW',
  },
  'home.unit_block': {
    roles: ['standing', 'office', 'admin', 'cell_secretary'],
    scope: 'subtree',
    vi: 'Theo dõi công việc của đơn vị trên trang chủ (việc trễ, kế hoạch chờ duyệt, chỉ tiêu)',
    en: 'Follow the unit’s work on the home page (late tasks, plans to approve, indicators)',
  },
  'indicators.write': {
    roles: ['admin', 'standing', 'office'],
    scope: 'subtree',
    vi: 'Nhập chỉ tiêu và kết quả thực hiện',
    en: 'Enter indicator targets and actual values',
  },
  'summary.read': { roles: EVERY_ROLE, scope: 'subtree', vi: 'Xem, xuất báo cáo tổng hợp', en: 'Read and export the summary' },

  'notifications.inbox': { roles: [], scope: 'self', vi: 'Đọc thông báo của mình', en: 'Read one’s own notifications' },
  'notifications.settings.read': {
    roles: EVERY_ROLE,
    scope: 'subtree',
    vi: 'Xem cài đặt nhắc việc',
    en: 'Read reminder settings',
  },
  'notifications.settings.write': {
    roles: ['admin', 'standing', 'office'],
    scope: 'subtree',
    vi: 'Sửa cài đặt nhắc việc',
    en: 'Edit reminder settings',
  },

  'audit.read': {
    roles: ['admin', 'organising', 'inspection'],
    scope: 'subtree',
    vi: 'Xem nhật ký thao tác',
    en: 'Read the audit trail',
  },
  'audit.verify': {
    roles: ['admin', 'inspection'],
    scope: 'anywhere',
    vi: 'Kiểm tra tính toàn vẹn nhật ký',
    en: 'Verify the audit chain',
  },
  'audit.citizen_ids': {
    roles: ['admin', 'organising', 'inspection'],
    scope: 'anywhere',
    vi: 'Xem đầy đủ số định danh trong nhật ký',
    en: 'See citizen ID numbers in full inside audit data',
  },
  'accounts.manage': {
    roles: ['admin'],
    scope: 'subtree',
    vi: 'Quản lý tài khoản và phân quyền',
    en: 'Manage accounts and role bindings',
  },
  'jobs.follow': { roles: [], scope: 'self', vi: 'Theo dõi tác vụ nền mình khởi chạy', en: 'Follow one’s own background jobs' },
  'action_plans.write_own': {
    roles: [],
    scope: 'self',
    vi: 'Viết, nộp chương trình hành động của mình (người giữ chức vụ lãnh đạo)',
    en: 'Write and submit one’s own action plan (holders of a leadership post)',
    rule: 'Quy định 366-QĐ/TW, Điều 6',
  },
  'action_plans.read': {
    roles: ['admin', 'organising', 'standing', 'inspection'],
    scope: 'subtree',
    vi: 'Xem chương trình hành động của cán bộ lãnh đạo, đối chiếu chỉ tiêu và xếp loại',
    en: 'Read leaders’ action plans beside the units’ indicators and ratings',
    rule: 'Quy định 366-QĐ/TW, Điều 6',
  },
  'action_plans.review': {
    roles: ['standing'],
    scope: 'subtree',
    vi: 'Duyệt, trả lại chương trình hành động của cán bộ lãnh đạo (ban thường vụ)',
    en: 'Approve or return leaders’ action plans (standing committee)',
    notOwnWork: true,
    rule: QD366_OWN_WORK,
  },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;
export const Actions = Object.keys(PERMISSIONS) as Action[];

/** The roles that take `action` (the only way code learns a role list). */
export function rolesOf(action: Action): readonly Role[] {
  return (PERMISSIONS[action] as Permission).roles;
}

export function permissionOf(action: Action): Permission {
  return PERMISSIONS[action];
}

/**
 * The capabilities sent to the UI in `me.can` (record-independent: the account holds the action
 * somewhere), each named for the screen it opens and backed by one action of the matrix.
 */
export const CAPABILITIES = {
  manageAccounts: 'accounts.manage',
  editOrg: 'org.write',
  editPeople: 'people.write',
  importPeople: 'people.import',
  exportPeople: 'people.export',
  readAudit: 'audit.read',
  verifyAudit: 'audit.verify',
  /** Work screens: issue task slips, schedule briefings, oversee weekly plans, assign responsibilities. */
  issueTasks: 'tasks.issue',
  writeMeetings: 'meetings.write',
  overseePlans: 'plans.oversee',
  writeResponsibilities: 'responsibilities.write',
  /** Volunteer for a hard task, write one's own weekly plan (a person is linked to the account). */
  volunteer: 'tasks.volunteer',
  writePlan: 'plans.write_own',
  /** Evaluation: open periods; read the periods' results (the managers). */
  openPeriods: 'evaluation.open',
  readEvaluations: 'evaluation.read',
  /** Self-assess one's own evaluation (a person is linked to the account): the evaluation menu for a cadre. */
  selfAssess: 'evaluation.self_assess',
  /** The menu shows a page only to those who may use it: the people list, the units' indicators, a unit's conduct records. */
  readPeople: 'people.read',
  readIndicators: 'indicators.read',
  readConduct: 'conduct.read',
  /** Planning (sensitive): the organising body, the standing committee, inspection. */
  readPlanning: 'planning.read',
  inspectPlanning: 'planning.inspect',
  /** Annual commitments: write one's own (a person is linked to the account); read the unit's lists. */
  writeCommitment: 'commitments.write_own',
  readCommitments: 'commitments.read',
  /** Personnel decisions: the proposals and dashboards (organising body, standing committee, inspection); proposing. */
  readPersonnel: 'personnel.read',
  proposePersonnel: 'personnel.propose',
  /** Party cells: the committee's and the secretary's pages; a member's own cell. */
  readCells: 'cells.read',
  manageCells: 'cells.manage',
  myCell: 'cells.member',
  /** Training records and their reports (organising body, standing committee, inspection); the register of exemplars. */
  readTraining: 'training.read',
  editTraining: 'training.write',
  readExemplars: 'exemplars.read',
  nominateExemplars: 'exemplars.nominate',
  /** Leaders' action plans: one's own (a leadership post held today); the committee's side-by-side view. */
  writeActionPlan: 'action_plans.write_own',
  readActionPlans: 'action_plans.read',
} as const satisfies Record<string, Action>;

export type Capability = keyof typeof CAPABILITIES;

export const Capabilities = z.object(
  Object.fromEntries(Object.keys(CAPABILITIES).map((k) => [k, z.boolean()])) as Record<Capability, z.ZodBoolean>,
);
export type Capabilities = z.infer<typeof Capabilities>;
