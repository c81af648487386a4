// The home page's charts: lateness over the weeks, indicators against their targets, the steps of
// an evaluation period and the levels awarded. Labels and tooltips write numbers as the reader's
// language does; each chart's accessible label lists its figures.
import { Typography } from 'antd';
import { type ComponentProps, lazy, Suspense, useMemo } from 'react';
import type { ChartOption } from '../../../components/charts/echart.js';
import { formatNumber, formatPercent } from '../../../components/charts/format.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { HomePeriod, HomeUnit, HomeWeekPoint } from '../api/home.js';

// ECharts is loaded after the figures: the home page's numbers never wait for the charting library.
const LazyChart = lazy(() => import('../../../components/charts/echart.js').then((m) => ({ default: m.EChart })));
function EChart(props: ComponentProps<typeof LazyChart>) {
  return (
    <Suspense fallback={<div style={{ height: props.height ?? 240 }} aria-busy="true" />}>
      <LazyChart {...props} />
    </Suspense>
  );
}

const RED = '#cf1322';
const GREEN = '#389e0d';
const BLUE = '#1677ff';
const LEVEL_COLOURS = ['#237804', '#52c41a', '#1677ff', '#cf1322', '#8c8c8c'];
const grid = { left: 4, right: 12, top: 36, bottom: 4, containLabel: true };
const legend = { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } };
/** dd/mm of a civil date, for axis labels. */
const dayMonth = (d: string) => formatDate(d).slice(0, 5);

