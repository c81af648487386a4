// Filters of the audit viewer: person, record type, actor, dates.
import { Button, Col, Form, Row, Select } from 'antd';
import type { AccountsPage } from '../../../../contracts/accounts.js';
import { DateInput } from '../../../components/date-input.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { RemoteSelect } from '../../../components/remote-select.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import type { AuditFilter } from '../api/audit.js';

const ENTITY_TYPES = ['person', 'org_unit', 'post', 'tenure', 'person_residence', 'account', 'job'] as const;

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
  const { t, tx } = useI18n();
  return (
    <Form layout="vertical" component="div">
      <Row gutter={12}>
        <Col xs={24} md={12} lg={6}>
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
              options={ENTITY_TYPES.map((e) => ({ value: e, label: tx(`entity.${e}`, e) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={4}>
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
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('audit.filter.from')} htmlFor="audit-from">
            <DateInput id="audit-from" value={filter.from ?? null} onChange={(v) => onChange({ from: v ?? undefined })} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('audit.filter.to')} htmlFor="audit-to">
            <DateInput id="audit-to" value={filter.to ?? null} onChange={(v) => onChange({ to: v ?? undefined })} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={2} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Button onClick={onReset}>{t('action.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
