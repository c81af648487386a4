// One evaluation period for managers: counts, the evaluations with filters, the HTXS quota per peer
// group with the decision set and exceptions (standing), publication and close (with progress).
import { BarChartOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Flex, Spin } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { evaluationApi, useInvalidateEvaluation, usePeriod, usePeriodEvaluations, type EvaluationFilter } from '../api/evaluation.js';
import { EvaluationsTable } from '../components/evaluations-table.js';
import { EvaluationJobProgress } from '../components/job-progress.js';
import { PeriodStatusTag } from '../components/labels.js';
import { PeriodCounts } from '../components/period-counts.js';
import { QuotaPanel, peerGroups } from '../components/quota-panel.js';

export default function PeriodPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { modal, message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const period = usePeriod(id);
  const [filter, setFilter] = useState<EvaluationFilter>({ page: 1, pageSize: 50 });
  const list = usePeriodEvaluations(id, filter);
  const p = period.data;
  const decide = !!p?.actions.decide;
  // The whole period for the quota groups (peer groups are built from every evaluation listed).
  const all = usePeriodEvaluations(id, { page: 1, pageSize: 500 }, decide || !!p?.actions.appraise);
  const invalidate = useInvalidateEvaluation();
  const [error, setError] = useState<unknown>(null);

  if (period.isLoading) return <Spin />;
  if (!p) return <ErrorAlert error={period.error} />;

  const groups = peerGroups(all.data?.items ?? []);
  const groupOptions = [
    ...new Map(
      (all.data?.items ?? list.data?.items ?? []).map((e) => [e.cadreGroup, { code: e.cadreGroup, name: e.cadreGroupName }]),
    ).values(),
  ];

  const publish = () =>
    modal.confirm({
      title: t('evaluation.publish'),
      content: t('evaluation.publish.confirm'),
      onOk: async () => {
        setError(null);
        try {
          const r = await evaluationApi.publish(id);
          void message.success(t('evaluation.publish.done', { n: r.published }));
          void invalidate();
        } catch (err) {
          setError(err);
        }
      },
    });
  const close = () =>
    modal.confirm({
      title: t('evaluation.close'),
      content: t('evaluation.close.confirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        setError(null);
        try {
          const r = await evaluationApi.closePeriod(id, p.version);
          setParams((s) => (s.set('job', r.jobId), s));
        } catch (err) {
          setError(err);
        }
      },
    });

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ title: <Link to={paths.evaluation()}>{t('evaluation.title')}</Link> }, { title: p.label }]}
          />
        }
        title={
          <Flex gap={8} align="center">
            {p.label} — {p.unitName} <PeriodStatusTag status={p.status} />
          </Flex>
        }
        subtitle={`${formatDate(p.startDate)} – ${formatDate(p.endDate)} · ${t('evaluation.col.deadlines')}: ${[p.selfDue, p.appraisalDue, p.decisionDue].map(formatDate).join(' / ')}`}
        extra={
          <>
            <Link to={paths.myEvaluation(p.id)}>
              <Button>{t('evaluation.mine')}</Button>
            </Link>
            {me.can.readEvaluations ? (
              <>
                <Link to={paths.evaluationResults(p.id)}>
                  <Button icon={<BarChartOutlined />}>{t('er.results.open')}</Button>
                </Link>
                <Link to={paths.evaluationPublished(p.id)}>
                  <Button>{t('er.published.title')}</Button>
                </Link>
              </>
            ) : null}
            {p.actions.publish ? (
              <Button type="primary" onClick={publish}>
                {t('evaluation.publish')}
              </Button>
            ) : null}
            {p.actions.close ? (
              <Button danger onClick={close}>
                {t('evaluation.close')}
              </Button>
            ) : null}
          </>
        }
      />
      <ErrorAlert error={error} onReload={() => void invalidate()} />
      {jobId ? <EvaluationJobProgress jobId={jobId} kind="close" onFinished={() => void invalidate()} /> : null}
      <PeriodCounts period={p} />
      {decide || p.actions.appraise ? <QuotaPanel periodId={id} groups={groups} canDecide={decide} /> : null}
      <Card title={t('evaluation.list')}>
        <ErrorAlert error={list.error} />
        <EvaluationsTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.isFetching}
          filter={filter}
          groups={groupOptions}
          onFilter={setFilter}
        />
      </Card>
    </>
  );
}
