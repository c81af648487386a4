// A period's results for the managers (organising body, standing committee, inspection, admin):
// the distribution of the four levels as charts, per child unit and per cadre group, the ranking,
// and the documents — the collective report (PDF, Excel), the published list (Excel) and each
// person's form. Filters (unit, cadre group) live in the address, so a view can be shared.
import { Breadcrumb, Button, Card, Flex, Grid, Result, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DownloadButton } from '../../../components/download-button.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { reportFiles, useDistribution } from '../../../lib/api/evaluation-reports.js';
import { useCurrentUser } from '../../../lib/session.js';
import { type Basis, DistributionCharts, defaultBasis } from '../components/results/distribution-charts.js';
import { GroupCounts, RankingList } from '../components/results/ranking-list.js';

export default function ResultsPage() {
  const t = useT();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const cadreGroup = params.get('group') ?? undefined;
  const narrow = !Grid.useBreakpoint().md;
  const allowed = me.can.readEvaluations;
  const dist = useDistribution(id, { unitId, cadreGroup }, allowed);
  // The whole period's unit and groups, for the filters (the filtered answer lists only the chosen ones).
  const top = useDistribution(id, { rankingLimit: 1 }, allowed);
  const scoped = useDistribution(id, { unitId, rankingLimit: 1 }, allowed && !!cadreGroup);
  const [basisChoice, setBasis] = useState<Basis | null>(null);

  if (!allowed) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  if (dist.isPending) return <Spin />;
  const d = dist.data;
  if (!d) return <ErrorAlert error={dist.error} onReload={() => void dist.refetch()} />;
  const basis = basisChoice ?? defaultBasis(d);

  const setFilter = (key: 'unitId' | 'group', value: string | undefined) =>
    setParams((s) => {
      if (value) s.set(key, value);
      else s.delete(key);
      return s;
    });

  const topUnit = top.data ? { id: top.data.unitId, name: top.data.unitName } : null;
  const unitOptions = new Map<string, string>();
  if (topUnit) unitOptions.set(topUnit.id, topUnit.name);
  unitOptions.set(d.unitId, d.unitName);
  for (const u of d.byUnit) unitOptions.set(u.unitId, u.unitName);
  const groups = (cadreGroup ? scoped.data : d)?.byGroup ?? d.byGroup;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { title: <Link to={paths.evaluation()}>{t('evaluation.title')}</Link> },
              { title: <Link to={paths.evaluationPeriod(d.period.id)}>{d.period.label}</Link> },
              { title: t('er.results.title') },
            ]}
          />
        }
        title={t('er.results.heading', { period: d.period.label, unit: d.unitName })}
        subtitle={t(`evaluation.periodStatus.${d.period.status}`)}
        extra={
          <>
            <DownloadButton path={reportFiles.collective(id, 'pdf')} query={{ unitId: d.unitId }} fallbackName="bao-cao.pdf">
              {t('er.download.collectivePdf')}
            </DownloadButton>
            <DownloadButton path={reportFiles.collective(id, 'xlsx')} query={{ unitId: d.unitId }} fallbackName="bao-cao.xlsx">
              {t('er.download.collectiveXlsx')}
            </DownloadButton>
            <Link to={paths.evaluationPublished(id, { unitId: d.unitId })}>
              <Button>{t('er.published.title')}</Button>
            </Link>
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="end">
          <Space direction="vertical" size={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Typography.Text id="er-unit-label">{t('er.filter.unit')}</Typography.Text>
            <Select
              aria-labelledby="er-unit-label"
              style={{ width: '100%' }}
              value={d.unitId}
              options={[...unitOptions].map(([value, label]) => ({ value, label }))}
              onChange={(v: string) => setFilter('unitId', topUnit && v === topUnit.id ? undefined : v)}
            />
          </Space>
          <Space direction="vertical" size={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
            <Typography.Text id="er-group-label">{t('er.filter.group')}</Typography.Text>
            <Select
              aria-labelledby="er-group-label"
              style={{ width: '100%' }}
              allowClear
              placeholder={t('er.filter.allGroups')}
              value={cadreGroup}
              options={groups.map((g) => ({ value: g.cadreGroup, label: g.name }))}
              onChange={(v: string | undefined) => setFilter('group', v)}
            />
          </Space>
          {unitId || cadreGroup ? <Button onClick={() => setParams({})}>{t('action.reset')}</Button> : null}
        </Flex>
      </Card>
      <ErrorAlert error={dist.error} onReload={() => void dist.refetch()} />
      {d.total.evaluated + d.total.excluded === 0 ? (
        <Result status="info" title={t('er.empty.period')} />
      ) : (
        <>
          <DistributionCharts data={d} basis={basis} onBasis={setBasis} onUnit={(u) => setFilter('unitId', u)} narrow={narrow} />
          <GroupCounts data={d} basis={basis} narrow={narrow} />
          <RankingList data={d} narrow={narrow} loading={dist.isFetching} />
        </>
      )}
    </>
  );
}
