// "Quyết định" for one peer group: level and score per appraised person, reason when departing from
// the appraisal. The server refuses the whole set when it breaks the HTXS quota: its explanation
// (counts, cap, what must change, the rule) is shown as is.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { Alert, App, Button, Flex, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Level } from '../../../../contracts/evaluation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { ApiError } from '../../../lib/api-client.js';
import { evaluationApi, type EvaluationItem } from '../api/evaluation.js';
import { LEVELS, StepCell } from './labels.js';
import { useNumberFormat } from '../../../lib/numbers.js';

interface Row {
  item: EvaluationItem;
  level: Level | null;
  score: number | null;
  reason: string;
}

interface Props {
  periodId: string;
  unitId: string;
  cadreGroup: string;
  groupName: string;
  items: EvaluationItem[];
  onClose: () => void;
  onDone: () => void;
}

export function DecideSetDialog({ periodId, unitId, cadreGroup, groupName, items, onClose, onDone }: Props) {
  const t = useT();
  const nf = useNumberFormat();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>(() =>
    items.map((item) => ({ item, level: item.appraisal?.level ?? null, score: item.appraisal?.score ?? null, reason: '' })),
  );
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      const res = await evaluationApi.decideSet(periodId, {
        unitId,
        cadreGroup,
        items: rows.map((r) => ({
          evaluationId: r.item.id,
          version: r.item.version,
          level: r.level as Level,
          score: r.score as number,
          reason: r.reason.trim() || undefined,
        })),
      });
      void message.success(t('evaluation.decideSet.done', { n: res.decided }));
      onDone();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };

  const quotaIssues = error instanceof ApiError && error.status === 400 ? error.details.filter((d) => d.field === 'items') : [];
  const otherError = quotaIssues.length > 0 ? null : error;
  const incomplete = rows.some((r) => r.level == null || r.score == null);

  return (
    <Modal open title={t('evaluation.decideSet.title', { group: groupName })} onCancel={onClose} footer={null} width={980} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('evaluation.decideSet.help')}</Typography.Paragraph>
      {quotaIssues.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('evaluation.decideSet.refused')}
          description={quotaIssues.map((d, i) => (
            <div key={i}>{d.message}</div>
          ))}
        />
      ) : null}
      <ErrorAlert error={otherError} onReload={onDone} />
      <Table<Row>
        rowKey={(r) => r.item.id}
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: true, y: 420 }}
        locale={{ emptyText: t('evaluation.decideSet.none') }}
        columns={[
          { title: t('evaluation.col.person'), key: 'name', render: (_, r) => r.item.subject.name },
          { title: t('evaluation.col.appraisal'), key: 'appraisal', render: (_, r) => <StepCell step={r.item.appraisal} /> },
          {
            title: t('evaluation.level'),
            key: 'level',
            render: (_, r, i) => (
              <Select<Level>
                aria-label={`${t('evaluation.level')}: ${r.item.subject.name}`}
                style={{ width: 120 }}
                value={r.level ?? undefined}
                onChange={(level) => set(i, { level })}
                options={LEVELS.map((l) => ({ value: l, label: t(`evaluation.levelShort.${l}`), title: t(`evaluation.level.${l}`) }))}
              />
            ),
          },
          {
            title: t('evaluation.score'),
            key: 'score',
            render: (_, r, i) => (
              <InputNumber<number>
                aria-label={`${t('evaluation.score')}: ${r.item.subject.name}`}
                min={0}
                max={100}
                step={0.5}
                decimalSeparator={nf.decimalSeparator}
                value={r.score}
                onChange={(score) => set(i, { score })}
              />
            ),
          },
          {
            title: t('evaluation.decideSet.reason'),
            key: 'reason',
            render: (_, r, i) => (
              <Input
                aria-label={`${t('evaluation.decideSet.reason')}: ${r.item.subject.name}`}
                value={r.reason}
                {...countUpTo(TEXT.longReason)}
                onChange={(e) => set(i, { reason: e.target.value })}
              />
            ),
          },
        ]}
      />
      <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button type="primary" loading={pending} disabled={rows.length === 0 || incomplete} onClick={() => void submit()}>
          {t('evaluation.decideSet')}
        </Button>
      </Flex>
    </Modal>
  );
}
