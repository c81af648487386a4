// Responsibilities of committee members: fields of work and areas, per term.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateResponsibilityRequest,
  ResponsibilityList,
  ResponsibilityView,
  UpdateResponsibilityRequest,
} from '../../../contracts/responsibilities.js';
import { api } from '../api-client.js';

export type { ResponsibilityView };

export const responsibilityKeys = {
  all: ['responsibilities'] as const,
  of: (by: { personId?: string; unitId?: string }) => ['responsibilities', by.personId ?? '', by.unitId ?? ''] as const,
};

export function useResponsibilities(by: { personId?: string; unitId?: string }) {
  return useQuery({
    queryKey: responsibilityKeys.of(by),
    queryFn: () => api.get<z.infer<typeof ResponsibilityList>>('/api/responsibilities', by),
    enabled: !!(by.personId || by.unitId),
  });
}

export const createResponsibility = (body: z.input<typeof CreateResponsibilityRequest>) =>
  api.post<ResponsibilityView>('/api/responsibilities', body);
export const updateResponsibility = (id: string, body: z.input<typeof UpdateResponsibilityRequest>) =>
  api.patch<ResponsibilityView>(`/api/responsibilities/${id}`, body);
