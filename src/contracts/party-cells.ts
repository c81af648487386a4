// Party cells (chi bộ — Điều lệ Đảng; Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW): members' memberships with
// their history, the cell's meetings with attendance, documents, guests, resolutions and tasks, the
// Charter's flags, dues, and the committee's dashboard.
import { z } from 'zod';
import { CivilDate, DateTime, Id, Int32, QueryInt, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'v.month')
  .describe('A month YYYY-MM');
export const MembershipKind = z.enum(['official', 'temporary']);
export const JoinedHow = z.enum(['admission', 'official_transfer', 'temporary_transfer', 'readmission']);
export const LeftHow = z.enum(['official_transfer', 'temporary_transfer', 'removal', 'expulsion', 'resignation', 'death']);
export const CellMeetingKind = z.enum(['regular', 'themed', 'combined']);
export const AttendanceStatus = z.enum(['present', 'excused', 'unexcused']);
export const DuesStatus = z.enum(['paid', 'unpaid', 'excused']);

/** A rule finding as the reader sees it: the stable code, the citation and the worded explanation. */
export const Finding = z.object({ code: z.string(), ok: z.boolean(), rule: z.string(), message: z.string() });
export type Finding = z.infer<typeof Finding>;

export const MembershipView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  cellId: z.string(),
  cellName: z.string(),
  kind: MembershipKind,
  status: z.enum(['probationary', 'full']),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  joinedHow: JoinedHow,
  leftHow: LeftHow.nullable(),
  admissionDecisionOn: z.string().nullable(),
  ceremonyOn: z.string().nullable(),
  probationEndsOn: z.string().nullable(),
  fullVoteOn: z.string().nullable(),
  fullDecisionOn: z.string().nullable(),
  partyAgeYears: z.number().nullable(),
  cardNumber: z.string().nullable(),
  ageException: z.string().nullable(),
  exemptFrom: z.string().nullable(),
  suspendedFrom: z.string().nullable(),
  /** Exemption from Party work and suspension, each with its decision and end (Điều lệ Đảng; HD 06). */
  standing: z.array(
    z.object({
      kind: z.enum(['exempt', 'suspended']),
      fromOn: z.string(),
      toOn: z.string().nullable(),
      decision: z.string().nullable(),
      decisionOn: z.string().nullable(),
      /** In force on the day the view is read for. */
      current: z.boolean(),
    }),
  ),
  /** Official transfer out: the deadlines in working days (Hướng dẫn 06-HD/TW). */
  transfer: z.object({ fileBy: z.string(), presentBy: z.string() }).nullable(),
  version: z.number(),
});
export type MembershipView = z.infer<typeof MembershipView>;

export const CreateMembershipRequest = z.strictObject({
  personId: Id,
  kind: MembershipKind,
  fromOn: CivilDate,
  joinedHow: JoinedHow,
  admissionDecisionOn: CivilDate.nullable().optional(),
  ceremonyOn: CivilDate.nullable().optional(),
  /** A member who joins already full (a transfer, the existing roll): the vote and the decision. */
  fullVoteOn: CivilDate.nullable().optional(),
  fullDecisionOn: CivilDate.nullable().optional(),
  cardNumber: Text(40).nullable().optional(),
  /** The recorded exception to the admission age rule (the decision and its reason). */
  ageException: Text(TEXT.note).nullable().optional(),
  /** The cell's consideration, the day the admission age is counted (default: the admission decision). */
  consideredOn: CivilDate.nullable().optional(),
});
export const FullMembershipRequest = z.strictObject({ version: Version, voteOn: CivilDate, decisionOn: CivilDate.nullable().optional() });
export const EndMembershipRequest = z.strictObject({ version: Version, toOn: CivilDate, leftHow: LeftHow });

