// The distribution of a period's levels as charts: the four levels (decided or proposed) of the
// whole unit, and the same per child unit, stacked; a click on a unit's bar opens that unit.
import { Card, Col, Flex, Row, Segmented, Statistic } from 'antd';
import { useMemo } from 'react';
import type { Distribution, DistributionRow, LevelCounts } from '../../../../../contracts/evaluation-reports.js';
import { type ChartOption, EChart } from '../../../../components/charts/echart.js';
import { LEVEL_CHART_COLOURS } from '../../../../components/evaluation-level.js';
import { type TFunction, useT } from '../../../../i18n/context.js';
import { type NumberFormat, useNumberFormat } from '../../../../lib/numbers.js';

export type Basis = 'decided' | 'proposed';
const BUCKETS: (keyof LevelCounts)[] = ['excellent', 'good', 'completed', 'not_completed', 'none'];

const bucketName = (t: TFunction, b: keyof LevelCounts, basis: Basis) =>
  b === 'none' ? t(basis === 'decided' ? 'er.level.undecided' : 'er.level.unproposed') : t(`evaluation.levelShort.${b}`);
const bucketTitle = (t: TFunction, b: keyof LevelCounts, basis: Basis) =>
  b === 'none' ? bucketName(t, b, basis) : t(`evaluation.level.${b}`);
const countFormatter = (nf: NumberFormat) => (v: unknown) => (typeof v === 'number' ? nf.count(v) : '');

/** Decided levels once any is decided, else what the system proposes. */
export function defaultBasis(d: Distribution): Basis {
  return d.total.decided.none < d.total.evaluated ? 'decided' : 'proposed';
}

function levelsOption(t: TFunction, nf: NumberFormat, row: DistributionRow, basis: Basis, narrow: boolean): ChartOption {
  const counts = row[basis];
  const categories = { type: 'category' as const, data: BUCKETS.map((b) => bucketName(t, b, basis)), axisTick: { show: false } };
  const values = { type: 'value' as const, minInterval: 1, axisLabel: { formatter: (v: number) => nf.count(v), hideOverlap: true } };
  // On a phone five columns leave no room for their names: the bars lie down, names on the left.
  const [xAxis, yAxis] = narrow
    ? [values, { ...categories, inverse: true }]
    : [{ ...categories, axisLabel: { interval: 0, width: 90, overflow: 'break' as const } }, values];
  return {
    grid: { left: 8, right: narrow ? 32 : 8, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', valueFormatter: countFormatter(nf) },
    xAxis,
    yAxis,
    series: [
      {
        type: 'bar',
        name: t(basis === 'decided' ? 'er.basis.decided' : 'er.basis.proposed'),
        barMaxWidth: 56,
        label: { show: true, position: narrow ? 'right' : 'top', formatter: (p) => nf.count(Number(p.value)) },
        data: BUCKETS.map((b) => ({ value: counts[b], name: bucketTitle(t, b, basis), itemStyle: { color: LEVEL_CHART_COLOURS[b] } })),
      },
    ],
  };
}

function unitsOption(t: TFunction, nf: NumberFormat, rows: Distribution['byUnit'], basis: Basis, narrow: boolean): ChartOption {
  const units = [...rows].reverse(); // ECharts draws the first category at the bottom
  return {
    grid: { left: 8, right: 16, top: narrow ? 64 : 40, bottom: 8, containLabel: !narrow },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: countFormatter(nf) },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => nf.count(v), hideOverlap: true } },
    yAxis: {
      type: 'category',
      data: units.map((u) => u.unitName),
      axisTick: { show: false },
      // On a phone the unit's name sits above its bar, so the bar keeps the whole width.
      axisLabel: narrow
        ? {
            inside: true,
            align: 'left',
            verticalAlign: 'bottom',
            padding: [0, 0, 12, 0],
            width: 180,
            overflow: 'truncate',
            color: '#262626',
          }
        : { width: 220, overflow: 'truncate' },
    },
    series: BUCKETS.map((b) => ({
      type: 'bar' as const,
      stack: 'levels',
      barMaxWidth: narrow ? 14 : 24,
      name: bucketName(t, b, basis),
      itemStyle: { color: LEVEL_CHART_COLOURS[b] },
      data: units.map((u) => u[basis][b]),
    })),
  };
}

interface Props {
  data: Distribution;
  basis: Basis;
  onBasis: (b: Basis) => void;
  onUnit: (unitId: string) => void;
  narrow: boolean;
}

export function DistributionCharts({ data, basis, onBasis, onUnit, narrow }: Props) {
  const t = useT();
  const nf = useNumberFormat();
  const levels = useMemo(() => levelsOption(t, nf, data.total, basis, narrow), [t, nf, data.total, basis, narrow]);
  const children = data.byUnit.filter((u) => u.unitId !== data.unitId);
  const units = useMemo(() => unitsOption(t, nf, data.byUnit, basis, narrow), [t, nf, data.byUnit, basis, narrow]);
  const unitLabel = t('er.chart.byUnit', { unit: data.unitName });
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={10}>
        <Card title={t('er.chart.levels')} styles={{ title: { whiteSpace: 'normal' } }}>
          <Segmented<Basis>
            size="small"
            block={narrow}
            value={basis}
            onChange={onBasis}
            aria-label={t('er.basis.label')}
            options={[
              { value: 'decided', label: t('er.basis.decided') },
              { value: 'proposed', label: t('er.basis.proposed') },
            ]}
          />
          <Flex gap={24} wrap style={{ margin: '12px 0 8px' }}>
            <Statistic title={t('er.stat.evaluated')} value={data.total.evaluated} formatter={(v) => nf.count(Number(v))} />
            <Statistic title={t('er.stat.excluded')} value={data.total.excluded} formatter={(v) => nf.count(Number(v))} />
          </Flex>
          <EChart option={levels} label={t('er.chart.levelsLabel', { unit: data.unitName, period: data.period.label })} testId="levels" />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={unitLabel} styles={{ title: { whiteSpace: 'normal' } }}>
          {data.byUnit.length === 0 ? (
            <span>{t('er.empty.units')}</span>
          ) : (
            <EChart
              option={units}
              label={unitLabel}
              height={Math.max(220, (narrow ? 52 : 34) * data.byUnit.length + (narrow ? 100 : 70))}
              testId="units"
              onItemClick={(item) => {
                const unit = [...data.byUnit].reverse()[item.dataIndex];
                if (unit && children.some((c) => c.unitId === unit.unitId)) onUnit(unit.unitId);
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
