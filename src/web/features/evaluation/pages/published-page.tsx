// The published results of a period (Quy định 366-QĐ/TW: results are published to the person and
// their managers): what a cadre sees of the period — the decided score and level, never the
// appraisal — listed for the managers of the unit, with the list as the office files it (Excel).
// Without a manager's role the page leads to the reader's own result instead.
import { Breadcrumb, Button, Card, Flex, Grid, Result, Spin, Table, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DownloadButton } from '../../../components/download-button.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { reportFiles } from '../../../lib/api/evaluation-reports.js';
import { CardList } from '../../../components/card-list.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useCurrentUser } from '../../../lib/session.js';
import { type EvaluationItem, usePeriod, usePeriodEvaluations } from '../api/evaluation.js';
import { LevelTag } from '../components/labels.js';

const PAGE_SIZE = 50;

function SubjectName({ e }: { e: EvaluationItem }) {
  return e.subject.personId ? <Link to={paths.person(e.subject.personId)}>{e.subject.name}</Link> : <span>{e.subject.name}</span>;
}

export default function PublishedPage() {
  const t = useT();
  const nf = useNumberFormat();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const narrow = !Grid.useBreakpoint().md;
  const allowed = me.can.readEvaluations;
  const period = usePeriod(id);
  const list = usePeriodEvaluations(id, { status: 'published', unitId, page, pageSize: PAGE_SIZE }, allowed);

  if (period.isPending) return <Spin />;
  const p = period.data;
  if (!p) return <ErrorAlert error={period.error} onReload={() => void period.refetch()} />;

  const header = (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[
            { title: <Link to={paths.evaluation()}>{t('evaluation.title')}</Link> },
            { title: allowed ? <Link to={paths.evaluationResults(p.id)}>{p.label}</Link> : p.label },
            { title: t('er.published.title') },
          ]}
        />
      }
      title={t('er.published.heading', { period: p.label, unit: p.unitName })}
      subtitle={t('er.published.note')}
      extra={
        allowed ? (
          <DownloadButton path={reportFiles.published(id)} query={{ unitId }} fallbackName="danh-sach-cong-khai.xlsx" type="primary">
            {t('er.download.publishedXlsx')}
          </DownloadButton>
        ) : null
      }
    />
  );

  if (!allowed) {
    return (
      <>
        {header}
        <Result
          status="info"
          title={t('er.published.ownOnly')}
          extra={
            <Flex gap={8} wrap justify="center">
              <Link to={paths.myEvaluation(p.id)}>
                <Button type="primary">{t('evaluation.mine')}</Button>
              </Link>
              {me.personId ? (
                <Link to={paths.person(me.personId)}>
                  <Button>{t('er.history.mine')}</Button>
                </Link>
              ) : null}
            </Flex>
          }
        />
      </>
    );
  }

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const start = (page - 1) * PAGE_SIZE;
  const setPage = (n: number) => setParams((s) => (s.set('page', String(n)), s));
  const pagination = total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, onChange: setPage } : false;

  return (
    <>
      {header}
      <ErrorAlert error={list.error} onReload={() => void list.refetch()} />
      <Card title={t('er.published.count', { n: nf.count(total) })} styles={narrow ? { body: { padding: 8 } } : undefined}>
        {narrow ? (
          <CardList
            items={items}
            rowKey={(e) => e.id}
            empty={t('er.published.empty')}
            loading={list.isFetching}
            serverPage={pagination}
            render={(e, i) => (
              <>
                <Flex justify="space-between" align="baseline" gap={8}>
                  <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {start + i + 1}. <SubjectName e={e} />
                  </Typography.Text>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {nf.score(e.decision?.score)} <LevelTag level={e.decision?.level} />
                  </span>
                </Flex>
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {e.subject.unitName} · {e.cadreGroupName}
                </Typography.Text>
              </>
            )}
          />
        ) : (
          <Table<EvaluationItem>
            rowKey="id"
            size="small"
            loading={list.isFetching}
            dataSource={items}
            pagination={pagination}
            locale={{ emptyText: t('er.published.empty') }}
            columns={[
              { title: t('er.col.no'), key: 'no', width: 56, align: 'right', render: (_, _e, i) => start + i + 1 },
              { title: t('er.col.name'), key: 'name', render: (_, e) => <SubjectName e={e} /> },
              { title: t('er.col.unit'), key: 'unit', render: (_, e) => e.subject.unitName },
              { title: t('er.col.group'), dataIndex: 'cadreGroupName' },
              { title: t('er.col.score'), key: 'score', align: 'right', render: (_, e) => nf.score(e.decision?.score) },
              { title: t('er.col.level'), key: 'level', render: (_, e) => <LevelTag level={e.decision?.level} /> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
