// Audit events on a phone: one card per event (no wide table to scroll sideways), the change list
// in the card and the whole before and after behind a "details" switch.
import { Button, Card, Empty, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { AuditEventView } from '../../../../contracts/audit.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { ActorName, EntityLabel, useActionLabel } from './audit-labels.js';
import type { AuditListProps } from './audit-table.js';
import { ChangeList, EventDetails, SnapshotSummary } from './audit-value.js';

function EventCard({ event, onActor }: { event: AuditEventView; onActor: AuditListProps['onActor'] }) {
  const { t } = useI18n();
  const actionLabel = useActionLabel();
  const [open, setOpen] = useState(false);
  const hasDetails = event.before !== null || event.after !== null;
  return (
    <Card size="small" className="canbo-audit-card">
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {actionLabel(event.action)}
      </Typography.Text>
      <span className="canbo-audit-card-meta">
        {formatDateTime(event.occurredAt)} · <ActorName event={event} onActor={onActor} />
      </span>
      <span className="canbo-audit-card-meta">
        <EntityLabel event={event} />
        {event.unitName ? ` · ${event.unitName}` : null}
      </span>
      <ChangeList event={event} />
      <SnapshotSummary event={event} />
      {hasDetails ? (
        <Button type="link" size="small" style={{ padding: 0 }} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('audit.details.hide') : t('audit.details.show')}
        </Button>
      ) : null}
      {open ? <EventDetails event={event} /> : null}
    </Card>
  );
}

export function AuditCards({ events, loading, onActor }: AuditListProps) {
  const { t } = useI18n();
  if (loading && events.length === 0) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (events.length === 0) return <Empty description={t('audit.empty.list')} />;
  return (
    <ul className="canbo-audit-cards" aria-label={t('audit.title')}>
      {events.map((e) => (
        <li key={e.seq}>
          <EventCard event={e} onActor={onActor} />
        </li>
      ))}
    </ul>
  );
}
