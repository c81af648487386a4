// A person's discipline decisions (Quy định 366-QĐ/TW, Điều 11: reprimand or heavier in the period
// gives KHT), with when and where the breach was committed: a breach at the old unit disciplined
// after a transfer counts against the old unit's collective. Shown to the roles that read them.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { DisciplineKind, type DisciplineList } from '../../../../contracts/conduct.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { formatDate, today } from '../../../lib/dates.js';
import { Section } from './person-sections.js';

interface Values {
  kind: DisciplineKind;
  decidedOn: string;
  breachOn?: string | null;
  breachUnitId?: string | null;
  reason: string;
  decisionRef?: string;
}

export function PersonDisciplineCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['conduct', 'person', personId, 'disciplines'],
    queryFn: () => api.get<DisciplineList>(`/api/people/${personId}/disciplines`),
    retry: false,
  });
  if (!list.data) return null;
  return (
    <Section
      title={t('conduct.person.disciplines')}
      extra={
        list.data.actions.create ? (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('conduct.unit.add')}
          </Button>
        ) : null
      }
    >
      <ResponsiveTable
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data.items}
        locale={{ emptyText: t('conduct.unit.none') }}
        columns={[
          { title: t('conduct.field.decidedOn'), key: 'd', render: (_, r) => formatDate(r.decidedOn) },
          { title: t('conduct.field.kind'), key: 'k', render: (_, r) => tx(`conduct.discipline.${r.kind}`, r.kind) },
          { title: t('conduct.field.breachOn'), key: 'b', render: (_, r) => (r.breachOn ? formatDate(r.breachOn) : '—') },
          { title: t('conduct.field.reason'), dataIndex: 'reason', key: 'r' },
        ]}
      />
      <FormDialog<Values, unknown>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('conduct.person.disciplines')}
        okText={t('conduct.unit.add')}
        successText={t('conduct.unit.saved')}
        initialValues={{ kind: 'reprimand', decidedOn: today() }}
        submit={(v) =>
          api.post<unknown>(`/api/people/${personId}/disciplines`, {
            kind: v.kind,
            decidedOn: v.decidedOn,
            breachOn: v.breachOn ?? null,
            breachUnitId: v.breachUnitId ?? null,
            reason: v.reason,
            decisionRef: v.decisionRef?.trim() ? v.decisionRef.trim() : null,
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey: ['conduct', 'person', personId] })}
      >
        <Form.Item name="kind" label={t('conduct.field.kind')} rules={[{ required: true, message: t('v.required') }]}>
          <Select
            options={DisciplineKind.options.map((k) => ({ value: k, label: tx(`conduct.discipline.${k}`, k) }))}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('conduct.field.decidedOn')} rules={[{ required: true, message: t('v.required') }]}>
          <DateInput max={today()} />
        </Form.Item>
        <Form.Item name="breachOn" label={t('conduct.field.breachOn')}>
          <DateInput max={today()} />
        </Form.Item>
        <Form.Item name="breachUnitId" label={t('conduct.field.breachUnit')} extra={t('conduct.field.breachUnitHelp')}>
          <UnitPicker allowClear />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('conduct.field.reason')}
          rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
        </Form.Item>
        <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('conduct.field.decisionRef')}>
          <Input {...countUpTo(TEXT.decisionRef)} style={{ maxWidth: 240 }} />
        </Form.Item>
      </FormDialog>
    </Section>
  );
}
