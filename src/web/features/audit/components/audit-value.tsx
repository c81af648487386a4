// A value of an audit snapshot as words: "(trống)" for nothing, lists and nested records as
// labelled lines (never raw JSON), record ids shortened. Long values wrap instead of overflowing.
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { AuditEventView } from '../../../../contracts/audit.js';
import type { AdminUnitDetail } from '../../../../contracts/reference.js';
import { api } from '../../../lib/api-client.js';
import { useI18n } from '../../../i18n/context.js';
import { type Formatted, QUIET_FIELDS, useAuditFormat } from './audit-format.js';

const wrap: CSSProperties = { overflowWrap: 'break-word', whiteSpace: 'pre-wrap' };

/** An administrative unit by its name and parents ("Xã X, Tỉnh Y"); its id while loading or if unknown. */
function AdminUnitName({ id }: { id: string }) {
  const unit = useQuery({
    queryKey: ['admin-unit', id],
    queryFn: () => api.get<AdminUnitDetail>(`/api/admin-units/${encodeURIComponent(id)}`),
    staleTime: Infinity,
    retry: false,
  });
  return <span style={wrap}>{unit.data?.path ?? id}</span>;
}

export function FormattedValue({ value }: { value: Formatted }) {
  const { t } = useI18n();
  switch (value.kind) {
    case 'empty':
      return <em>{t('audit.empty')}</em>;
    case 'text':
      return <span style={wrap}>{value.text}</span>;
    case 'adminUnit':
      return <AdminUnitName id={value.id} />;
    case 'id':
      return (
        <Typography.Text type="secondary" code title={value.full} style={{ fontSize: 12 }}>
          {value.text}
        </Typography.Text>
      );
    case 'list':
      return value.items.every((i) => i.kind !== 'list' && i.kind !== 'record') ? (
        <span style={wrap}>
          {value.items.map((i, n) => (
            <span key={n}>
              {n > 0 ? '; ' : null}
              <FormattedValue value={i} />
            </span>
          ))}
        </span>
      ) : (
        <ol className="canbo-audit-nested">
          {value.items.map((i, n) => (
            <li key={n}>
              <FormattedValue value={i} />
            </li>
          ))}
        </ol>
      );
    case 'record':
      return (
        <ul className="canbo-audit-nested">
          {value.fields.map((f) => (
            <li key={f.label}>
              {f.label}: <FormattedValue value={f.value} />
            </li>
          ))}
        </ul>
      );
  }
}

/** What changed in an update: "Field: before → after", one line per field. */
export function ChangeList({ event }: { event: AuditEventView }) {
  const { fieldLabel, format } = useAuditFormat();
  const changes = event.changes.filter((c) => !QUIET_FIELDS.has(c.field));
  if (changes.length === 0) return null;
  return (
    <ul className="canbo-audit-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{fieldLabel(c.field)}</strong>: <FormattedValue value={format(event.entityType, c.field, c.before)} /> →{' '}
          <FormattedValue value={format(event.entityType, c.field, c.after)} />
        </li>
      ))}
    </ul>
  );
}

/** A whole snapshot (before or after) as labelled lines, in a stable order. */
export function Snapshot({ title, entityType, value }: { title: string; entityType: string; value: unknown }) {
  const { fieldLabel, format } = useAuditFormat();
  const { language } = useI18n();
  if (value === null || value === undefined) return null;
  const isRecord = typeof value === 'object' && !Array.isArray(value);
  const entries = isRecord
    ? Object.entries(value as Record<string, unknown>).sort(([a], [b]) => fieldLabel(a).localeCompare(fieldLabel(b), language))
    : [];
  return (
    <section className="canbo-audit-snapshot" aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      {isRecord ? (
        <dl>
          {entries.map(([k, v]) => (
            <div key={k}>
              <dt>{fieldLabel(k)}</dt>
              <dd>
                <FormattedValue value={format(entityType, k, v)} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <div>
          <FormattedValue value={format(entityType, '', value)} />
        </div>
      )}
    </section>
  );
}

/** Before and after side by side (stacked on a phone). */
export function EventDetails({ event }: { event: AuditEventView }) {
  const { t } = useI18n();
  return (
    <div className="canbo-audit-details">
      <Snapshot title={t('audit.before')} entityType={event.entityType} value={event.before} />
      <Snapshot title={t('audit.after')} entityType={event.entityType} value={event.after} />
    </div>
  );
}

/** For an event that is not an update (a creation, an export): its snapshot's first lines. */
export function SnapshotSummary({ event, max = 4 }: { event: AuditEventView; max?: number }) {
  const { t, language } = useI18n();
  const { fieldLabel, format } = useAuditFormat();
  const value = event.after ?? event.before;
  if (!value || typeof value !== 'object' || Array.isArray(value) || event.changes.length > 0) return null;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => !QUIET_FIELDS.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .sort(([a], [b]) => fieldLabel(a).localeCompare(fieldLabel(b), language));
  if (entries.length === 0) return null;
  const shown = entries.slice(0, max);
  return (
    <ul className="canbo-audit-changes">
      {shown.map(([k, v]) => (
        <li key={k}>
          <strong>{fieldLabel(k)}</strong>: <FormattedValue value={format(event.entityType, k, v)} />
        </li>
      ))}
      {entries.length > max ? <li>{t('audit.moreFields', { count: entries.length - max })}</li> : null}
    </ul>
  );
}
