// Kysely table types of Party cells (migration 2026120792_party-cells; schema.ts lists them in DB through
// `extends CellTables`). Civil dates are 'YYYY-MM-DD' strings, months 'YYYY-MM'.
import type { Generated } from 'kysely';

export type MembershipKind = 'official' | 'temporary';
export type JoinedHow = 'admission' | 'official_transfer' | 'temporary_transfer' | 'readmission';
export type LeftHow = 'official_transfer' | 'temporary_transfer' | 'removal' | 'expulsion' | 'resignation' | 'death';
export type CellMeetingKind = 'regular' | 'themed' | 'combined';
export type AttendanceStatus = 'present' | 'excused' | 'unexcused';
export type DuesStatus = 'paid' | 'unpaid' | 'excused';

export interface PublicHolidayTable {
  day: string;
  name: string;
}
export interface PartyMembershipTable {
  id: string;
  person_id: string;
  cell_id: string;
  kind: MembershipKind;
  from_on: string;
  to_on: string | null;
  joined_how: JoinedHow;
  left_how: LeftHow | null;
  admission_decision_on: string | null;
  ceremony_on: string | null;
  full_vote_on: string | null;
  full_decision_on: string | null;
  /** The recorded exception to the admission age rule (the decision and its reason), if any. */
  age_exception: string | null;
  card_number: string | null;
  exempt_from: string | null;
  exempt_decision: string | null;
  suspended_from: string | null;
  exempt_decision_on: string | null;
  exempt_to: string | null;
  suspended_decision: string | null;
  suspended_decision_on: string | null;
  suspended_to: string | null;
  note: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface CellMeetingTable {
  id: string;
  cell_id: string;
  kind: CellMeetingKind;
  month: string;
  planned_at: Date;
  place: Generated<string>;
  topic: Generated<string>;
  prep_meeting_on: string | null;
  agenda: Generated<string>;
  documents: Generated<string>;
  documents_posted_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  minutes: Generated<string>;
  resolution: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface CellAttendanceTable {
  meeting_id: string;
  person_id: string;
  status: AttendanceStatus;
  reason: Generated<string>;
}
export interface CellMeetingGuestTable {
  id: string;
  meeting_id: string;
  person_id: string | null;
  name: string;
  post: Generated<string>;
  assigned: Generated<boolean>;
  attended: boolean | null;
  report: Generated<string>;
}
export interface CellMeetingTaskTable {
  meeting_id: string;
  task_id: string;
}
export interface PartyDuesTable {
  person_id: string;
  month: string;
  cell_id: string;
  amount: number;
  status: DuesStatus;
  paid_on: string | null;
  reason: Generated<string>;
  version: Generated<number>;
}

export interface CellTables {
  public_holiday: PublicHolidayTable;
  party_membership: PartyMembershipTable;
  cell_meeting: CellMeetingTable;
  cell_attendance: CellAttendanceTable;
  cell_meeting_guest: CellMeetingGuestTable;
  cell_meeting_task: CellMeetingTaskTable;
  party_dues: PartyDuesTable;
}
