// Audit trail: pages newest first (cursor beforeSeq), and the chain check.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditPage, AuditVerifyResult } from '../../../../contracts/audit.js';
import type { AuditAction, AuditEntityType } from '../../../../contracts/audit-vocabulary.js';
import { api } from '../../../lib/api-client.js';

export interface AuditFilter {
  personId?: string;
  entityType?: AuditEntityType;
  action?: AuditAction;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

const PAGE = 50;

export function useAuditEvents(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam, signal }) => api.get<AuditPage>('/api/audit', { ...filter, beforeSeq: pageParam, limit: PAGE }, { signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/api/audit/verify') });
}
