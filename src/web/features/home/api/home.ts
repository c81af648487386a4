// The home page's figures (GET /api/home): shaped by the server from the account's roles.
import { useQuery } from '@tanstack/react-query';
import type { Home } from '../../../../contracts/home.js';
import { api } from '../../../lib/api-client.js';

export type { Home, HomePeriod, HomeUnit, HomeWeekPoint } from '../../../../contracts/home.js';

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: () => api.get<Home>('/api/home') });
}
