// People: list, detail, create, update, tenures, residences.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PeoplePage,
  PeopleQuery,
  PersonDetail,
  PersonInput,
  ResidenceInput,
  ResidenceView,
  TenureEnd,
  TenureInput,
  TenureView,
} from '../../../contracts/people.js';
import { api, buildUrl, type QueryParams } from '../api-client.js';

export type PeoplePageData = z.infer<typeof PeoplePage>;
export type PersonListItem = PeoplePageData['items'][number];
export type TenureViewData = z.infer<typeof TenureView>;
export type PeopleFilter = Partial<z.input<typeof PeopleQuery>>;

export const peopleKeys = {
  all: ['people'] as const,
  list: (q: PeopleFilter) => ['people', 'list', q] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export function usePeople(q: PeopleFilter) {
  return useQuery({
    queryKey: peopleKeys.list(q),
    queryFn: ({ signal }) => api.get<PeoplePageData>('/api/people', q as QueryParams, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({ queryKey: peopleKeys.detail(id ?? ''), queryFn: () => api.get<PersonDetail>(`/api/people/${id}`), enabled: !!id });
}

/** The Excel export of the same filters (no paging). */
export function exportUrl(q: PeopleFilter): string {
  const { page: _page, pageSize: _size, ...filters } = q;
  return buildUrl('/api/people/export.xlsx', filters);
}

export const createPerson = (body: z.input<typeof PersonInput>) => api.post<PersonDetail>('/api/people', body);
export const updatePerson = (id: string, version: number, changes: z.input<typeof PersonInput>) =>
  api.patch<PersonDetail>(`/api/people/${id}`, { version, changes });
export const addTenure = (personId: string, body: z.input<typeof TenureInput>) =>
  api.post<TenureViewData>(`/api/people/${personId}/tenures`, body);
export const endTenure = (tenureId: string, body: z.input<typeof TenureEnd>) =>
  api.post<TenureViewData>(`/api/tenures/${tenureId}/end`, body);
export const addResidence = (personId: string, body: z.input<typeof ResidenceInput>) =>
  api.post<z.infer<typeof ResidenceView>>(`/api/people/${personId}/residences`, body);
