// Planning (quy hoạch cán bộ): the unit's plans per term, one plan with its posts and candidates, and
// the changes the organising body and the standing committee make.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddCandidateRequest,
  AddCandidateResult,
  ApprovePlanRequest,
  CandidateView,
  PlanView,
  RecordBallotRequest,
  RemoveCandidateRequest,
  ReviewView,
  RuleCheckView,
  UnitPlans,
} from '../../../../contracts/planning.js';
import { api } from '../../../lib/api-client.js';

export type { AddCandidateResult, CandidateView, PlanView, RuleCheckView, UnitPlans };

export const planningKeys = {
  all: ['planning'] as const,
  unit: (unitId: string) => ['planning', 'unit', unitId] as const,
  plan: (id: string, asOf?: string) => ['planning', 'plan', id, asOf ?? ''] as const,
};

export function useUnitPlans(unitId: string | undefined) {
  return useQuery({
    queryKey: planningKeys.unit(unitId ?? ''),
    queryFn: () => api.get<UnitPlans>(`/api/planning/units/${unitId}/plans`),
    enabled: !!unitId,
  });
}

export function usePlan(id: string | undefined, asOf?: string) {
  return useQuery({
    queryKey: planningKeys.plan(id ?? '', asOf),
    queryFn: () => api.get<PlanView>(`/api/planning/plans/${id}`, { asOf }),
    enabled: !!id,
  });
}

export const createPlan = (unitId: string, termId: string) => api.post<PlanView>('/api/planning/plans', { unitId, termId });
export const addCandidate = (planId: string, body: z.input<typeof AddCandidateRequest>) =>
  api.post<AddCandidateResult>(`/api/planning/plans/${planId}/candidates`, body);
export const removeCandidate = (candidateId: string, body: z.input<typeof RemoveCandidateRequest>) =>
  api.post<PlanView>(`/api/planning/candidates/${candidateId}/remove`, body);
export const approvePlan = (planId: string, body: z.input<typeof ApprovePlanRequest>) =>
  api.post<PlanView>(`/api/planning/plans/${planId}/approve`, body);

export const recordBallot = (planId: string, body: z.input<typeof RecordBallotRequest>) =>
  api.post<PlanView>(`/api/planning/plans/${planId}/ballots`, body);

/** The HD 45 forms of a plan (server: planning.documents.ts). */
export const planFile = (planId: string, form: 'plan' | 'ages' | 'tally' | 'decision', format: 'pdf' | 'xlsx') =>
  `/api/planning/plans/${planId}/${form}.${format}`;

export type { ReviewView };

export function useReview(id: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: ['planning', 'review', id, year] as const,
    queryFn: () => api.get<ReviewView>(`/api/planning/plans/${id}/review`, { year }),
    enabled,
  });
}