export const MeetingSummary = z.object({
  id: z.string(),
  kind: CellMeetingKind,
  month: z.string(),
  plannedAt: z.string(),
  place: z.string(),
  topic: z.string(),
  status: z.enum(['planned', 'held', 'cancelled']),
  documentsPosted: z.boolean(),
  present: z.number(),
  expected: z.number(),
  flags: z.array(Finding),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MemberFlag = z.object({
  personId: z.string(),
  name: z.string(),
  skippedMonths: z.array(z.string()),
  unpaidMonths: z.array(z.string()),
  finding: Finding,
});
export const CellFlags = z.object({
  members: z.array(MemberFlag),
  cadence: z.array(Finding),
  probationDue: z.array(z.object({ personId: z.string(), name: z.string(), membershipId: z.string(), finding: Finding })),
});

export const CellView = z.object({
  cell: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  year: z.number(),
  members: z.array(MembershipView),
  meetings: z.array(MeetingSummary),
  flags: CellFlags,
  actions: z.object({ manage: z.boolean() }),
});
export type CellView = z.infer<typeof CellView>;
export const CellQuery = z.object({ asOf: CivilDate.optional() });

export const CreateMeetingRequest = z.strictObject({
  kind: CellMeetingKind,
  plannedAt: DateTime,
  place: Text(TEXT.location).optional(),
  topic: Text(TEXT.title).optional(),
  prepMeetingOn: CivilDate.nullable().optional(),
  agenda: Text(TEXT.planText).optional(),
});
export const UpdateMeetingRequest = z.strictObject({
  version: Version,
  plannedAt: DateTime,
  place: Text(TEXT.location),
  topic: Text(TEXT.title),
  prepMeetingOn: CivilDate.nullable(),
  agenda: Text(TEXT.planText),
  startedAt: DateTime.nullable(),
  endedAt: DateTime.nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  minutes: Text(20_000),
  resolution: Text(20_000),
});
export const PostDocumentsRequest = z.strictObject({ version: Version, documents: RequiredText(20_000) });
export const AttendanceRequest = z.strictObject({
  version: Version,
  marks: z.array(z.strictObject({ personId: Id, status: AttendanceStatus, reason: Text(TEXT.note).optional() })).max(2000),
});
export const AddGuestRequest = z.strictObject({
  version: Version,
  personId: Id.nullable().optional(),
  name: RequiredText(TEXT.name),
  post: Text(TEXT.postTitle).optional(),
  assigned: z.boolean().optional(),
  attended: z.boolean().nullable().optional(),
  report: Text(TEXT.planText).optional(),
});
export const AssignTaskRequest = z.strictObject({
  version: Version,
  title: RequiredText(TEXT.title),
  leadId: Id,
  dueDate: CivilDate,
});

export const MeetingView = MeetingSummary.extend({
  cellId: z.string(),
  cellName: z.string(),
  prepMeetingOn: z.string().nullable(),
  agenda: z.string(),
  documents: z.string(),
  documentsPostedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  minutes: z.string(),
  resolution: z.string(),
  attendance: z.array(z.object({ personId: z.string(), name: z.string(), status: AttendanceStatus.nullable(), reason: z.string() })),
  guests: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      post: z.string(),
      assigned: z.boolean(),
      attended: z.boolean().nullable(),
      report: z.string(),
    }),
  ),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), leadName: z.string(), dueDate: z.string(), status: z.string() })),
  quality: z.object({ quality: z.boolean(), indicators: z.array(Finding) }),
  version: z.number(),
  actions: z.object({ manage: z.boolean() }),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const DuesRequest = z.strictObject({
  month: Month,
  entries: z
    .array(
      z.strictObject({
        personId: Id,
        amount: Int32(0, 100_000_000),
        status: DuesStatus,
        paidOn: CivilDate.nullable().optional(),
        reason: Text(TEXT.note).optional(),
      }),
    )
    .min(1)
    .max(2000),
});
export const DuesView = z.object({
  month: z.string(),
  rows: z.array(
    z.object({ personId: z.string(), name: z.string(), amount: z.number(), status: DuesStatus.nullable(), paidOn: z.string().nullable() }),
  ),
  collected: z.number(),
  paid: z.number(),
  unpaid: z.number(),
});
export const DuesQuery = z.object({ month: Month });

export const DashboardQuery = z.object({
  month: Month.optional(),
  asOf: CivilDate.optional(),
  /** The per-cell list is paged (a province has ~3,500 cells); the totals and flags cover every cell. */
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 200).default(50),
});
export const DashboardCell = z.object({
  cellId: z.string(),
  name: z.string(),
  members: z.number(),
  probationary: z.number(),
  regularHeld: z.boolean(),
  themedHeldInQuarter: z.boolean(),
  attendancePercent: z.number().nullable(),
  paperless: z.boolean().nullable(),
  memberFlags: z.number(),
  cadenceFlags: z.number(),
  probationDue: z.number(),
  duesCollected: z.number(),
});
export const DashboardView = z.object({
  unit: z.object({ id: z.string(), name: z.string() }),
  month: z.string(),
  asOf: z.string(),
  cells: z.array(DashboardCell),
  /** The page of `cells` shown; the number of cells is totals.cells. */
  page: z.number(),
  pageSize: z.number(),
  totals: z.object({
    cells: z.number(),
    regularHeld: z.number(),
    themedHeldInQuarter: z.number(),
    members: z.number(),
    attendancePercent: z.number().nullable(),
    paperlessPercent: z.number().nullable(),
    memberFlags: z.number(),
    probationDue: z.number(),
    duesCollected: z.number(),
  }),
  flagged: z.array(MemberFlag.extend({ cellId: z.string(), cellName: z.string() })),
});
export type DashboardView = z.infer<typeof DashboardView>;

export const TimelineView = z.object({ personId: z.string(), name: z.string(), memberships: z.array(MembershipView) });
export const MyCellsView = z.object({
  memberships: z.array(MembershipView),
  meetings: z.array(
    MeetingSummary.extend({
      cellName: z.string(),
      documents: z.string(),
      resolution: z.string(),
      myStatus: AttendanceStatus.nullable(),
    }),
  ),
  dues: z.array(z.object({ month: z.string(), amount: z.number(), status: DuesStatus })),
});

/** Exemption from Party work ('exempt') or suspension ('suspended'): its start with the decision. */
export const StandingKind = z.enum(['exempt', 'suspended']);
export const StartStandingRequest = z.strictObject({
  version: Version,
  kind: StandingKind,
  fromOn: CivilDate,
  decisionNumber: RequiredText(200),
  decisionOn: CivilDate,
});
export const EndStandingRequest = z.strictObject({ version: Version, kind: StandingKind, toOn: CivilDate });
