// The weekly / monthly / quarterly summary of task results, its drill-down and its exports.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Summary, SummaryPageQuery, SummaryQuery, SummaryTaskList, SummaryTasksQuery } from '../../../contracts/summary.js';
import { api, buildUrl, type QueryParams } from '../api-client.js';

export type { Summary };
export type SummaryParams = z.input<typeof SummaryQuery>;
type SummaryPageParams = z.input<typeof SummaryPageQuery>;
export type DrillParams = z.input<typeof SummaryTasksQuery>;
export type SummaryTaskListData = z.infer<typeof SummaryTaskList>;

export function useSummary(q: SummaryPageParams | null) {
  return useQuery({
    queryKey: ['summary', q],
    queryFn: ({ signal }) => api.get<Summary>('/api/summary', q as QueryParams, { signal }),
    enabled: !!q,
    placeholderData: keepPreviousData,
  });
}

export function useSummaryTasks(q: DrillParams | null) {
  return useQuery({
    queryKey: ['summary', 'tasks', q],
    queryFn: ({ signal }) => api.get<SummaryTaskListData>('/api/summary/tasks', q as QueryParams, { signal }),
    enabled: !!q,
  });
}

export const exportUrl = (kind: 'xlsx' | 'pdf', q: SummaryParams) => buildUrl(`/api/summary/export.${kind}`, q);
