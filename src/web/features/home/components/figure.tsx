// A figure on the home page: a count with what it counts, linking to the list behind it.
import { Grid } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../../components/charts/format.js';
import { useI18n } from '../../../i18n/context.js';

// Dark enough for 4.5:1 on the tiles' light backgrounds.
const TONES = { danger: '#cf1322', warning: '#874d00', normal: '#1f1f1f', good: '#237804' } as const;

export const figureGrid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(100px, 1fr))',
  gap: 8,
  marginBottom: 12,
};

export function Figure({
  n,
  label,
  to,
  tone = 'normal',
  testId,
}: {
  n: number;
  label: string;
  to: string;
  tone?: keyof typeof TONES;
  testId?: string;
}) {
  const { language } = useI18n();
  const colour = n > 0 ? TONES[tone] : TONES.normal;
  return (
    <Link
      to={to}
      data-testid={testId}
      style={{
        display: 'block',
        padding: '10px 12px',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        background: n > 0 && tone === 'danger' ? '#fff1f0' : '#fafafa',
        color: '#1f1f1f',
        minWidth: 0,
      }}
    >
      <span style={{ display: 'block', fontSize: 24, fontWeight: 600, lineHeight: 1.2, color: colour }}>{formatNumber(n, language)}</span>
      <span style={{ display: 'block', fontSize: 13, overflowWrap: 'anywhere' }}>{label}</span>
    </Link>
  );
}

/** A titled part of a card. */
export function Part({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 16, minWidth: 0 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap', alignItems: 'baseline', marginBottom: 8 }}>
        <h3 style={{ margin: 0, fontSize: 15, fontWeight: 600 }}>{title}</h3>
        {extra}
      </div>
      {children}
    </section>
  );
}

/** Cards keep their content wide on phones: 12 px of padding below 576 px instead of 24. */
export function useCardStyles() {
  const narrow = Grid.useBreakpoint().sm === false;
  const pad = narrow ? 12 : 24;
  return { body: { padding: pad }, header: { padding: `0 ${pad}px` } };
}
