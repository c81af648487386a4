// Tasks: the board and calendar reads, the detail, issuing (slip, volunteered) and the life of a task.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CalendarResponse,
  TaskAppraise,
  TaskCancel,
  TaskComplete,
  TaskCreate,
  TaskDetail,
  TaskDueChange,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
  VolunteerCreate,
} from '../../../../contracts/tasks.js';
import { api, type QueryParams } from '../../../lib/api-client.js';

export type TaskPageData = z.infer<typeof TaskPage>;
export type TaskFilter = Partial<z.input<typeof TaskListQuery>>;
export type { TaskDetail };

export const taskKeys = {
  all: ['tasks'] as const,
  list: (q: TaskFilter) => ['tasks', 'list', q] as const,
  calendar: (unitId: string, from: string, to: string) => ['tasks', 'calendar', unitId, from, to] as const,
  detail: (id: string) => ['tasks', 'detail', id] as const,
};

export function useTasks(q: TaskFilter, enabled = true) {
  return useQuery({
    queryKey: taskKeys.list(q),
    queryFn: ({ signal }) => api.get<TaskPageData>('/api/tasks', q as QueryParams, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTaskCalendar(unitId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: taskKeys.calendar(unitId ?? '', from, to),
    queryFn: ({ signal }) => api.get<z.infer<typeof CalendarResponse>>('/api/tasks/calendar', { unitId, from, to }, { signal }),
    enabled: !!unitId,
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({ queryKey: taskKeys.detail(id ?? ''), queryFn: () => api.get<TaskDetail>(`/api/tasks/${id}`), enabled: !!id });
}

export const createTask = (body: z.input<typeof TaskCreate>) => api.post<TaskDetail>('/api/tasks', body);
export const volunteerTask = (body: z.input<typeof VolunteerCreate>) => api.post<TaskDetail>('/api/tasks/volunteer', body);

export const updateTask = (id: string, body: z.input<typeof TaskUpdate>) => api.patch<TaskDetail>(`/api/tasks/${id}`, body);
export const acknowledgeTask = (id: string, version: number) => api.post<TaskDetail>(`/api/tasks/${id}/acknowledge`, { version });
export const startTask = (id: string, version: number) => api.post<TaskDetail>(`/api/tasks/${id}/start`, { version });
export const completeTask = (id: string, body: z.input<typeof TaskComplete>) => api.post<TaskDetail>(`/api/tasks/${id}/complete`, body);
export const appraiseTask = (id: string, body: z.input<typeof TaskAppraise>) => api.post<TaskDetail>(`/api/tasks/${id}/appraise`, body);
export const changeDueDate = (id: string, body: z.input<typeof TaskDueChange>) => api.post<TaskDetail>(`/api/tasks/${id}/due-date`, body);
export const cancelTask = (id: string, body: z.input<typeof TaskCancel>) => api.post<TaskDetail>(`/api/tasks/${id}/cancel`, body);
export const markMilestoneDone = (id: string, milestoneId: string, body: { version?: number; doneOn: string; note?: string }) =>
  api.post<TaskDetail>(`/api/tasks/${id}/milestones/${milestoneId}/done`, body);

/** A progress report with files goes as multipart (fields progress, note, version, files). */
export function reportProgress(id: string, body: { version?: number; progress: number; note: string }, files: File[]) {
  if (files.length === 0) return api.post<TaskDetail>(`/api/tasks/${id}/progress`, body);
  const form = new FormData();
  form.set('progress', String(body.progress));
  form.set('note', body.note);
  if (body.version !== undefined) form.set('version', String(body.version));
  for (const f of files) form.append('files', f, f.name);
  return api.upload<TaskDetail>(`/api/tasks/${id}/progress`, form);
}

export const attachmentUrl = (id: string) => `/api/attachments/${id}`;
