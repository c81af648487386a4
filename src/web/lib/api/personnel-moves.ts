// The decided personnel moves about a person (the person page links each tenure to the decision behind it).
import { useQuery } from '@tanstack/react-query';
import type { PersonMoves } from '../../../contracts/personnel.js';
import { api } from '../api-client.js';

/** The moves the reader may see: personnel.read in scope, or one's own decided moves. */
export function usePersonMoves(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['personnel', 'moves', personId],
    queryFn: () => api.get<PersonMoves>(`/api/personnel/people/${personId}/moves`),
    enabled,
    retry: false,
  });
}
