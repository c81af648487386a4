// Reference lookups shared by the work screens: fields of work, people of a unit (names only).
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NameLookup } from '../../../contracts/people.js';
import type { WorkFieldList } from '../../../contracts/responsibilities.js';
import { api } from '../api-client.js';

export function useWorkFields() {
  return useQuery({
    queryKey: ['work-fields'],
    queryFn: () => api.get<z.infer<typeof WorkFieldList>>('/api/work-fields'),
    staleTime: 10 * 60_000,
  });
}

export interface PersonOption {
  id: string;
  fullName: string;
  unitName: string;
}

/** People of a unit's subtree whose name matches (names only: every role may look them up). */
export async function searchPeople(q: string, unitId?: string | null): Promise<PersonOption[]> {
  const res = await api.get<NameLookup>('/api/people/names', { q, unitId: unitId ?? undefined, limit: 20 });
  return res.items.map((p) => ({ id: p.id, fullName: p.fullName, unitName: p.unitName }));
}
