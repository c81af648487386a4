// Annual commitments: mine of a year, one by id, the unit's lists, and the commitment's life
// (write, edit, submit, return, approve, report, assess).
import { useQuery } from '@tanstack/react-query';
import type {
  CommitmentActionInput,
  CommitmentAssess,
  CommitmentOverview,
  CommitmentReport,
  CommitmentStage,
  CommitmentView,
  MyCommitment,
} from '../../../../contracts/commitments.js';
import type { z } from 'zod';
import { api } from '../../../lib/api-client.js';

export type { CommitmentOverview, CommitmentView, MyCommitment };
export type ActionValues = z.input<typeof CommitmentActionInput>;

export const commitmentKeys = {
  all: ['commitments'] as const,
  mine: (year: number) => ['commitments', 'mine', year] as const,
  overview: (unitId: string, year: number, stage: string, page: number) => ['commitments', 'overview', unitId, year, stage, page] as const,
  detail: (id: string) => ['commitments', 'detail', id] as const,
};

export function useMyCommitment(year: number, enabled = true) {
  return useQuery({
    queryKey: commitmentKeys.mine(year),
    enabled,
    queryFn: () => api.get<MyCommitment>('/api/commitments/mine', { year: String(year) }),
  });
}

export function useCommitment(id: string | undefined) {
  return useQuery({
    queryKey: commitmentKeys.detail(id ?? ''),
    queryFn: () => api.get<CommitmentView>(`/api/commitments/${id}`),
    enabled: !!id,
  });
}

export function useCommitmentOverview(unitId: string | undefined, year: number, stage: CommitmentStage | undefined, page: number) {
  return useQuery({
    queryKey: commitmentKeys.overview(unitId ?? '', year, stage ?? '', page),
    queryFn: () =>
      api.get<CommitmentOverview>('/api/commitments', { unitId, year: String(year), stage, page: String(page), pageSize: '50' }),
    enabled: !!unitId,
  });
}

export const createCommitment = (year: number, actions: ActionValues[]) => api.post<CommitmentView>('/api/commitments', { year, actions });
export const updateCommitment = (id: string, version: number, actions: ActionValues[]) =>
  api.put<CommitmentView>(`/api/commitments/${id}`, { version, actions });
export const submitCommitment = (id: string, version: number) => api.post<CommitmentView>(`/api/commitments/${id}/submit`, { version });
export const returnCommitment = (id: string, version: number, comment: string) =>
  api.post<CommitmentView>(`/api/commitments/${id}/return`, { version, comment });
export const approveCommitment = (id: string, version: number) => api.post<CommitmentView>(`/api/commitments/${id}/approve`, { version });
export const reportCommitment = (id: string, body: z.input<typeof CommitmentReport>) =>
  api.post<CommitmentView>(`/api/commitments/${id}/report`, body);
export const assessCommitment = (id: string, body: z.input<typeof CommitmentAssess>) =>
  api.post<CommitmentView>(`/api/commitments/${id}/assess`, body);
