// The tasks behind one number of the results part (GET /api/evaluation/:id/evidence?metric=).
import { Alert, Drawer, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import type { EvidenceMetric, EvidenceTask } from '../../../../contracts/evaluation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useEvidence } from '../api/evaluation.js';

export function EvidenceDrawer({
  evaluationId,
  metric,
  onClose,
}: {
  evaluationId: string;
  metric: EvidenceMetric | null;
  onClose: () => void;
}) {
  const t = useT();
  const evidence = useEvidence(evaluationId, metric);
  const data = evidence.data;
  return (
    <Drawer
      open={!!metric}
      onClose={onClose}
      size="large"
      title={metric ? t('evaluation.evidence.title', { metric: t(`evaluation.metric.${metric}`) }) : ''}
    >
      <ErrorAlert error={evidence.error} />
      {data ? (
        <Typography.Paragraph type="secondary">
          {t('evaluation.results.window', {
            from: formatDate(data.window.from),
            to: formatDate(data.window.to),
            asOf: formatDate(data.asOf),
          })}
        </Typography.Paragraph>
      ) : null}
      {data?.truncated ? <Alert type="info" showIcon title={t('evaluation.evidence.truncated')} style={{ marginBottom: 12 }} /> : null}
      <ResponsiveTable<EvidenceTask>
        rowKey="id"
        size="small"
        loading={evidence.isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('evaluation.evidence.task'),
            key: 'title',
            render: (_, x) => (
              <div>
                <Link to={paths.task(x.id)}>{x.title}</Link>
                <div>
                  <Typography.Text type="secondary">{x.unitName}</Typography.Text>
                </div>
              </div>
            ),
          },
          { title: t('evaluation.evidence.due'), key: 'due', render: (_, x) => formatDate(x.dueDate) },
          { title: t('evaluation.evidence.completed'), key: 'done', render: (_, x) => formatDate(x.completedOn) || '—' },
          { title: t('evaluation.evidence.workUnits'), dataIndex: 'workUnits', key: 'wu', align: 'right' },
          {
            title: '',
            key: 'flags',
            render: (_, x) => (
              <>
                {x.late ? <Tag color="orange">{t('evaluation.evidence.late')}</Tag> : null}
                {x.objectiveCause ? <Tag>{t('evaluation.evidence.objective')}</Tag> : null}
                {x.qualityOk === false ? <Tag color="red">{t('evaluation.evidence.qualityFail')}</Tag> : null}
                {x.majorErrors ? (
                  <Tag color="red">
                    {t('evaluation.metric.majorErrors')}: {x.majorErrors}
                  </Tag>
                ) : null}
                {x.exceeded ? <Tag color="green">{t('evaluation.metric.exceeded')}</Tag> : null}
              </>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
