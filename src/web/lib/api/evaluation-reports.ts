// The evaluation outputs (see contracts/evaluation-reports.ts): a period's distribution and
// ranking, a person's history across periods, the commendation suggestions, and the paths of the
// printable documents (fetched by components/download-button.tsx).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CommendationList,
  CommendationQuery,
  Distribution,
  DistributionQuery,
  EvaluationHistory,
} from '../../../contracts/evaluation-reports.js';
import { api, type QueryParams } from '../api-client.js';

export type { CommendationList, Distribution, EvaluationHistory };
export type DistributionParams = Partial<z.input<typeof DistributionQuery>>;
export type CommendationParams = z.input<typeof CommendationQuery>;
export type FileFormat = 'pdf' | 'xlsx';

export const reportKeys = {
  all: ['evaluation-reports'] as const,
  distribution: (periodId: string, q: DistributionParams) => ['evaluation-reports', 'distribution', periodId, q] as const,
  history: (personId: string) => ['evaluation-reports', 'history', personId] as const,
  commendations: (q: CommendationParams | null) => ['evaluation-reports', 'commendations', q] as const,
};

export function useDistribution(periodId: string | undefined, q: DistributionParams, enabled = true) {
  return useQuery({
    queryKey: reportKeys.distribution(periodId ?? '', q),
    queryFn: ({ signal }) => api.get<Distribution>(`/api/evaluation/periods/${periodId}/distribution`, q as QueryParams, { signal }),
    enabled: !!periodId && enabled,
    placeholderData: keepPreviousData,
  });
}

export function useEvaluationHistory(personId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: reportKeys.history(personId ?? ''),
    queryFn: ({ signal }) => api.get<EvaluationHistory>(`/api/people/${personId}/evaluation-history`, undefined, { signal }),
    enabled: !!personId && enabled,
  });
}

export function useCommendations(q: CommendationParams | null) {
  return useQuery({
    queryKey: reportKeys.commendations(q),
    queryFn: ({ signal }) => api.get<CommendationList>('/api/evaluation/commendations', q as QueryParams, { signal }),
    enabled: !!q,
    placeholderData: keepPreviousData,
  });
}

/** The printable documents' API paths. */
export const reportFiles = {
  form: (evaluationId: string, format: FileFormat) => `/api/evaluation/${evaluationId}/form.${format}`,
  collective: (periodId: string, format: FileFormat) => `/api/evaluation/periods/${periodId}/collective-report.${format}`,
  published: (periodId: string) => `/api/evaluation/periods/${periodId}/published.xlsx`,
};
