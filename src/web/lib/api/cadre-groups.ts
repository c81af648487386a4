// The configured cadre groups (every role may read them): shown and chosen by their name, never by
// their code (issue 9, words not codes).
import { useQuery } from '@tanstack/react-query';
import type { CadreGroupList } from '../../../contracts/criteria.js';
import { useI18n } from '../../i18n/context.js';
import { api } from '../api-client.js';

export function useCadreGroups() {
  const { language } = useI18n();
  return useQuery({
    queryKey: ['cadre-groups', language],
    queryFn: () => api.get<CadreGroupList>('/api/cadre-groups'),
    staleTime: 5 * 60_000,
  });
}

/** The name of a group code in the user's language; the code itself only while the list loads or for a group no longer configured. */
export function useCadreGroupName(): (code: string | null | undefined) => string {
  const groups = useCadreGroups().data?.items;
  return (code) => {
    if (!code) return '';
    return groups?.find((g) => g.code === code)?.name ?? code;
  };
}
