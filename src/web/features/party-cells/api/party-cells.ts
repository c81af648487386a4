// Party cells: a cell, its meetings (documents, attendance, resolution, tasks), dues, the committee's
// dashboard and a member's own cell.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssignTaskRequest,
  AttendanceRequest,
  CellView,
  CreateMeetingRequest,
  DashboardView,
  MeetingView,
  MyCellsView,
  UpdateMeetingRequest,
} from '../../../../contracts/party-cells.js';
import { api } from '../../../lib/api-client.js';

export type { CellView, DashboardView, MeetingView };
export type MyCells = z.infer<typeof MyCellsView>;

export const cellKeys = {
  all: ['party-cells'] as const,
  cell: (id: string) => ['party-cells', 'cell', id] as const,
  meeting: (id: string) => ['party-cells', 'meeting', id] as const,
  dashboard: (unitId: string, month: string, page = 1) => ['party-cells', 'dashboard', unitId, month, page] as const,
  mine: ['party-cells', 'mine'] as const,
};

export const useCell = (id: string | undefined) =>
  useQuery({ queryKey: cellKeys.cell(id ?? ''), queryFn: () => api.get<CellView>(`/api/party-cells/cells/${id}`), enabled: !!id });
export const useCellMeeting = (id: string | undefined) =>
  useQuery({ queryKey: cellKeys.meeting(id ?? ''), queryFn: () => api.get<MeetingView>(`/api/party-cells/meetings/${id}`), enabled: !!id });
export const useDashboard = (unitId: string | undefined, month: string, page = 1) =>
  useQuery({
    queryKey: cellKeys.dashboard(unitId ?? '', month, page),
    queryFn: () => api.get<DashboardView>(`/api/party-cells/units/${unitId}/dashboard`, { month, page }),
    enabled: !!unitId,
  });
export const useMyCells = (enabled: boolean) =>
  useQuery({ queryKey: cellKeys.mine, queryFn: () => api.get<MyCells>('/api/party-cells/mine'), enabled });

export const createCellMeeting = (cellId: string, body: z.input<typeof CreateMeetingRequest>) =>
  api.post<MeetingView>(`/api/party-cells/cells/${cellId}/meetings`, body);
export const updateCellMeeting = (id: string, body: z.input<typeof UpdateMeetingRequest>) =>
  api.put<MeetingView>(`/api/party-cells/meetings/${id}`, body);
export const postCellDocuments = (id: string, version: number, documents: string) =>
  api.post<MeetingView>(`/api/party-cells/meetings/${id}/documents`, { version, documents });
export const takeCellAttendance = (id: string, body: z.input<typeof AttendanceRequest>) =>
  api.put<MeetingView>(`/api/party-cells/meetings/${id}/attendance`, body);
export const assignCellTask = (id: string, body: z.input<typeof AssignTaskRequest>) =>
  api.post<MeetingView>(`/api/party-cells/meetings/${id}/tasks`, body);

const vnParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO instant → its civil date and 'HH:mm' in Vietnam time. */
export function toVnParts(iso: string): { date: string; time: string } {
  const p = Object.fromEntries(vnParts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour === '24' ? '00' : p.hour}:${p.minute}` };
}
/** A civil date and 'HH:mm' in Vietnam time → an ISO instant with its offset. */
export const vnInstant = (date: string, time: string) => `${date}T${time}:00+07:00`;
/** 'YYYY-MM' → 'mm/yyyy'. */
export const viMonth = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
