// Đánh giá, xếp loại: the periods in the reader's scope; who may open new ones (with progress) and
// who reads a period's results come from `me.can` (the permission matrix), never from roles.
import { Button, Card, Flex, Select, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PeriodView } from '../../../../contracts/evaluation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useInvalidateEvaluation, usePeriods } from '../api/evaluation.js';
import { EvaluationJobProgress } from '../components/job-progress.js';
import { PeriodStatusTag } from '../components/labels.js';
import { OpenPeriodDialog } from '../components/open-period-dialog.js';

export default function PeriodsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? '';
  const jobId = params.get('job');
  const { can } = useCurrentUser();
  const canOpen = can.openPeriods;
  const isManager = can.readEvaluations;
  const reports = can.readEvaluations;
  const periods = usePeriods({ year: year || undefined });
  const invalidate = useInvalidateEvaluation();
  const [opening, setOpening] = useState(false);
  const thisYear = Number(today().slice(0, 4));

  const columns = [
    {
      title: t('evaluation.col.period'),
      key: 'label',
      render: (_: unknown, p: PeriodView) =>
        isManager ? <Link to={paths.evaluationPeriod(p.id)}>{p.label}</Link> : <span>{p.label}</span>,
    },
    { title: t('evaluation.col.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('evaluation.col.range'),
      key: 'range',
      render: (_: unknown, p: PeriodView) => `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`,
    },
    {
      title: t('evaluation.col.deadlines'),
      key: 'due',
      render: (_: unknown, p: PeriodView) => [p.selfDue, p.appraisalDue, p.decisionDue].map(formatDate).join(' / '),
    },
    { title: t('evaluation.col.status'), key: 'status', render: (_: unknown, p: PeriodView) => <PeriodStatusTag status={p.status} /> },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, p: PeriodView) => (
        <Flex gap={8} wrap>
          <Link to={paths.myEvaluation(p.id)}>{t('evaluation.mine')}</Link>
          {isManager ? <Link to={paths.evaluationPeriod(p.id)}>{t('evaluation.viewPeriod')}</Link> : null}
          {reports ? <Link to={paths.evaluationResults(p.id)}>{t('er.results.open')}</Link> : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('evaluation.title')}
        subtitle={t('evaluation.subtitle')}
        extra={
          <>
            {reports ? (
              <Link to={paths.commendations()}>
                <Button>{t('er.commend.open')}</Button>
              </Link>
            ) : null}
            {canOpen ? (
              <Button type="primary" onClick={() => setOpening(true)}>
                {t('evaluation.open')}
              </Button>
            ) : null}
          </>
        }
      />
      {jobId ? (
        <EvaluationJobProgress
          jobId={jobId}
          kind="open"
          onFinished={() => {
            void invalidate();
          }}
        />
      ) : null}
      <Card>
        <Flex gap={12} style={{ marginBottom: 12 }} align="center">
          <Typography.Text>{t('evaluation.form.year')}</Typography.Text>
          <Select
            aria-label={t('evaluation.form.year')}
            allowClear
            style={{ width: 120 }}
            value={year ? Number(year) : undefined}
            onChange={(y) => setParams((p) => (y ? (p.set('year', String(y)), p) : (p.delete('year'), p)))}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: String(y) }))}
          />
        </Flex>
        <ErrorAlert error={periods.error} />
        <ResponsiveTable<PeriodView>
          rowKey="id"
          size="middle"
          loading={periods.isLoading}
          dataSource={periods.data?.items ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: t('evaluation.empty') }}
          scroll={{ x: true }}
        />
      </Card>
      <OpenPeriodDialog open={opening} onClose={() => setOpening(false)} onStarted={(r) => setParams((p) => (p.set('job', r.jobId), p))} />
    </>
  );
}