export function LatenessChart({ points, testId }: { points: HomeWeekPoint[]; testId?: string }) {
  const { t, language } = useI18n();
  const n = (x: number) => formatNumber(x, language);
  const option = useMemo<ChartOption>(
    () => ({
      grid,
      legend: { ...legend, data: [t('home.chart.lateness.late'), t('home.chart.lateness.done')] },
      tooltip: { trigger: 'axis', valueFormatter: (v) => n(Number(v)) },
      xAxis: { type: 'category', data: points.map((p) => dayMonth(p.weekStart)), axisLabel: { fontSize: 11, hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => n(v), fontSize: 11 } },
      series: [
        { name: t('home.chart.lateness.done'), type: 'bar', data: points.map((p) => p.done), itemStyle: { color: GREEN }, barMaxWidth: 18 },
        { name: t('home.chart.lateness.late'), type: 'line', data: points.map((p) => p.late), itemStyle: { color: RED }, symbolSize: 6 },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `n` and `t` change only with the language
    [points, language],
  );
  const items = points
    .map((p) => t('home.chart.lateness.item', { week: formatDate(p.weekStart), late: n(p.late), done: n(p.done) }))
    .join('; ');
  // A chart of zeros says nothing: say it in words.
  if (points.every((p) => p.late === 0 && p.done === 0))
    return <Typography.Text type="secondary">{t('home.chart.lateness.empty', { weeks: points.length })}</Typography.Text>;
  return <EChart option={option} label={t('home.chart.lateness.aria', { weeks: points.length, items })} height={220} testId={testId} />;
}

export function IndicatorsChart({ indicators }: { indicators: HomeUnit['indicators'] }) {
  const { t, language } = useI18n();
  const n = (x: number) => formatNumber(x, language, 2);
  const rows = [...indicators].reverse(); // the first one on top
  const option = useMemo<ChartOption>(
    () => ({
      grid: { ...grid, top: 8 },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const i = rows[(p as { dataIndex: number }).dataIndex];
          return i.latest === null
            ? t('home.chart.indicators.noValue', { name: i.name, target: n(i.target), measure: i.measure })
            : t('home.chart.indicators.item', {
                name: i.name,
                latest: n(i.latest),
                target: n(i.target),
                measure: i.measure,
                progress: formatPercent(i.progress ?? 0, language),
              });
        },
        confine: true,
        extraCssText: 'white-space: normal; max-width: 260px;',
      },
      xAxis: {
        type: 'value',
        max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10),
        axisLabel: { formatter: (v: number) => formatPercent(v, language), fontSize: 11 },
      },
      yAxis: {
        type: 'category',
        data: rows.map((i) => i.name),
        axisLabel: { width: 140, overflow: 'truncate', fontSize: 11 },
      },
      series: [
        {
          name: t('home.chart.indicators.reached'),
          type: 'bar',
          data: rows.map((i) => ({ value: i.progress ?? 0, itemStyle: { color: (i.progress ?? 0) >= 100 ? GREEN : BLUE } })),
          barMaxWidth: 16,
          label: { show: true, position: 'right', formatter: (p) => formatPercent(Number(p.value), language), fontSize: 11 },
          markLine: {
            symbol: 'none',
            silent: true,
            data: [{ xAxis: 100 }],
            lineStyle: { color: RED, type: 'dashed' },
            label: { show: false },
          },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `n`, `t` and `rows` follow `indicators` and the language
    [indicators, language],
  );
  const items = indicators
    .map((i) =>
      i.latest === null
        ? t('home.chart.indicators.noValue', { name: i.name, target: n(i.target), measure: i.measure })
        : t('home.chart.indicators.item', {
            name: i.name,
            latest: n(i.latest),
            target: n(i.target),
            measure: i.measure,
            progress: formatPercent(i.progress ?? 0, language),
          }),
    )
    .join('; ');
  return <EChart option={option} label={t('home.chart.indicators.aria', { items })} height={Math.max(120, 36 * indicators.length + 24)} />;
}

/** Horizontal bars of counts with their labels (steps of a period, levels awarded). */
function CountBars({ bars, label, colours }: { bars: Array<{ label: string; n: number }>; label: string; colours?: string[] }) {
  const { t, language } = useI18n();
  const rows = [...bars].reverse();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { ...grid, top: 8 },
      tooltip: { trigger: 'item', valueFormatter: (v) => formatNumber(Number(v), language), confine: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, language), fontSize: 11 } },
      yAxis: { type: 'category', data: rows.map((b) => b.label), axisLabel: { width: 120, overflow: 'truncate', fontSize: 11 } },
      series: [
        {
          name: t('home.chart.people'),
          type: 'bar',
          barMaxWidth: 16,
          data: rows.map((b, i) => ({ value: b.n, itemStyle: { color: colours ? colours[rows.length - 1 - i] : BLUE } })),
          label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value), language), fontSize: 11 },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rows` and `t` follow `bars` and the language
    [bars, language, colours],
  );
  return <EChart option={option} label={label} height={Math.max(120, 30 * bars.length + 24)} />;
}

const STEPS = ['self_pending', 'self_submitted', 'appraised', 'decided', 'published', 'excluded'] as const;
const LEVELS = ['excellent', 'good', 'completed', 'not_completed', 'none'] as const;

export function StepsChart({ period }: { period: HomePeriod }) {
  const { t, tx, language } = useI18n();
  const bars = useMemo(
    () => STEPS.map((s) => ({ label: tx(`evaluation.status.${s}`, s), n: period.byStatus[s] ?? 0 })).filter((b) => b.n > 0),
    [period, tx],
  );
  const items = bars.map((b) => t('home.chart.item', { label: b.label, n: formatNumber(b.n, language) })).join('; ');
  return <CountBars bars={bars} label={t('home.chart.steps.aria', { items })} />;
}

export function LevelsChart({ levels }: { levels: HomePeriod['levels'] }) {
  const { t, tx, language } = useI18n();
  const bars = useMemo(() => LEVELS.map((l) => ({ label: tx(`evaluation.levelShort.${l}`, l), n: levels[l] })), [levels, tx]);
  const names = LEVELS.map((l) => (l === 'none' ? tx('evaluation.levelShort.none', l) : tx(`evaluation.level.${l}`, l)));
  const items = LEVELS.map((l, i) => t('home.chart.item', { label: names[i], n: formatNumber(levels[l], language) })).join('; ');
  return <CountBars bars={bars} label={t('home.chart.levels.aria', { items })} colours={LEVEL_COLOURS} />;
}
