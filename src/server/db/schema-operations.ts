// Kysely table types of briefing meetings, notifications and unit indicators (split from schema.ts by
// sub-resource; schema.ts re-exports them and lists them in DB).
import type { Generated } from 'kysely';
import type { Json, Numeric } from './schema.js';

export interface MeetingTable {
  id: string;
  unit_id: string;
  kind: 'briefing' | 'cell_regular' | 'cell_themed';
  title: string;
  scheduled_at: Date;
  location: Generated<string>;
  status: Generated<'scheduled' | 'held' | 'closed' | 'cancelled'>;
  minutes: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface MeetingParticipantTable {
  meeting_id: string;
  person_id: string;
  role: 'chair' | 'attendee';
  attended: boolean | null;
  absence_reason: string | null;
  /** Order of the co-chairs (migration 2026112214); 0 for attendees. */
  ordinal: Generated<number>;
}
export interface MeetingAgendaItemTable {
  id: string;
  meeting_id: string;
  ordinal: number;
  title: string;
  presenter_id: string | null;
  task_id: string | null;
}
export interface MeetingConclusionTable {
  id: string;
  meeting_id: string;
  ordinal: number;
  text: string;
  target_unit_id: string;
  lead_person_id: string;
  due_date: string;
  work_units: Generated<number>;
  task_id: string | null;
}
export interface NotificationTable {
  id: string;
  person_id: string;
  kind: string;
  task_id: string | null;
  meeting_id: string | null;
  params: Json;
  dedupe_key: string;
  created_at: Generated<Date>;
  read_at: Date | null;
  emailed_at: Date | null;
}
export interface IndicatorTable {
  id: string;
  unit_id: string;
  year: number;
  code: string;
  name: string;
  measure: Generated<string>;
  target: Numeric;
  direction: Generated<'increase' | 'decrease'>;
  version: Generated<number>;
}
export interface IndicatorActualTable {
  id: string;
  indicator_id: string;
  period_end: string;
  value: Numeric;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}
