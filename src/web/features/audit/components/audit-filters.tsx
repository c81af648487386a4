// Filters of the audit viewer: person, record type, action, actor, dates. Types and actions are
// offered by their labels, every one of the vocabulary, sorted as read.
import { Button, Col, Form, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import type { AccountsPage } from '../../../../contracts/accounts.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../../../contracts/audit-vocabulary.js';
import { DateInput } from '../../../components/date-input.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { RemoteSelect } from '../../../components/remote-select.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import type { AuditFilter } from '../api/audit.js';

/** Long labels wrap inside the list instead of widening it past a phone's edge. */
const wrapOption = (o: { label?: ReactNode }) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>;

interface Props {
  filter: AuditFilter;
  personName?: string | null;
  actorName?: string | null;
  /** Only administrators may list accounts; others filter by clicking a name in the table. */
  canSearchAccounts: boolean;
  onChange: (patch: Partial<AuditFilter>) => void;
  onReset: () => void;
}

export function AuditFilters({ filter, personName, actorName, canSearchAccounts, onChange, onReset }: Props) {
  const { t, tx, language } = useI18n();
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, language);
  const entityOptions = AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: tx(`entity.${e}`, e) })).sort(byLabel);
  const actionOptions = AUDIT_ACTIONS.map((a) => ({ value: a, label: tx(`auditAction.${a}`, a) })).sort(byLabel);
  return (
    <Form layout="vertical" component="div">
      <Row gutter={12}>
        <Col xs={24} md={12} lg={4}>
          <Form.Item label={t('audit.filter.person')} htmlFor="audit-person">
            <PersonPicker
              id="audit-person"
              value={filter.personId ?? null}
              valueLabel={personName}
              onChange={(v) => onChange({ personId: v ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={4}>
          <Form.Item label={t('audit.filter.entityType')} htmlFor="audit-entity">
            <Select
              id="audit-entity"
              allowClear
              value={filter.entityType}
              placeholder={t('people.filter.all')}
              onChange={(v) => onChange({ entityType: v ?? undefined })}
              options={entityOptions}
              showSearch={{ optionFilterProp: 'label' }}
              optionRender={wrapOption}
              popupMatchSelectWidth={260}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={4}>
          <Form.Item label={t('audit.filter.action')} htmlFor="audit-action">
            <Select
              id="audit-action"
              allowClear
              value={filter.action}
              placeholder={t('people.filter.all')}
              onChange={(v) => onChange({ action: v ?? undefined })}
              options={actionOptions}
              showSearch={{ optionFilterProp: 'label' }}
              optionRender={wrapOption}
              popupMatchSelectWidth={260}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={3}>
          <Form.Item label={t('audit.filter.actor')} htmlFor="audit-actor">
            {canSearchAccounts ? (
              <RemoteSelect
                id="audit-actor"
                queryKey="accounts"
                searchEmpty
                value={filter.actorId ?? null}
                valueLabel={actorName}
                onChange={(v, o) => onChange({ actorId: v ?? undefined, ...(o ? { actorName: o.text } : {}) })}
                search={async (q) => {
                  const page = await api.get<{ items: AccountsPage['items'] }>('/api/accounts', { q, pageSize: 20 });
                  return page.items.map((a) => ({ value: a.id, text: a.displayName, label: `${a.displayName} (${a.username})` }));
                }}
              />
            ) : (
              <Select
                id="audit-actor"
                allowClear
                value={filter.actorId}
                options={filter.actorId ? [{ value: filter.actorId, label: actorName ?? filter.actorId }] : []}
                placeholder={t('audit.filter.actorHint')}
                notFoundContent={t('audit.filter.actorHint')}
                onChange={(v) => onChange({ actorId: v ?? undefined })}
              />
            )}
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Form.Item label={t('audit.filter.from')} htmlFor="audit-from">
            <DateInput id="audit-from" value={filter.from ?? null} onChange={(v) => onChange({ from: v ?? undefined })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Form.Item label={t('audit.filter.to')} htmlFor="audit-to">
            <DateInput id="audit-to" value={filter.to ?? null} onChange={(v) => onChange({ to: v ?? undefined })} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={3} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Button onClick={onReset}>{t('action.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
