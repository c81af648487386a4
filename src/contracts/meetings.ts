// Briefing meetings (giao ban): schedule, co-chairs and attendees, agenda (pulled from the week's
// summary), documents attached before the meeting, attendance, minutes, conclusions that become tasks.
//   POST  /api/meetings                                 MeetingInput → MeetingDetail (201)
//   GET   /api/meetings?unitId=&from=&to=               → MeetingList
//   GET   /api/meetings/:id                             → MeetingDetail
//   PATCH /api/meetings/:id                             MeetingUpdate → MeetingDetail
//   POST  /api/meetings/:id/agenda/from-summary         { version } → MeetingDetail
//   PUT   /api/meetings/:id/agenda                      AgendaInput → MeetingDetail
//   POST  /api/meetings/:id/documents                   multipart (field "file") → MeetingDocument (201)
//   GET   /api/meetings/:id/documents                   → MeetingDocument[]
//   GET   /api/meetings/:id/documents/:docId            → the file
//   PUT   /api/meetings/:id/attendance                  AttendanceInput → MeetingDetail
//   PUT   /api/meetings/:id/conclusions                 ConclusionsInput → MeetingDetail
//   POST  /api/meetings/:id/close                       { version } → MeetingDetail (conclusions become tasks)
import { z } from 'zod';
import { CivilDate, DateTime, Decimal, Id, RequiredText, Text, Version } from './common.js';
import { TEXT, WORK_UNITS } from './limits.js';

export const MeetingStatuses = ['scheduled', 'held', 'closed', 'cancelled'] as const;
export const MeetingStatus = z.enum(MeetingStatuses);

const title = RequiredText(TEXT.title);
const location = Text(TEXT.location);
const version = Version;
const isoDateTime = DateTime;

export const MeetingInput = z.object({
  unitId: Id,
  title,
  scheduledAt: isoDateTime,
  location: location.default(''),
  /** The co-chairs: the secretary and the People's Committee chair (1..3). */
  chairIds: z.array(Id).min(1).max(3),
  attendeeIds: z.array(Id).max(500).default([]),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

/** status: scheduled ↔ held, or cancelled; closing goes through POST /close. A closed or cancelled meeting no longer changes (409 meeting_closed). */
export const MeetingUpdate = z.object({
  version,
  title: title.optional(),
  scheduledAt: isoDateTime.optional(),
  location: location.optional(),
  minutes: Text(TEXT.minutes).optional(),
  status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
});
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;

export const VersionInput = z.object({ version });

export const AgendaInput = z.object({
  version,
  items: z.array(z.object({ title, presenterId: Id.nullish(), taskId: Id.nullish() })).max(100),
});
export type AgendaInput = z.infer<typeof AgendaInput>;

export const AttendanceInput = z
  .array(z.object({ personId: Id, attended: z.boolean(), absenceReason: Text(TEXT.note).nullish() }))
  .max(500);
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const ConclusionsInput = z.object({
  version,
  items: z
    .array(
      z.object({
        text: RequiredText(TEXT.longReason),
        targetUnitId: Id,
        leadPersonId: Id,
        dueDate: CivilDate,
        workUnits: Decimal(WORK_UNITS).default(1),
      }),
    )
    .max(100),
});
export type ConclusionsInput = z.infer<typeof ConclusionsInput>;

export const MeetingListQuery = z.object({ unitId: Id, from: CivilDate.optional(), to: CivilDate.optional() });

const PersonRef = z.object({ id: Id, fullName: z.string() });

export const MeetingSummaryItem = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  kind: z.string(),
  title: z.string(),
  scheduledAt: z.string(),
  location: z.string(),
  status: MeetingStatus,
  chairs: z.array(PersonRef),
  conclusionCount: z.number().int(),
});
export const MeetingList = z.object({ items: z.array(MeetingSummaryItem) });

export const MeetingParticipant = PersonRef.extend({
  role: z.enum(['chair', 'attendee']),
  attended: z.boolean().nullable(),
  absenceReason: z.string().nullable(),
});

export const AgendaItem = z.object({
  id: Id,
  ordinal: z.number().int(),
  title: z.string(),
  presenter: PersonRef.nullable(),
  taskId: Id.nullable(),
});

export const Conclusion = z.object({
  id: Id,
  ordinal: z.number().int(),
  text: z.string(),
  targetUnit: z.object({ id: Id, name: z.string() }),
  lead: PersonRef,
  dueDate: CivilDate,
  workUnits: z.number(),
  /** The task it became when the meeting closed, with its current status. */
  task: z.object({ id: Id, status: z.string(), completedOn: CivilDate.nullable() }).nullable(),
});

export const MeetingDocument = z.object({
  id: Id,
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});

export const MeetingDetail = MeetingSummaryItem.extend({
  minutes: z.string(),
  version: z.number().int(),
  participants: z.array(MeetingParticipant),
  agenda: z.array(AgendaItem),
  conclusions: z.array(Conclusion),
  documents: z.array(MeetingDocument),
  /** What the actor may do (the UI shows these, never re-implements the rules). */
  can: z.object({ edit: z.boolean(), close: z.boolean() }),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;
