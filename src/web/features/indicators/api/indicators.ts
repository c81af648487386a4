// Unit indicators: targets of a year with their actual values; add one, record an actual value.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateIndicatorRequest,
  IndicatorList,
  IndicatorView,
  RecordActualRequest,
  UpdateIndicatorRequest,
} from '../../../../contracts/indicators.js';
import { api } from '../../../lib/api-client.js';

export type { IndicatorList, IndicatorView };

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: (unitId: string, year: number) => ['indicators', unitId, year] as const,
};

export function useIndicators(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: indicatorKeys.list(unitId ?? '', year),
    queryFn: () => api.get<IndicatorList>('/api/indicators', { unitId, year }),
    enabled: !!unitId,
  });
}

export const createIndicator = (body: z.input<typeof CreateIndicatorRequest>) => api.post<IndicatorView>('/api/indicators', body);
export const updateIndicator = (id: string, body: z.input<typeof UpdateIndicatorRequest>) =>
  api.patch<IndicatorView>(`/api/indicators/${id}`, body);
export const recordActual = (id: string, body: z.input<typeof RecordActualRequest>) =>
  api.post<IndicatorView>(`/api/indicators/${id}/actuals`, body);
