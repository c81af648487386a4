// Meeting responses: fields listed explicitly; people appear as id + full name only.
import type { z } from 'zod';
import type { MeetingDetail, MeetingSummaryItem } from '../../../contracts/meetings.js';
import type { MeetingAccess } from './meetings.policy.js';
import type * as q from './meetings.queries.js';

type Rows<F extends (...a: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function presentListItem(
  m: Rows<typeof q.listMeetings>[number],
  chairs: Array<{ id: string; fullName: string }>,
): z.infer<typeof MeetingSummaryItem> {
  return {
    id: m.id,
    unitId: m.unit_id,
    unitName: m.unit_name,
    kind: m.kind,
    title: m.title,
    scheduledAt: iso(m.scheduled_at),
    location: m.location,
    status: m.status,
    chairs,
    conclusionCount: Number(m.conclusion_count),
  };
}

export function presentDetail(
  m: q.MeetingRow,
  parts: Rows<typeof q.participants>,
  agenda: Rows<typeof q.agenda>,
  conclusions: Rows<typeof q.conclusions>,
  docs: Rows<typeof q.documents>,
  access: MeetingAccess,
): MeetingDetail {
  const open = m.status === 'scheduled' || m.status === 'held';
  return {
    id: m.id,
    unitId: m.unit_id,
    unitName: m.unit_name,
    kind: m.kind,
    title: m.title,
    scheduledAt: iso(m.scheduled_at),
    location: m.location,
    status: m.status,
    minutes: m.minutes,
    version: m.version,
    chairs: parts.filter((p) => p.role === 'chair').map((p) => ({ id: p.person_id, fullName: p.full_name })),
    conclusionCount: conclusions.length,
    participants: parts.map((p) => ({
      id: p.person_id,
      fullName: p.full_name,
      role: p.role,
      attended: p.attended,
      absenceReason: p.absence_reason,
    })),
    agenda: agenda.map((a) => ({
      id: a.id,
      ordinal: a.ordinal,
      title: a.title,
      taskId: a.task_id,
      presenter: a.presenter_id ? { id: a.presenter_id, fullName: a.presenter_name } : null,
    })),
    conclusions: conclusions.map((c) => ({
      id: c.id,
      ordinal: c.ordinal,
      text: c.text,
      targetUnit: { id: c.target_unit_id, name: c.target_unit_name },
      lead: { id: c.lead_person_id, fullName: c.lead_name },
      dueDate: c.due_date,
      workUnits: Number(c.work_units),
      task: c.task_id ? { id: c.task_id, status: c.task_status ?? 'new', completedOn: c.task_completed_on ?? null } : null,
    })),
    documents: docs.map(presentDocument),
    can: { edit: access.write && open, close: access.write && open },
  };
}

export function presentDocument(d: Rows<typeof q.documents>[number]) {
  return { id: d.id, fileName: d.file_name, mimeType: d.mime_type, sizeBytes: Number(d.size_bytes), uploadedAt: iso(d.uploaded_at) };
}
