// What the planning procedure asks of the unit in its current Party term (Quy định 377-QĐ/TW; Hướng
// dẫn 45-HD/BTCTW): the next term's plan in the term's second year, each year's review and top-up in
// the first quarter, the approvals reported upward by June — each upcoming, due, late or done, from the
// records: the organising body records the review held, the standing committee the report sent.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { formatDate, today } from '../../../lib/dates.js';
import { planningKeys, type UnitPlans } from '../api/planning.js';

const COLORS = { upcoming: 'default', due: 'gold', late: 'red', done: 'green' } as const;
type Item = UnitPlans['cadence']['items'][number];
interface RecordValues {
  doneOn: string;
  documentRef?: string;
  note?: string;
}

export function CadenceCard({ cadence, unitId }: { cadence: UnitPlans['cadence']; unitId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const [recording, setRecording] = useState<Item | null>(null);
  if (!cadence.termName) return <Typography.Paragraph type="secondary">{t('planning.cadence.none')}</Typography.Paragraph>;
  const items = [...cadence.items].sort((a, b) => (a.deadline < b.deadline ? 1 : -1));
  const may = (i: Item) =>
    i.status !== 'done' &&
    i.status !== 'upcoming' &&
    ((i.kind === 'yearly_review' && cadence.actions.recordReview) || (i.kind === 'approval_report' && cadence.actions.recordReport));
  const report = recording?.kind === 'approval_report';
  return (
    <Card
      size="small"
      title={t('planning.cadence', { term: cadence.termName })}
      style={{ marginBottom: 16 }}
      data-testid="planning-cadence"
    >
      <Flex vertical gap={6}>
        {items.map((i) => (
          <Flex key={`${i.kind}-${i.year}`} gap={8} wrap align="center" data-testid={`cadence-${i.kind}-${i.year}`}>
            <Tag color={COLORS[i.status]}>{t(`planning.cadence.status.${i.status}`)}</Tag>
            {i.lateDone ? <Tag color="orange">{t('planning.cadence.lateDone')}</Tag> : null}
            <Typography.Text strong>{t(`planning.cadence.${i.kind}`, { year: i.year })}</Typography.Text>
            <Typography.Text type="secondary">
              {i.doneOn
                ? t('planning.cadence.doneOn', { date: formatDate(i.doneOn) })
                : t('planning.cadence.window', { from: formatDate(i.from), to: formatDate(i.deadline) })}
              {i.documentRef ? ` — ${t('planning.cadence.documentRef', { ref: i.documentRef })}` : ''}
            </Typography.Text>
            {may(i) ? (
              <Button size="small" onClick={() => setRecording(i)}>
                {t(i.kind === 'yearly_review' ? 'planning.cadence.recordReview' : 'planning.cadence.recordReport')}
              </Button>
            ) : null}
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {items[0]?.rule}. {t('planning.cadence.reportNote')}
        </Typography.Text>
      </Flex>
      <FormDialog<RecordValues, UnitPlans>
        open={!!recording}
        onClose={() => setRecording(null)}
        title={t(report ? 'planning.cadence.record.titleReport' : 'planning.cadence.record.titleReview', { year: recording?.year ?? '' })}
        initialValues={{ doneOn: today() }}
        submit={(v) =>
          api.post<UnitPlans>(`/api/planning/units/${unitId}/procedure`, {
            kind: recording!.kind,
            year: recording!.year,
            doneOn: v.doneOn,
            documentRef: report ? (v.documentRef ?? null) : null,
            note: v.note || null,
          })
        }
        onDone={(data) => qc.setQueryData(planningKeys.unit(unitId), data)}
        onReload={() => void qc.invalidateQueries({ queryKey: planningKeys.unit(unitId) })}
      >
        <Form.Item name="doneOn" label={t('planning.cadence.record.doneOn')} rules={[{ required: true, message: t('v.required') }]}>
          <DateInput max={today()} />
        </Form.Item>
        {report ? (
          <Form.Item
            name="documentRef"
            label={t('planning.cadence.record.documentRef')}
            rules={[{ required: true, whitespace: true, message: t('v.required') }]}
          >
            <Input maxLength={120} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('planning.cadence.record.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
