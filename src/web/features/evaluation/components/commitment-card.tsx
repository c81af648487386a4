// The annual commitment in the year's evaluation (Quy định 366-QĐ/TW, Điều 6): the actions registered,
// the person's year-end report and the cell's or unit's assessment of each, and the fulfilment.
import { Card, Tag, Typography } from 'antd';
import type { EvaluationView } from '../../../../contracts/evaluation.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';

type Action = NonNullable<EvaluationView['commitment']>['actions'][number];
const COLOR: Record<string, string> = { done: 'green', partly: 'gold', not_done: 'red' };

export function CommitmentCard({ e }: { e: EvaluationView }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  if (e.period.kind !== 'year' || e.subject.kind !== 'person') return null;
  const c = e.commitment;
  const o = c?.outcome;
  return (
    <Card size="small" title={t('commitments.inEvaluation', { year: e.period.year })} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('commitments.inEvaluationRule')}</Typography.Paragraph>
      {!c ? (
        <Typography.Paragraph>{t('commitments.inEvaluationNone', { year: e.period.year })}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph>
            <Tag>{tx(`commitmentStage.${c.stage}`, c.stage)}</Tag>
            {o?.complete ? t('commitments.outcomePct', { pct: nf.pct(o.pct), done: o.done, partly: o.partly, notDone: o.notDone }) : null}
          </Typography.Paragraph>
          <ResponsiveTable<Action>
            size="small"
            rowKey="id"
            dataSource={c.actions}
            pagination={false}
            scroll={{ x: 800 }}
            columns={[
              {
                key: 'title',
                title: t('commitments.action.title'),
                render: (_, a) => (
                  <>
                    <div>{a.title}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('commitments.action.dueDate')}: {formatDate(a.dueDate)}
                    </Typography.Text>
                  </>
                ),
              },
              {
                key: 'report',
                title: t('commitments.finalReport'),
                width: 260,
                render: (_, a) => <span style={{ whiteSpace: 'pre-wrap' }}>{a.finalReport ?? t('commitments.notYet')}</span>,
              },
              {
                key: 'assessment',
                title: t('commitments.assessment'),
                width: 220,
                render: (_, a) =>
                  a.assessment ? (
                    <>
                      <Tag color={COLOR[a.assessment]}>{tx(`assessment.${a.assessment}`, a.assessment)}</Tag>
                      {a.assessmentComment ? <div style={{ whiteSpace: 'pre-wrap' }}>{a.assessmentComment}</div> : null}
                    </>
                  ) : (
                    t('commitments.notYet')
                  ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
