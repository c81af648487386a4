// The training structure of a unit's cadres: the share at each level of professional qualification,
// political theory and state management, IT and foreign language, and the same by unit (the one ECharts
// wrapper; numbers in the reader's language).
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Grid, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import type { TrainingStructure } from '../../../../contracts/training.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { useNumberFormat } from '../../../lib/numbers.js';

const LEVELS = {
  qualification: ['doctor', 'master', 'bachelor', 'college', 'intermediate', 'none'],
  political: ['bachelor', 'advanced', 'intermediate', 'elementary', 'none'],
  state: ['senior_officer', 'principal_officer', 'officer', 'none'],
} as const;
const CHART_UNITS = 8;
const BY_UNIT = ['university', 'politicalHigh', 'stateManagement', 'it', 'foreignLanguage'] as const;
const BY_UNIT_LABEL = {
  university: 'university',
  politicalHigh: 'political',
  stateManagement: 'state',
  it: 'it',
  foreignLanguage: 'language',
};

export function StructureTab({ unitId, at }: { unitId: string; at: string }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const q = useQuery({
    queryKey: ['training', 'structure', unitId, at],
    queryFn: () => api.get<TrainingStructure>(`/api/training/units/${unitId}/structure`, { at }),
  });
  const s = q.data;
  const levelsOption = useMemo<ChartOption | null>(() => {
    if (!s) return null;
    const dims: Array<[keyof typeof LEVELS, Record<string, number>]> = [
      ['qualification', s.qualification],
      ['political', s.politicalTheory],
      ['state', s.stateManagement],
    ];
    const label = (dim: string, code: string) =>
      code === 'none' ? t('trainingReports.code.none') : tx(`trainingReports.code.${dim}.${code}`, code);
    return {
      tooltip: { trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? nf.count(v) : '—') },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => nf.count(v) } },
      yAxis: { type: 'category', data: dims.map(([d]) => t(`trainingReports.chart.${d}`)), inverse: true },
      series: dims.flatMap(([dim, counts]) =>
        LEVELS[dim].map((code) => ({
          type: 'bar' as const,
          stack: 'total',
          name: label(dim, code),
          data: dims.map(([d]) => (d === dim ? (counts[code] ?? 0) : null)),
          barMaxWidth: 28,
          ...(code === 'none' ? { itemStyle: { color: '#d9d9d9' } } : {}),
        })),
      ),
    };
  }, [s, t, tx, nf]);
  // On a phone the unit names run down the side (wrapped, never cut); on a wide screen along the bottom.
  const narrow = !Grid.useBreakpoint().md;
  const byUnitOption = useMemo<ChartOption | null>(() => {
    if (!s || s.byUnit.length === 0) return null;
    // The chart shows the largest units (a province has hundreds); the table below lists them all.
    const units = [...s.byUnit].sort((a, b) => b.total - a.total).slice(0, CHART_UNITS);
    const names = { type: 'category' as const, data: units.map((u) => u.unitName) };
    const counts = { type: 'value' as const, axisLabel: { formatter: (v: number) => nf.count(v) } };
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? nf.count(v) : '—') },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      ...(narrow
        ? {
            yAxis: { ...names, inverse: true, axisLabel: { width: 96, overflow: 'break', lineHeight: 14, fontSize: 11 } },
            xAxis: { ...counts, axisLabel: { ...counts.axisLabel, hideOverlap: true } },
          }
        : { xAxis: { ...names, axisLabel: { interval: 0, rotate: 30, width: 110, overflow: 'truncate' } }, yAxis: counts }),
      series: [
        { type: 'bar', name: t('trainingReports.byUnit.total'), data: units.map((u) => u.total), itemStyle: { color: '#bfbfbf' } },
        ...BY_UNIT.map((k) => ({
          type: 'bar' as const,
          name: t(`trainingReports.byUnit.${BY_UNIT_LABEL[k]}` as 'trainingReports.byUnit.it'),
          data: units.map((u) => u[k]),
        })),
      ],
    };
  }, [s, t, nf, narrow]);
  if (q.error) return <ErrorAlert error={q.error} />;
  const known = (m: Record<string, number> | undefined) => (s?.total ?? 0) - (m?.none ?? 0);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card size="small" loading={q.isPending}>
          <Statistic title={t('trainingReports.total')} value={s?.total ?? 0} formatter={nf.statistic} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small" loading={q.isPending}>
          <Statistic title={t('trainingReports.st')} value={s?.scienceTechnology.pct ?? 0} formatter={(v) => nf.pct(Number(v))} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small" loading={q.isPending}>
          <Statistic title={t('trainingReports.chart.it')} value={known(s?.it)} formatter={nf.statistic} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small" loading={q.isPending}>
          <Statistic title={t('trainingReports.chart.language')} value={known(s?.foreignLanguage)} formatter={nf.statistic} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('trainingReports.tab.structure')} loading={q.isPending}>
          {levelsOption ? (
            <EChart option={levelsOption} label={t('trainingReports.tab.structure')} height={300} testId="training-levels" />
          ) : null}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('trainingReports.chart.byUnit')} loading={q.isPending}>
          {byUnitOption ? (
            <EChart option={byUnitOption} label={t('trainingReports.chart.byUnit')} height={narrow ? 560 : 300} testId="training-by-unit" />
          ) : null}
        </Card>
      </Col>
      <Col xs={24}>
        <ResponsiveTable
          rowKey="unitId"
          size="small"
          loading={q.isPending}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          dataSource={s?.byUnit ?? []}
          columns={[
            { title: t('trainingReports.byUnit.unit'), dataIndex: 'unitName', key: 'u' },
            { title: t('trainingReports.byUnit.total'), key: 't', align: 'right', render: (_, u) => nf.count(u.total) },
            ...BY_UNIT.map((k) => ({
              title: t(`trainingReports.byUnit.${BY_UNIT_LABEL[k]}` as 'trainingReports.byUnit.it'),
              key: k,
              align: 'right' as const,
              render: (_: unknown, u: TrainingStructure['byUnit'][number]) => nf.count(u[k]),
            })),
          ]}
        />
      </Col>
    </Row>
  );
}
