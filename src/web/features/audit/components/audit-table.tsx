// Audit events: when, who, what, on which record, in which unit, and what changed.
import { Button, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { AuditEventView } from '../../../../contracts/audit.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { AuditValue, useFieldLabel } from './audit-value.js';

interface Props {
  events: AuditEventView[];
  loading: boolean;
  onActor: (actorId: string, actorName: string) => void;
}

function entityLink(e: AuditEventView): string | null {
  if (e.entityType === 'person') return paths.person(e.entityId);
  if (e.entityType === 'org_unit') return paths.org(e.entityId);
  if (e.personId) return paths.person(e.personId);
  return null;
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div style={{ flex: 1, minWidth: 260 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre style={{ fontSize: 12, background: '#fafafa', padding: 8, margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function AuditTable({ events, loading, onActor }: Props) {
  const { t, tx } = useI18n();
  const fieldLabel = useFieldLabel();
  return (
    <Table<AuditEventView>
      rowKey="seq"
      size="small"
      loading={loading}
      dataSource={events}
      pagination={false}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t('audit.empty.list') }}
      expandable={{
        rowExpandable: (e) => e.before !== null || e.after !== null,
        expandedRowRender: (e) => (
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Snapshot label={t('audit.before')} value={e.before} />
            <Snapshot label={t('audit.after')} value={e.after} />
          </div>
        ),
      }}
      columns={[
        { key: 'seq', title: '#', dataIndex: 'seq', width: 70 },
        { key: 'time', title: t('audit.col.time'), width: 150, className: 'canbo-nowrap', render: (_, e) => formatDateTime(e.occurredAt) },
        {
          key: 'actor',
          title: t('audit.col.actor'),
          width: 200,
          render: (_, e) =>
            e.actorId ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                onClick={() => onActor(e.actorId!, e.actorName)}
                title={t('audit.filterByActor')}
              >
                {e.actorName}
              </Button>
            ) : (
              e.actorName
            ),
        },
        { key: 'action', title: t('audit.col.action'), width: 170, render: (_, e) => tx(`auditAction.${e.action}`, e.action) },
        {
          key: 'entity',
          title: t('audit.col.entity'),
          width: 140,
          render: (_, e) => {
            const label = tx(`entity.${e.entityType}`, e.entityType);
            const to = entityLink(e);
            return to ? <Link to={to}>{label}</Link> : label;
          },
        },
        { key: 'unit', title: t('audit.col.unit'), width: 170, render: (_, e) => e.unitName ?? '' },
        {
          key: 'changes',
          title: t('audit.col.changes'),
          width: 340,
          render: (_, e) =>
            e.changes.length === 0 ? null : (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {/* The version number changes with every update: not worth a line. */}
                {e.changes
                  .filter((c) => c.field !== 'version')
                  .map((c) => (
                    <li key={c.field}>
                      {fieldLabel(c.field)}: <AuditValue value={c.before} /> → <AuditValue value={c.after} />
                    </li>
                  ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
