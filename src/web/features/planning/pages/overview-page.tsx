// The province-wide view of a term's plans (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): under a unit the
// reader reads plans of — posts with no candidate, posts over the cap, units with no plan, people planned
// for more posts than allowed, and the structure (young, female, ethnic minority, science and technology)
// against the province's targets, with two charts (the one ECharts wrapper).
import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Card, Col, Flex, Row, Select, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useNarrow } from '../../../lib/use-narrow.js';
import type { PlanningOverview } from '../../../../contracts/planning.js';
import { RuleChecks } from '../components/rule-checks.js';

const DIMENSIONS = ['young', 'female', 'ethnicMinority', 'scienceTechnology'] as const;
type PlanRow = PlanningOverview['plans'][number];
/** A table row: a plan the reader opens, or a unit's draft the reader may not open (shown as a draft). */
type Row = (PlanRow & { key: string }) | { key: string; unitName: string; planId: null; status: 'draft' };
const isPlan = (r: Row): r is PlanRow & { key: string } => r.planId !== null;

export default function PlanningOverviewPage() {
  const t = useT();
  const narrow = useNarrow();
  const nf = useNumberFormat();
  const [params, setParams] = useSearchParams();
  const termId = params.get('termId') ?? 'party-2030-2035';
  const unitId = params.get('unitId') ?? undefined;
  const terms = useQuery({
    queryKey: ['planning', 'terms'],
    queryFn: () =>
      api.get<{ items: Array<{ id: string; name: string; body: 'party' | 'state'; plannable: boolean }> }>('/api/planning/terms'),
  });
  const overview = useQuery({
    queryKey: ['planning', 'overview', termId, unitId ?? ''],
    queryFn: () => api.get<PlanningOverview>('/api/planning/overview', { termId, unitId }),
  });
  const o = overview.data;
  const rows = useMemo<Row[]>(
    () =>
      o
        ? [
            ...o.plans.map((p) => ({ ...p, key: p.planId })),
            ...o.drafts.map((d) => ({ key: d.unitId, unitName: d.unitName, planId: null, status: 'draft' as const })),
          ].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'))
        : [],
    [o],
  );

  const structureOption = useMemo<ChartOption | null>(() => {
    if (!o) return null;
    const names = DIMENSIONS.map((d) => t(`planning.structure.${d}`));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? nf.pct(v) : '—') },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: narrow ? 56 : 72, overflow: 'break', lineHeight: 14 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => nf.pct(v) } },
      series: [
        { type: 'bar', name: t('planning.overview.share'), data: DIMENSIONS.map((d) => o.structure.shares[d]?.pct ?? 0), barMaxWidth: 28 },
        {
          type: 'bar',
          name: t('planning.overview.target'),
          data: DIMENSIONS.map((d) => o.structure.targets[d] ?? null),
          barMaxWidth: 28,
          itemStyle: { color: '#bfbfbf' },
        },
      ],
    };
  }, [o, t, narrow, nf]);

  const postsOption = useMemo<ChartOption | null>(() => {
    if (!o || o.plans.length === 0) return null;
    const rows = [...o.plans].reverse();
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v) => nf.num(Number(v)) },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      yAxis: { type: 'category', data: rows.map((r) => r.unitName), axisLabel: { width: narrow ? 110 : 200, overflow: 'truncate' } },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => nf.num(v) } },
      series: [
        {
          type: 'bar',
          stack: 'posts',
          name: t('planning.overview.withCandidate'),
          data: rows.map((r) => r.posts - r.postsWithoutCandidate.length),
          itemStyle: { color: '#52c41a' },
        },
        {
          type: 'bar',
          stack: 'posts',
          name: t('planning.overview.withoutCandidate'),
          data: rows.map((r) => r.postsWithoutCandidate.length),
          itemStyle: { color: '#fa8c16' },
        },
      ],
    };
  }, [o, t, narrow, nf]);

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={paths.planning()}>{t('planning.title')}</Link> }, { title: t('planning.overview.title') }]}
      />
      <PageHeader title={t('planning.overview.title')} subtitle={t('planning.subtitle')} />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <label htmlFor="overview-term">{t('planning.overview.term')}</label>
        <Select
          id="overview-term"
          style={{ minWidth: 200 }}
          value={termId}
          loading={terms.isLoading}
          options={(terms.data?.items ?? [])
            .filter((x) => x.plannable)
            .map((x) => ({ value: x.id, label: `${x.name} · ${t(`planning.body.${x.body}`)}` }))}
          onChange={(v: string) => setParams({ termId: v, ...(unitId ? { unitId } : {}) })}
        />
        {o && o.roots.length > 1 ? (
          <>
            <label htmlFor="overview-unit">{t('planning.unit')}</label>
            <Select
              id="overview-unit"
              style={{ minWidth: 240, maxWidth: '100%' }}
              value={o.unit.id}
              options={o.roots.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(v: string) => setParams({ termId, unitId: v })}
            />
          </>
        ) : null}
      </Flex>
      <ErrorAlert error={overview.error} />
      {overview.isLoading ? <Spin /> : null}
      {o ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('planning.overview.heading', { unit: o.unit.name, term: o.term.name })}
          </Typography.Title>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('planning.structure')} data-testid="overview-structure">
                <Typography.Paragraph>{t('planning.structure.total', { count: o.structure.total })}</Typography.Paragraph>
                {structureOption ? (
                  <EChart
                    option={structureOption}
                    label={t('planning.overview.structureLabel', { unit: o.unit.name })}
                    testId="structure"
                  />
                ) : null}
                <RuleChecks checks={o.structure.checks} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planning.overview.stNote')}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('planning.overview.posts')}>
                {postsOption ? (
                  <EChart
                    option={postsOption}
                    label={t('planning.overview.postsLabel', { unit: o.unit.name })}
                    height={Math.max(200, 34 * o.plans.length + 80)}
                    testId="posts"
                  />
                ) : (
                  <Typography.Text type="secondary">{t('planning.overview.noPlans')}</Typography.Text>
                )}
              </Card>
            </Col>
          </Row>

          {o.overPosts.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('planning.overview.overPosts')}
              description={o.overPosts.map((p) => (
                <div key={p.personId}>
                  <Typography.Text strong>{p.name}</Typography.Text>: {p.check.message}
                </div>
              ))}
            />
          ) : null}

          <ResponsiveTable<Row>
            rowKey="key"
            dataSource={rows}
            pagination={false}
            style={{ marginBottom: 16 }}
            columns={[
              {
                key: 'unit',
                title: t('planning.unit'),
                render: (_, r) => (isPlan(r) ? <Link to={paths.planningPlan(r.planId)}>{r.unitName}</Link> : r.unitName),
              },
              {
                key: 'status',
                title: t('planning.overview.status'),
                render: (_, r) => (
                  <>
                    <Tag color={r.status === 'approved' ? 'green' : 'gold'}>{t(`planning.status.${r.status}`)}</Tag>
                    {isPlan(r) ? null : (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('planning.overview.draftHidden')}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
              {
                key: 'candidates',
                title: t('planning.overview.candidates'),
                align: 'right',
                render: (_, r) => (isPlan(r) ? nf.num(r.candidates) : '—'),
              },
              {
                key: 'without',
                title: t('planning.overview.withoutCandidate'),
                render: (_, r) =>
                  !isPlan(r) || r.postsWithoutCandidate.length === 0 ? '—' : r.postsWithoutCandidate.map((p) => p.title).join('; '),
              },
              {
                key: 'overCap',
                title: t('planning.overview.overCap'),
                render: (_, r) => (!isPlan(r) || r.overCap.length === 0 ? '—' : <RuleChecks checks={r.overCap} />),
              },
            ]}
          />

          {o.unitsWithoutPlan.length > 0 ? (
            <Card size="small" title={t('planning.overview.unitsWithoutPlan', { count: o.unitsWithoutPlan.length })}>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{o.unitsWithoutPlan.map((u) => u.name).join('; ')}</Typography.Paragraph>
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
