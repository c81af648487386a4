// Editing new-member development (decision 0033): a unit's target for the year (set by the level above;
// a split over the parent's target needs its reason), and the candidates' pipeline — add an outstanding
// non-member to a cell, record each next step in order (the age rule at the cell's consideration).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { TEXT } from '../../../../contracts/limits.js';
import type { CandidateView, ProgressView } from '../../../../contracts/party-cells-recruitment.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { createCandidate, recordStage, setTarget } from '../api/party-cells-edit.js';

type Row = ProgressView['rows'][number];
const STAGES = ['outstanding', 'course', 'application', 'verification', 'considered', 'decision', 'ceremony'] as const;
type Stage = (typeof STAGES)[number];

const refresh = (qc: ReturnType<typeof useQueryClient>) => void qc.invalidateQueries({ queryKey: ['party-cells'] });

/** A row's target with the button to set it (when the actor is the level above). */
export function TargetRow({ row, year, canSet }: { row: Row; year: number; canSet: boolean }) {
  const t = useT();
  const { num } = useNumberFormat();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <Flex className="card-list-item" gap={8} wrap align="center" justify="space-between" data-testid="target-row">
      <span>
        <strong>{row.name}</strong>: {num(row.admitted)}/{row.target === null ? '—' : num(row.target)}
        {row.overReason ? (
          <Tag color="gold" style={{ marginInlineStart: 6 }}>
            {t('cells.rec.over')}
          </Tag>
        ) : null}
      </span>
      {canSet ? (
        <Button size="large" onClick={() => setOpen(true)} aria-label={t('cells.rec.setTargetOf', { year, name: row.name })}>
          {t('cells.rec.setTarget')}
        </Button>
      ) : null}
      <FormDialog<{ target: number; overReason: string }>
        open={open}
        onClose={() => setOpen(false)}
        onReload={() => refresh(qc)}
        title={t('cells.rec.setTargetOf', { year, name: row.name })}
        initialValues={{ target: row.target ?? undefined, overReason: row.overReason ?? '' }}
        submit={(v) =>
          setTarget(row.unitId, year, {
            ...(row.targetVersion === null ? {} : { version: row.targetVersion }),
            target: v.target,
            overReason: v.overReason?.trim() ? v.overReason : null,
          })
        }
        onDone={() => refresh(qc)}
      >
        <Form.Item name="target" label={t('cells.rec.targetField')} rules={[{ required: true, message: t('v.required') }]}>
          <InputNumber size="large" min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="overReason" label={t('cells.rec.overReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} {...countUpTo(TEXT.note)} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}

/** The unit's candidates with their stage; the cell's managers add one and record the next step. */
export function CandidatesCard({ unitId, cells, manage }: { unitId: string; cells: { cellId: string; name: string }[]; manage: boolean }) {
  const t = useT();
  const { num } = useNumberFormat();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const q = useQuery({
    queryKey: ['party-cells', 'candidates', unitId],
    queryFn: () => api.get<{ items: CandidateView[]; total: number }>(`/api/party-cells/units/${unitId}/candidates`, { pageSize: 50 }),
  });
  const required = [{ required: true, message: t('v.required') }];
  if (!q.data) return null;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={t('cells.cand.title')}
      data-testid="candidates-card"
      extra={
        manage && cells.length > 0 ? (
          <Button size="large" onClick={() => setAdding(true)}>
            {t('cells.cand.add')}
          </Button>
        ) : null
      }
    >
      {q.data.items.length === 0 ? <Typography.Paragraph type="secondary">{t('cells.cand.none')}</Typography.Paragraph> : null}
      <Flex vertical gap={8}>
        {q.data.items.map((c) => (
          <CandidateRow key={c.id} c={c} manage={manage} />
        ))}
      </Flex>
      {q.data.total > q.data.items.length ? (
        <Typography.Text type="secondary">
          {t('cells.cand.more', { shown: num(q.data.items.length), total: num(q.data.total) })}
        </Typography.Text>
      ) : null}
      <FormDialog<{ cellId: string; personId: string; outstandingOn: string; note: string }>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('cells.cand.add')}
        initialValues={{ cellId: cells[0]?.cellId, outstandingOn: today(), note: '' }}
        submit={(v) => createCandidate(v.cellId, { personId: v.personId, outstandingOn: v.outstandingOn, note: v.note ?? '' })}
        onDone={() => refresh(qc)}
      >
        <Form.Item name="cellId" label={t('cells.cand.cell')} rules={required}>
          <Select size="large" options={cells.map((c) => ({ value: c.cellId, label: c.name }))} />
        </Form.Item>
        <Form.Item name="personId" label={t('cells.cand.person')} rules={required}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="outstandingOn" label={t('cells.cand.outstandingOn')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('cells.cand.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} {...countUpTo(TEXT.note)} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}

function CandidateRow({ c, manage }: { c: CandidateView; manage: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const next: Stage | undefined = STAGES[STAGES.indexOf(c.stage) + 1];
  const on = c.dates[c.stage];
  return (
    <Flex className="card-list-item" gap={8} wrap align="center" justify="space-between" data-testid="candidate-row">
      <span>
        <strong>{c.name}</strong> ({c.cellName}) <Tag>{t(`cells.stage.${c.stage}`)}</Tag>
        {on ? formatDate(on) : null}
      </span>
      {manage && next ? (
        <Button
          size="large"
          onClick={() => setOpen(true)}
          aria-label={t('cells.cand.nextOf', { stage: t(`cells.stage.${next}`), name: c.name })}
        >
          {t('cells.cand.next', { stage: t(`cells.stage.${next}`) })}
        </Button>
      ) : null}
      {next ? (
        <FormDialog<{ on: string; ageException: string }>
          open={open}
          onClose={() => setOpen(false)}
          onReload={() => refresh(qc)}
          title={t('cells.cand.nextOf', { stage: t(`cells.stage.${next}`), name: c.name })}
          initialValues={{ on: today(), ageException: c.ageException ?? '' }}
          submit={(v) =>
            recordStage(c.id, {
              version: c.version,
              stage: next as Exclude<Stage, 'outstanding'>,
              on: v.on,
              ...(next === 'considered' ? { ageException: v.ageException?.trim() ? v.ageException : null } : {}),
            })
          }
          onDone={() => refresh(qc)}
        >
          <Form.Item name="on" label={t('cells.cand.on')} rules={[{ required: true, message: t('v.required') }]}>
            <DateInput allowClear={false} />
          </Form.Item>
          {next === 'considered' ? (
            <Form.Item name="ageException" label={t('cells.cand.ageException')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} {...countUpTo(TEXT.note)} />
            </Form.Item>
          ) : null}
        </FormDialog>
      ) : null}
    </Flex>
  );
}
