// Organisation tree reads: roots, children, unit detail, posts, search, terms.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrgSearchResult, OrgUnitDetail, OrgUnitNodes, PostList, TermList } from '../../../contracts/org.js';
import { api } from '../api-client.js';

export type OrgUnitNodesData = z.infer<typeof OrgUnitNodes>;
export type OrgSearchData = z.infer<typeof OrgSearchResult>;
export type PostListData = z.infer<typeof PostList>;
export type TermListData = z.infer<typeof TermList>;

export const orgKeys = {
  all: ['org'] as const,
  roots: (asOf: string) => ['org', 'roots', asOf] as const,
  children: (id: string, asOf: string) => ['org', 'children', id, asOf] as const,
  unit: (id: string, asOf: string) => ['org', 'unit', id, asOf] as const,
  posts: (id: string, asOf: string) => ['org', 'posts', id, asOf] as const,
  search: (q: string, asOf?: string, includeClosed?: boolean) => ['org', 'search', q, asOf ?? '', includeClosed ?? false] as const,
  terms: () => ['org', 'terms'] as const,
};

export const fetchRoots = (asOf: string) => api.get<OrgUnitNodesData>('/api/org/roots', { asOf });
export const fetchChildren = (id: string, asOf: string) => api.get<OrgUnitNodesData>(`/api/org/units/${id}/children`, { asOf });
export const fetchUnit = (id: string, asOf: string) => api.get<OrgUnitDetail>(`/api/org/units/${id}`, { asOf });
export const fetchPosts = (id: string, asOf: string) => api.get<PostListData>(`/api/org/units/${id}/posts`, { asOf });
export const searchUnits = (q: string, asOf?: string, includeClosed = false) =>
  api.get<OrgSearchData>('/api/org/search', { q, asOf, includeClosed: includeClosed ? 'true' : undefined });

export function useOrgRoots(asOf: string) {
  return useQuery({ queryKey: orgKeys.roots(asOf), queryFn: () => fetchRoots(asOf) });
}

export function useUnitDetail(id: string | undefined, asOf: string) {
  return useQuery({ queryKey: orgKeys.unit(id ?? '', asOf), queryFn: () => fetchUnit(id!, asOf), enabled: !!id });
}

export function useTerms() {
  return useQuery({ queryKey: orgKeys.terms(), queryFn: () => api.get<TermListData>('/api/terms'), staleTime: 10 * 60_000 });
}
