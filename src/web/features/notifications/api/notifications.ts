// The signed-in person's notifications: unread count (polled), the latest ones, mark read.
import { useQuery } from '@tanstack/react-query';
import type { NotificationPage, NotificationView } from '../../../../contracts/notifications.js';
import { api } from '../../../lib/api-client.js';

export type { NotificationView };

/** How often the bell asks for the unread count. */
const POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: ['notifications', 'list'] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.count,
    queryFn: () => api.get<{ count: number }>('/api/notifications/unread-count'),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: POLL_MS / 2,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: () => api.get<NotificationPage>('/api/notifications', { limit: 20 }),
    enabled,
    staleTime: 0,
  });
}

export const markRead = (id: string) => api.post<NotificationView>(`/api/notifications/${id}/read`);
export const markAllRead = () => api.post<{ marked: number }>('/api/notifications/read-all');
