// Personnel decisions: a unit's proposals, one proposal, the checks preview, propose and decide, the
// dashboards, and the facts the form picks from (a unit's posts, a person's tenures).
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrgUnitDetail } from '../../../../contracts/org.js';
import type { PersonDetail } from '../../../../contracts/people.js';
import type {
  ChecksView,
  DecideRequest,
  PersonnelDashboard,
  ProposalList,
  ProposalRequest,
  ProposalView,
} from '../../../../contracts/personnel.js';
import { api } from '../../../lib/api-client.js';

export type { ChecksView, PersonnelDashboard, ProposalList, ProposalView };
export type ProposalBody = z.input<typeof ProposalRequest>;

export const personnelKeys = {
  all: ['personnel'] as const,
  list: (unitId: string, page: number, filter: ProposalFilter) => ['personnel', 'list', unitId, page, filter] as const,
  one: (id: string) => ['personnel', 'one', id] as const,
  dashboard: (unitId: string, asOf: string) => ['personnel', 'dashboard', unitId, asOf] as const,
};

export const PROPOSALS_PAGE = 20;

/** The list's filter (the dashboard's pipeline drills down to it): a status, a kind, or both. */
export interface ProposalFilter {
  status?: ProposalList['items'][number]['status'];
  kind?: ProposalList['items'][number]['kind'];
}

export function useProposals(unitId: string | undefined, page: number, filter: ProposalFilter = {}) {
  return useQuery({
    queryKey: personnelKeys.list(unitId ?? '', page, filter),
    queryFn: () => api.get<ProposalList>('/api/personnel/proposals', { unitId, page, pageSize: PROPOSALS_PAGE, ...filter }),
    enabled: !!unitId,
    placeholderData: (prev) => prev,
  });
}

export function useProposal(id: string | undefined) {
  return useQuery({
    queryKey: personnelKeys.one(id ?? ''),
    queryFn: () => api.get<ProposalView>(`/api/personnel/proposals/${id}`),
    enabled: !!id,
  });
}

export function useDashboard(unitId: string | undefined, asOf: string) {
  return useQuery({
    queryKey: personnelKeys.dashboard(unitId ?? '', asOf),
    queryFn: () => api.get<PersonnelDashboard>('/api/personnel/dashboard', { unitId, asOf }),
    enabled: !!unitId,
  });
}

export function useUnitPosts(unitId: string | null) {
  return useQuery({
    queryKey: ['personnel', 'posts', unitId ?? ''],
    queryFn: () => api.get<z.infer<typeof OrgUnitDetail>>(`/api/org/units/${unitId}`),
    enabled: !!unitId,
  });
}

export function usePersonTenures(personId: string | null) {
  return useQuery({
    queryKey: ['personnel', 'person', personId ?? ''],
    queryFn: () => api.get<PersonDetail>(`/api/people/${personId}`),
    enabled: !!personId,
  });
}

export const proposalFile = (id: string, form: 'proposal' | 'checks' | 'decision', format: 'pdf' | 'xlsx') =>
  `/api/personnel/proposals/${id}/${form}.${format}`;

export const previewChecks = (body: ProposalBody) => api.post<ChecksView>('/api/personnel/checks', body);
export const propose = (body: ProposalBody) => api.post<ProposalView>('/api/personnel/proposals', body);
export const decide = (id: string, body: z.input<typeof DecideRequest>) =>
  api.post<ProposalView>(`/api/personnel/proposals/${id}/decide`, body);
