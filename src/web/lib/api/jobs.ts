// Long jobs (imports, period open and close): follow one until it ends.
import { useQuery } from '@tanstack/react-query';
import type { JobView } from '../../../contracts/jobs.js';
import { api } from '../api-client.js';

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
