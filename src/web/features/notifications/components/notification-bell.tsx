// The bell in the header: unread count (polled every minute) and a panel with the latest
// notifications; opening one marks it read and goes to its record (notification-link.ts).
import { BellOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { linkOf } from '../notification-link.js';
import { markAllRead, markRead, notificationKeys, useNotifications, useUnreadCount, type NotificationView } from '../api/notifications.js';

export function NotificationBell() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const list = useNotifications(open);
  const unread = count.data?.count ?? 0;
  const refresh = () => qc.invalidateQueries({ queryKey: notificationKeys.all });

  const openOne = async (n: NotificationView) => {
    setOpen(false);
    if (!n.readAt) {
      try {
        await markRead(n.id);
      } catch {
        // Still go to the record; the notification stays unread.
      }
      void refresh();
    }
    const to = linkOf(n);
    if (to) void navigate(to);
  };

  const panel = (
    <div
      role="dialog"
      aria-label={t('notifications.title')}
      style={{ width: 380, maxWidth: 'calc(100vw - 16px)', background: '#fff', borderRadius: 8, boxShadow: '0 6px 16px rgba(0,0,0,.12)' }}
    >
      <Flex justify="space-between" align="center" style={{ padding: '10px 12px', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => void markAllRead().then(refresh)}>
          {t('notifications.markAll')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {list.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : null}
        {list.error ? <ErrorAlert error={list.error} style={{ margin: 12 }} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} style={{ padding: 16 }} />
        ) : null}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.data?.items.map((n) => (
            <li key={n.id} style={{ borderBottom: '1px solid #f5f5f5', background: n.readAt ? undefined : '#fff7f6' }}>
              <button
                type="button"
                onClick={() => void openOne(n)}
                style={{ all: 'unset', display: 'block', width: '100%', boxSizing: 'border-box', padding: '10px 12px', cursor: 'pointer' }}
              >
                <div style={{ fontWeight: n.readAt ? 400 : 600, whiteSpace: 'normal' }}>{n.text}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                  {n.readAt ? '' : ` · ${t('notifications.unread')}`}
                </Typography.Text>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );

  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} popupRender={() => panel} placement="bottomRight">
      <Button type="text">
        {/* The name is the hidden text; the badge is its picture, kept out of the name. */}
        <span className="canbo-sr-only">{t('notifications.bell', { count: unread })}</span>
        <span aria-hidden>
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        </span>
      </Button>
    </Dropdown>
  );
}
