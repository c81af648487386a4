// The one way the web app draws a chart: ECharts (tree-shaken: only the chart types and components
// registered below are bundled), SVG rendering, resized with its container, an accessible name (numbers are
// formatted by the caller's formatters, in vi-VN). Options are plain ECharts options; a click on a
// data item is reported so a figure can lead to the list behind it.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, init, use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

register([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsOption;

export interface ChartClick {
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  name: string;
}

interface Props {
  option: ChartOption;
  /** What the chart shows, read by screen readers (the chart itself is an image to them). */
  label: string;
  height?: number;
  onItemClick?: (item: ChartClick) => void;
  testId?: string;
}

export function EChart({ option, label, height = 280, onItemClick, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => {
      const params = p as unknown as ChartClick;
      clickRef.current?.({
        seriesName: params.seriesName,
        seriesIndex: params.seriesIndex,
        dataIndex: params.dataIndex,
        name: params.name,
      });
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: false }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={host}
      role="img"
      aria-label={label}
      data-chart={testId ?? ''}
      data-testid={testId}
      style={{ width: '100%', height, overflow: 'hidden', cursor: onItemClick ? 'pointer' : undefined }}
    />
  );
}
