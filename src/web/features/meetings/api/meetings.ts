// Briefing meetings: list, detail, create, edit, agenda, documents, attendance, conclusions, close.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgendaInput,
  AttendanceInput,
  ConclusionsInput,
  MeetingDetail,
  MeetingDocument,
  MeetingInput,
  MeetingList,
  MeetingUpdate,
} from '../../../../contracts/meetings.js';
import { api } from '../../../lib/api-client.js';

export type { MeetingDetail };
export type MeetingListData = z.infer<typeof MeetingList>;

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (unitId: string, from?: string, to?: string) => ['meetings', 'list', unitId, from ?? '', to ?? ''] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
};

export function useMeetings(unitId: string | undefined, from?: string, to?: string) {
  return useQuery({
    queryKey: meetingKeys.list(unitId ?? '', from, to),
    queryFn: () => api.get<MeetingListData>('/api/meetings', { unitId, from, to }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({ queryKey: meetingKeys.detail(id ?? ''), queryFn: () => api.get<MeetingDetail>(`/api/meetings/${id}`), enabled: !!id });
}

export const createMeeting = (body: z.input<typeof MeetingInput>) => api.post<MeetingDetail>('/api/meetings', body);
export const updateMeeting = (id: string, body: z.input<typeof MeetingUpdate>) => api.patch<MeetingDetail>(`/api/meetings/${id}`, body);
export const agendaFromSummary = (id: string, version: number) =>
  api.post<MeetingDetail>(`/api/meetings/${id}/agenda/from-summary`, { version });
export const setAgenda = (id: string, body: z.input<typeof AgendaInput>) => api.put<MeetingDetail>(`/api/meetings/${id}/agenda`, body);
export const setAttendance = (id: string, body: z.input<typeof AttendanceInput>) =>
  api.put<MeetingDetail>(`/api/meetings/${id}/attendance`, body);
export const setConclusions = (id: string, body: z.input<typeof ConclusionsInput>) =>
  api.put<MeetingDetail>(`/api/meetings/${id}/conclusions`, body);
export const closeMeeting = (id: string, version: number) => api.post<MeetingDetail>(`/api/meetings/${id}/close`, { version });

export function uploadDocument(id: string, file: File) {
  const form = new FormData();
  form.set('file', file, file.name);
  return api.upload<z.infer<typeof MeetingDocument>>(`/api/meetings/${id}/documents`, form);
}
export const documentUrl = (id: string, docId: string) => `/api/meetings/${id}/documents/${docId}`;

const vnParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO timestamp → its civil date and 'HH:mm' in Vietnam time. */
export function toVietnamParts(iso: string): { date: string; time: string } {
  const p = Object.fromEntries(vnParts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour === '24' ? '00' : p.hour}:${p.minute}` };
}

/** A civil date and 'HH:mm' typed in Vietnam time → an ISO timestamp with its offset. */
export const fromVietnamParts = (date: string, time: string) => `${date}T${time}:00+07:00`;
