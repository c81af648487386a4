// The results part computed from the tasks (Nghị định 335/2025/NĐ-CP, Điều 14): each count is a
// button that opens the tasks behind it.
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import type { EvaluationView, EvidenceMetric, TaskCounts } from '../../../../contracts/evaluation.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';
import { evaluationApi, useInvalidateEvaluation } from '../api/evaluation.js';
import { EvidenceDrawer } from './evidence-drawer.js';
import { useScoreText } from './labels.js';

const METRICS: (EvidenceMetric & keyof TaskCounts)[] = [
  'assigned',
  'done',
  'doneOnTime',
  'late',
  'lateExcused',
  'overdue',
  'pending',
  'qualityFailures',
  'majorErrors',
  'exceeded',
];

/** When the facts were computed, and a way to take them again (decision 0008: the evidence must not go stale). */
function Freshness({ evaluation }: { evaluation: EvaluationView }) {
  const t = useT();
  const { message } = App.useApp();
  const invalidate = useInvalidateEvaluation();
  const [busy, setBusy] = useState(false);
  const at = evaluation.results.computedAt;
  const refresh = async () => {
    setBusy(true);
    try {
      const next = await evaluationApi.refresh(evaluation.id, evaluation.version);
      void message.success(next.version !== evaluation.version ? t('evaluation.evidence.refreshed') : t('evaluation.evidence.unchanged'));
      await invalidate();
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <Typography.Text type="secondary">
        {at ? t('evaluation.evidence.computedAt', { time: formatDateTime(at) }) : t('evaluation.evidence.never')}
      </Typography.Text>
      {evaluation.actions.refresh ? (
        <Button size="small" loading={busy} onClick={() => void refresh()}>
          {t('evaluation.evidence.refresh')}
        </Button>
      ) : null}
    </Space>
  );
}

export function ResultsPart({ evaluation }: { evaluation: EvaluationView }) {
  const t = useT();
  const scoreText = useScoreText();
  const [metric, setMetric] = useState<EvidenceMetric | null>(null);
  const r = evaluation.results;
  const tasks = r.tasks;
  const pct = (n: number | null) => (n == null ? '—' : scoreText(n));
  return (
    <Card title={t('evaluation.results')} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 20, marginTop: 0 }}>
        {t('evaluation.results.score', { score: scoreText(r.score), max: evaluation.criteriaSet.resultsPoints })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('evaluation.results.window', { from: formatDate(r.window.from), to: formatDate(r.window.to), asOf: formatDate(r.asOf) })} ·{' '}
        {r.rule}
      </Typography.Paragraph>
      <Freshness evaluation={evaluation} />
      {tasks ? (
        <>
          <Typography.Paragraph>{t('evaluation.results.clickHint')}</Typography.Paragraph>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2, md: 3 }}
            items={METRICS.map((m) => ({
              key: m,
              label: t(`evaluation.metric.${m}`),
              children: (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  aria-label={`${t(`evaluation.metric.${m}`)}: ${tasks[m]}`}
                  onClick={() => setMetric(m)}
                >
                  {tasks[m]}
                </Button>
              ),
            }))}
          />
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('evaluation.results.pct', {
              quantity: pct(tasks.quantityPct),
              quality: pct(tasks.qualityPct),
              progress: pct(tasks.progressPct),
            })}
          </Typography.Paragraph>
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('evaluation.results.noTasks')}</Typography.Paragraph>
      )}
      {r.items.length > 0 ? (
        <ResponsiveTable
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={r.items}
          columns={[
            { title: t('evaluation.criterion'), dataIndex: 'title', key: 'title' },
            { title: t('evaluation.score'), key: 'points', align: 'right', render: (_, i) => `${scoreText(i.points)} / ${i.maxPoints}` },
          ]}
        />
      ) : null}
      <EvidenceDrawer evaluationId={evaluation.id} metric={metric} onClose={() => setMetric(null)} />
    </Card>
  );
}
