// The records about a unit that the classification needs (Quy định 366-QĐ/TW, Điều 11): the
// discipline of the organisation (its own KHT trigger, its parent's HTXS gate), corruption, waste or
// negative conduct concluded in it (its leaders' KHT trigger) and its shortcomings from the previous
// review (its HTXS gate). Shown to the roles that read them; recorded by those that may.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import type { IncidentList, ShortcomingList, UnitDisciplineList } from '../../../../contracts/conduct.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useI18n } from '../../../i18n/context.js';
import { api, ApiError } from '../../../lib/api-client.js';
import { formatDate, today } from '../../../lib/dates.js';

type Kind = 'disciplines' | 'incidents' | 'shortcomings';
const key = (unitId: string, kind: Kind) => ['conduct', 'unit', unitId, kind] as const;

function useUnitRecords<T>(unitId: string, kind: Kind) {
  return useQuery({ queryKey: key(unitId, kind), queryFn: () => api.get<T>(`/api/units/${unitId}/${kind}`), retry: false });
}

const hidden = (err: unknown) => err instanceof ApiError && (err.status === 403 || err.status === 404);

interface RecordValues {
  kind?: string;
  date: string;
  breachOn?: string | null;
  text: string;
  decisionRef?: string;
}

function RecordDialog({ unitId, kind, open, onClose }: { unitId: string; kind: Kind; open: boolean; onClose: () => void }) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const kinds =
    kind === 'disciplines' ? ['reprimand', 'warning', 'dissolution'] : kind === 'incidents' ? ['corruption', 'waste', 'negative'] : [];
  const prefix = kind === 'disciplines' ? 'conduct.unitDiscipline' : 'conduct.incident';
  const dateLabel =
    kind === 'disciplines' ? 'conduct.field.decidedOn' : kind === 'incidents' ? 'conduct.field.concludedOn' : 'conduct.field.notedOn';
  const submit = (v: RecordValues) => {
    const ref = v.decisionRef?.trim() ? v.decisionRef.trim() : null;
    const body =
      kind === 'disciplines'
        ? { kind: v.kind, decidedOn: v.date, breachOn: v.breachOn ?? null, reason: v.text, decisionRef: ref }
        : kind === 'incidents'
          ? { kind: v.kind, concludedOn: v.date, text: v.text, decisionRef: ref }
          : { notedOn: v.date, text: v.text };
    return api.post<unknown>(`/api/units/${unitId}/${kind}`, body);
  };
  return (
    <FormDialog<RecordValues, unknown>
      open={open}
      onClose={onClose}
      title={`${t('conduct.unit.add')}: ${t(`conduct.unit.${kind}`)}`}
      okText={t('conduct.unit.add')}
      successText={t('conduct.unit.saved')}
      initialValues={{ kind: kinds[0], date: today() }}
      errorRename={{ decidedOn: 'date', concludedOn: 'date', notedOn: 'date', reason: 'text' }}
      submit={submit}
      onDone={() => void qc.invalidateQueries({ queryKey: ['conduct', 'unit', unitId] })}
    >
      {kinds.length > 0 ? (
        <Form.Item name="kind" label={t('conduct.field.kind')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={kinds.map((k) => ({ value: k, label: tx(`${prefix}.${k}`, k) }))} style={{ maxWidth: 240 }} />
        </Form.Item>
      ) : null}
      <Form.Item name="date" label={t(dateLabel)} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput max={today()} />
      </Form.Item>
      {kind === 'disciplines' ? (
        <Form.Item name="breachOn" label={t('conduct.field.breachOn')}>
          <DateInput max={today()} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="text"
        label={t(kind === 'disciplines' ? 'conduct.field.reason' : 'conduct.field.text')}
        rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
      </Form.Item>
      {kind !== 'shortcomings' ? (
        <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('conduct.field.decisionRef')}>
          <Input {...countUpTo(TEXT.decisionRef)} style={{ maxWidth: 240 }} />
        </Form.Item>
      ) : null}
    </FormDialog>
  );
}

function FixDialog({
  id,
  version,
  open,
  onClose,
  unitId,
}: {
  id: string;
  version: number;
  open: boolean;
  onClose: () => void;
  unitId: string;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<{ fixedOn: string }, unknown>
      open={open}
      onClose={onClose}
      title={t('conduct.unit.fix')}
      initialValues={{ fixedOn: today() }}
      submit={(v) => api.post<unknown>(`/api/shortcomings/${id}/fixed`, { version, fixedOn: v.fixedOn })}
      onDone={() => void qc.invalidateQueries({ queryKey: ['conduct', 'unit', unitId] })}
    >
      <Form.Item name="fixedOn" label={t('conduct.field.fixedOn')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput max={today()} />
      </Form.Item>
    </FormDialog>
  );
}

/** One row of any of the three lists, as the table reads it. */
interface Row {
  id: string;
  version?: number;
  kind?: string;
  decidedOn?: string;
  concludedOn?: string;
  notedOn?: string;
  reason?: string;
  text?: string;
  fixedOn?: string | null;
  actions?: { fix: boolean };
}

function Section({ unitId, kind }: { unitId: string; kind: Kind }) {
  const { t, tx } = useI18n();
  const [adding, setAdding] = useState(false);
  const [fixing, setFixing] = useState<{ id: string; version: number } | null>(null);
  const q = useUnitRecords<UnitDisciplineList | IncidentList | ShortcomingList>(unitId, kind);
  if (q.error || !q.data) return null;
  const items = q.data.items as Row[];
  const date = (r: Row) => formatDate(String(r.decidedOn ?? r.concludedOn ?? r.notedOn ?? ''));
  const kindText = (r: Row) =>
    r.kind ? tx(`${kind === 'disciplines' ? 'conduct.unitDiscipline' : 'conduct.incident'}.${String(r.kind)}`, String(r.kind)) : '';
  return (
    <Col xs={24} lg={8}>
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        {t(`conduct.unit.${kind}`)}
      </Typography.Title>
      <ResponsiveTable
        rowKey={(r) => String(r.id)}
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('conduct.unit.none') }}
        columns={[
          {
            title: t(
              kind === 'disciplines'
                ? 'conduct.field.decidedOn'
                : kind === 'incidents'
                  ? 'conduct.field.concludedOn'
                  : 'conduct.field.notedOn',
            ),
            key: 'd',
            render: (_, r) => date(r),
          },
          {
            title: t('conduct.field.text'),
            key: 't',
            render: (_, r) => [kindText(r), String(r.reason ?? r.text ?? '')].filter(Boolean).join(': '),
          },
          ...(kind === 'shortcomings'
            ? [
                {
                  title: t('conduct.field.fixedOn'),
                  key: 'f',
                  render: (_: unknown, r: Row) =>
                    r.fixedOn ? (
                      formatDate(String(r.fixedOn))
                    ) : r.actions?.fix ? (
                      <Button size="small" onClick={() => setFixing({ id: String(r.id), version: Number(r.version) })}>
                        {t('conduct.unit.fix')}
                      </Button>
                    ) : (
                      '—'
                    ),
                },
              ]
            : []),
        ]}
      />
      {q.data.actions.create ? (
        <Button
          size="small"
          style={{ marginTop: 8 }}
          onClick={() => setAdding(true)}
          aria-label={`${t('conduct.unit.add')}: ${t(`conduct.unit.${kind}`)}`}
        >
          {t('conduct.unit.add')}
        </Button>
      ) : null}
      <RecordDialog unitId={unitId} kind={kind} open={adding} onClose={() => setAdding(false)} />
      {fixing ? <FixDialog unitId={unitId} id={fixing.id} version={fixing.version} open onClose={() => setFixing(null)} /> : null}
    </Col>
  );
}

export function UnitConductCard({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const probe = useUnitRecords<UnitDisciplineList>(unitId, 'disciplines');
  if (hidden(probe.error) || (!probe.data && !probe.isPending)) return null;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('conduct.unit.title')}
        </Typography.Title>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('conduct.unit.help')}</Typography.Paragraph>
      <Row gutter={16}>
        <Section unitId={unitId} kind="disciplines" />
        <Section unitId={unitId} kind="incidents" />
        <Section unitId={unitId} kind="shortcomings" />
      </Row>
    </Card>
  );
}
