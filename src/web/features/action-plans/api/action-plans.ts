// Leaders' action plans: one's own of a year (the posts one may write for), one by id, the standing
// committee's side-by-side view, and the plan's life (write, edit, submit, return, approve).
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionPlanBoard,
  ActionPlanBoardRow,
  ActionPlanIndicatorView,
  ActionPlanItemInput,
  ActionPlanItemView,
  ActionPlanView,
  MyActionPlan,
} from '../../../../contracts/action-plans.js';
import { api } from '../../../lib/api-client.js';

export type { ActionPlanBoardRow, ActionPlanIndicatorView, ActionPlanItemView, ActionPlanView };
export type ItemValues = z.input<typeof ActionPlanItemInput>;

export const actionPlanKeys = {
  all: ['action-plans'] as const,
  mine: (year: number) => ['action-plans', 'mine', year] as const,
  board: (unitId: string, year: number, page: number) => ['action-plans', 'board', unitId, year, page] as const,
  detail: (id: string) => ['action-plans', 'detail', id] as const,
};

export function useMyActionPlan(year: number, enabled = true) {
  return useQuery({
    queryKey: actionPlanKeys.mine(year),
    enabled,
    queryFn: () => api.get<MyActionPlan>('/api/action-plans/mine', { year: String(year) }),
  });
}

export function useActionPlan(id: string | null | undefined) {
  return useQuery({
    queryKey: actionPlanKeys.detail(id ?? ''),
    queryFn: () => api.get<ActionPlanView>(`/api/action-plans/${id}`),
    enabled: !!id,
  });
}

export function useActionPlanBoard(unitId: string | undefined, year: number, page: number) {
  return useQuery({
    queryKey: actionPlanKeys.board(unitId ?? '', year, page),
    queryFn: () => api.get<ActionPlanBoard>('/api/action-plans', { unitId, year: String(year), page: String(page), pageSize: '20' }),
    enabled: !!unitId,
  });
}

export const createActionPlan = (year: number, postId: string, items: ItemValues[]) =>
  api.post<ActionPlanView>('/api/action-plans', { year, postId, items });
export const updateActionPlan = (id: string, version: number, items: ItemValues[]) =>
  api.put<ActionPlanView>(`/api/action-plans/${id}`, { version, items });
export const submitActionPlan = (id: string, version: number) => api.post<ActionPlanView>(`/api/action-plans/${id}/submit`, { version });
export const returnActionPlan = (id: string, version: number, comment: string) =>
  api.post<ActionPlanView>(`/api/action-plans/${id}/return`, { version, comment });
export const approveActionPlan = (id: string, version: number) => api.post<ActionPlanView>(`/api/action-plans/${id}/approve`, { version });
