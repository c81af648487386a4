// Evaluation (Quy định 366-QĐ/TW; Nghị định 335/2025/NĐ-CP): periods, the three steps, quota,
// publication and close. Every call goes to /api/evaluation/… (see contracts/evaluation.ts).
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EvaluationListQuery,
  EvaluationPage,
  EvaluationView,
  EvidenceList,
  EvidenceMetric,
  JobAccepted,
  OpenPeriodRequest,
  PeriodDetail,
  PeriodList,
} from '../../../../contracts/evaluation.js';
import type {
  AppraisalRequest,
  DecisionRequest,
  DecisionSetRequest,
  DecisionSetResult,
  PublishResult,
  QuotaExceptionRequest,
  QuotaExceptionView,
  QuotaView,
  SelfRequest,
} from '../../../../contracts/evaluation-steps.js';
import { api, type QueryParams } from '../../../lib/api-client.js';

export type EvaluationFilter = Partial<z.input<typeof EvaluationListQuery>>;
export type EvaluationItem = EvaluationPage['items'][number];

export const evalKeys = {
  all: ['evaluation'] as const,
  periods: (q: QueryParams) => ['evaluation', 'periods', q] as const,
  period: (id: string) => ['evaluation', 'period', id] as const,
  list: (id: string, q: EvaluationFilter) => ['evaluation', 'list', id, q] as const,
  quota: (id: string, unitId: string, group: string) => ['evaluation', 'quota', id, unitId, group] as const,
  mine: (periodId: string) => ['evaluation', 'mine', periodId] as const,
  one: (id: string) => ['evaluation', 'one', id] as const,
  evidence: (id: string, metric: string) => ['evaluation', 'evidence', id, metric] as const,
};

export function usePeriods(q: QueryParams) {
  return useQuery({
    queryKey: evalKeys.periods(q),
    queryFn: () => api.get<PeriodList>('/api/evaluation/periods', q),
    placeholderData: keepPreviousData,
  });
}

export function usePeriod(id: string | undefined) {
  return useQuery({
    queryKey: evalKeys.period(id ?? ''),
    queryFn: () => api.get<PeriodDetail>(`/api/evaluation/periods/${id}`),
    enabled: !!id,
  });
}

export function usePeriodEvaluations(id: string | undefined, q: EvaluationFilter, enabled = true) {
  return useQuery({
    queryKey: evalKeys.list(id ?? '', q),
    queryFn: () => api.get<EvaluationPage>(`/api/evaluation/periods/${id}/evaluations`, q as QueryParams),
    enabled: !!id && enabled,
    placeholderData: keepPreviousData,
  });
}

export function useQuota(periodId: string, unitId: string, cadreGroup: string) {
  return useQuery({
    queryKey: evalKeys.quota(periodId, unitId, cadreGroup),
    queryFn: () => api.get<QuotaView>(`/api/evaluation/periods/${periodId}/quota`, { unitId, cadreGroup }),
  });
}

export function useMyEvaluation(periodId: string | undefined) {
  return useQuery({
    queryKey: evalKeys.mine(periodId ?? ''),
    queryFn: () => api.get<EvaluationView>('/api/evaluation/mine', { periodId }),
    enabled: !!periodId,
  });
}

export function useEvaluation(id: string | undefined) {
  return useQuery({ queryKey: evalKeys.one(id ?? ''), queryFn: () => api.get<EvaluationView>(`/api/evaluation/${id}`), enabled: !!id });
}

export function useEvidence(id: string, metric: EvidenceMetric | null) {
  return useQuery({
    queryKey: evalKeys.evidence(id, metric ?? ''),
    queryFn: () => api.get<EvidenceList>(`/api/evaluation/${id}/evidence`, { metric }),
    enabled: !!metric,
  });
}

/** Everything evaluation-related may change after a step: refetch it all. */
export function useInvalidateEvaluation() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: evalKeys.all });
}

export const evaluationApi = {
  openPeriod: (body: z.input<typeof OpenPeriodRequest>) => api.post<JobAccepted>('/api/evaluation/periods', body),
  closePeriod: (id: string, version: number) => api.post<JobAccepted>(`/api/evaluation/periods/${id}/close`, { version }),
  quotaException: (periodId: string, body: QuotaExceptionRequest) =>
    api.post<QuotaExceptionView>(`/api/evaluation/periods/${periodId}/quota-exceptions`, body),
  decideSet: (periodId: string, body: DecisionSetRequest) =>
    api.post<DecisionSetResult>(`/api/evaluation/periods/${periodId}/decisions`, body),
  publish: (periodId: string, unitId?: string) => api.post<PublishResult>(`/api/evaluation/periods/${periodId}/publish`, { unitId }),
  saveSelf: (id: string, body: z.input<typeof SelfRequest>) => api.put<EvaluationView>(`/api/evaluation/${id}/self`, body),
  submitSelf: (id: string, version: number) => api.post<EvaluationView>(`/api/evaluation/${id}/self/submit`, { version }),
  appraise: (id: string, body: z.input<typeof AppraisalRequest>) => api.put<EvaluationView>(`/api/evaluation/${id}/appraisal`, body),
  decide: (id: string, body: DecisionRequest) => api.put<EvaluationView>(`/api/evaluation/${id}/decision`, body),
  refresh: (id: string, version: number) => api.post<EvaluationView>(`/api/evaluation/${id}/refresh`, { version }),
};
