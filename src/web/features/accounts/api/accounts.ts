// Account administration.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountCreate, AccountRolesUpdate, AccountUpdate, AccountView, AccountsPage } from '../../../../contracts/accounts.js';
import { api } from '../../../lib/api-client.js';

export const accountKeys = { all: ['accounts'] as const, list: (q: object) => ['accounts', 'list', q] as const };

export function useAccounts(q: { q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: accountKeys.list(q),
    queryFn: () => api.get<AccountsPage>('/api/accounts', q),
    placeholderData: keepPreviousData,
  });
}

export const createAccount = (body: z.input<typeof AccountCreate>) => api.post<AccountView>('/api/accounts', body);
export const updateAccount = (id: string, body: z.input<typeof AccountUpdate>) => api.patch<AccountView>(`/api/accounts/${id}`, body);
export const replaceRoles = (id: string, body: z.input<typeof AccountRolesUpdate>) =>
  api.put<AccountView>(`/api/accounts/${id}/roles`, body);
export const resetPassword = (id: string, newPassword: string) =>
  api.post<AccountView>(`/api/accounts/${id}/reset-password`, { newPassword });
export const unlockAccount = (id: string) => api.post<AccountView>(`/api/accounts/${id}/unlock`, {});
export const signOutAll = (id: string) => api.post<AccountView>(`/api/accounts/${id}/sign-out-all`, {});
