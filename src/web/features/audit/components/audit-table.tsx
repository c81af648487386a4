// Audit events on a wide screen: when, who, what (by its label), on which record, in which unit,
// and what changed as named fields; a row opens to the whole before and after.
import { Table } from 'antd';
import type { AuditEventView } from '../../../../contracts/audit.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { ActorName, EntityLabel, useActionLabel } from './audit-labels.js';
import { ChangeList, EventDetails, SnapshotSummary } from './audit-value.js';

export interface AuditListProps {
  events: AuditEventView[];
  loading: boolean;
  onActor: (actorId: string, actorName: string) => void;
}

export function AuditTable({ events, loading, onActor }: AuditListProps) {
  const { t } = useI18n();
  const actionLabel = useActionLabel();
  return (
    <Table<AuditEventView>
      className="canbo-audit-table"
      rowKey="seq"
      size="small"
      loading={loading}
      dataSource={events}
      pagination={false}
      tableLayout="fixed"
      locale={{ emptyText: t('audit.empty.list') }}
      expandable={{
        rowExpandable: (e) => e.before !== null || e.after !== null,
        expandedRowRender: (e) => <EventDetails event={e} />,
      }}
      columns={[
        { key: 'time', title: t('audit.col.time'), width: 125, render: (_, e) => formatDateTime(e.occurredAt) },
        { key: 'actor', title: t('audit.col.actor'), width: 150, render: (_, e) => <ActorName event={e} onActor={onActor} /> },
        { key: 'action', title: t('audit.col.action'), width: 170, render: (_, e) => actionLabel(e.action) },
        { key: 'entity', title: t('audit.col.entity'), width: 130, render: (_, e) => <EntityLabel event={e} /> },
        { key: 'unit', title: t('audit.col.unit'), width: 150, render: (_, e) => e.unitName ?? '' },
        {
          key: 'changes',
          title: t('audit.col.changes'),
          render: (_, e) => (
            <>
              <ChangeList event={e} />
              <SnapshotSummary event={e} />
            </>
          ),
        },
      ]}
    />
  );
}
