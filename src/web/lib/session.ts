// The signed-in account (GET /api/auth/me), sign in and sign out.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginRequest, Me } from '../../contracts/auth.js';
import { api, isApiError, setCsrfToken } from './api-client.js';

export const meKey = ['auth', 'me'] as const;

/** The account, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/auth/me', undefined, { expect401: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (isApiError(err, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

let lastKnown: Me | null = null;

/**
 * The account, for components rendered inside the signed-in shell. While signing out the cache
 * is emptied a moment before the shell unmounts: the last known account bridges that render.
 */
export function useCurrentUser(): Me {
  const { data } = useMe();
  // eslint-disable-next-line react-hooks/globals -- the bridge over the sign-out render described above
  if (data) lastKnown = data;
  if (!lastKnown) throw new Error('useCurrentUser outside the signed-in shell');
  return data ?? lastKnown;
}

/** Forgets every cached answer of the previous session, then records who is signed in now. */
function switchSession(qc: QueryClient, me: Me | null) {
  qc.setQueryData(meKey, me);
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof LoginRequest>) => api.post('/api/auth/login', body, { expect401: true }),
    onSuccess: async () => {
      // A new session: nothing cached for the previous one may leak into it.
      switchSession(qc, await fetchMe());
    },
  });
}

export function useLogout(everywhere = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', {}, { expect401: true }),
    onSettled: () => {
      setCsrfToken(null);
      switchSession(qc, null);
    },
  });
}
