// Shared by the parts of the meeting page: a titled card, and a hook that runs a change and
// puts the new meeting in the cache (or the error beside the part that failed).
import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/context.js';
import { meetingKeys, type MeetingDetail } from '../api/meetings.js';

export function MeetingSection({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

export function useMeetingChanged() {
  const qc = useQueryClient();
  return (m: MeetingDetail) => {
    qc.setQueryData(meetingKeys.detail(m.id), m);
    void qc.invalidateQueries({ queryKey: meetingKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
}

/** Runs one change at a time; returns [run, busyKey, error]. */
export function useMeetingAction() {
  const t = useT();
  const { message } = App.useApp();
  const changed = useMeetingChanged();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (key: string, fn: () => Promise<MeetingDetail>, done?: string) => {
    setBusy(key);
    setError(null);
    try {
      changed(await fn());
      void message.success(done ?? t('common.saved'));
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { run, busy, error, changed };
}
