// Weekly plans: my plan of a week, the unit overview, one plan, and the plan's life
// (create, copy last week, edit items, submit, return, approve).
import { useQuery } from '@tanstack/react-query';
import type { PlanItemInput, PlanOverview, PlanView } from '../../../../contracts/plans.js';
import type { z } from 'zod';
import { api } from '../../../lib/api-client.js';

export type { PlanOverview, PlanView };
export type PlanItemValues = z.input<typeof PlanItemInput>;

export const planKeys = {
  all: ['plans'] as const,
  mine: (week: string) => ['plans', 'mine', week] as const,
  overview: (unitId: string, week: string) => ['plans', 'overview', unitId, week] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
};

/** My plan of the week, or null when I have not written one yet. */
export function useMyPlan(week: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.mine(week),
    enabled,
    queryFn: () => api.get<PlanView | null>('/api/plans/mine', { week }),
  });
}

export function usePlanOverview(unitId: string | undefined, week: string) {
  return useQuery({
    queryKey: planKeys.overview(unitId ?? '', week),
    queryFn: () => api.get<PlanOverview>('/api/plans', { unitId, week }),
    enabled: !!unitId,
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({ queryKey: planKeys.detail(id ?? ''), queryFn: () => api.get<PlanView>(`/api/plans/${id}`), enabled: !!id });
}

export const createPlan = (week: string, items: PlanItemValues[] = []) => api.post<PlanView>('/api/plans', { week, items });
export const copyLastWeek = (week: string) => api.post<PlanView>('/api/plans/copy-last-week', { week });
export const updatePlan = (id: string, version: number, items: PlanItemValues[], pastDueConfirmed = false) =>
  api.put<PlanView>(`/api/plans/${id}`, { version, items, pastDueConfirmed });
export const submitPlan = (id: string, version: number) => api.post<PlanView>(`/api/plans/${id}/submit`, { version });
export const returnPlan = (id: string, version: number, comment: string) =>
  api.post<PlanView>(`/api/plans/${id}/return`, { version, comment });
export const approvePlan = (id: string, version: number) => api.post<PlanView>(`/api/plans/${id}/approve`, { version });
