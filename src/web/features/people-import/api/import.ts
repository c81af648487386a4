// People import: upload a workbook, then follow the job until it ends.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { JobView } from '../../../../contracts/jobs.js';
import type { ImportAccepted, ImportMode } from '../../../../contracts/people-excel.js';
import { api } from '../../../lib/api-client.js';

export const TEMPLATE_URL = '/api/people/import/template.xlsx';
export const errorFileUrl = (jobId: string) => `/api/jobs/${jobId}/errors.xlsx`;

export function uploadImport(file: File, unitId: string, mode: ImportMode) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<z.infer<typeof ImportAccepted>>('/api/people/import', form, { unitId, mode });
}

/** Polls every 500 ms while the job runs. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api.get<JobView>(`/api/jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 500),
    staleTime: 0,
  });
}
