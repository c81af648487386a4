// The one door to ECharts: tree-shaken (only the charts and components used here are registered,
// drawn as SVG), resized with its box, and accessible — the canvas of shapes is hidden from
// assistive technology and replaced by a role="img" box whose label states every figure.
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

register([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

interface Props {
  option: ChartOption;
  /** What the chart shows, with its figures, for screen readers (the shapes themselves are hidden). */
  label: string;
  height?: number;
  testId?: string;
}

export function EChart({ option, label, height = 240, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={label} data-testid={testId} style={{ width: '100%', minWidth: 0 }}>
      <div ref={box} aria-hidden="true" style={{ width: '100%', height }} />
    </div>
  );
}
