// Numbers on screen as the reader writes them (src/domain/numbers.ts, the same rules as the PDFs,
// the workbooks and the server's messages): "1.396,5" and "97,5%" in Vietnamese, "1,396.5" in English.
import { useMemo } from 'react';
import { type NumberOptions, formatNumber, formatPercent } from '../../domain/numbers.js';
import { useI18n } from '../i18n/context.js';

export interface NumberFormat {
  /** A count or a measure: "1.396,5" (2 decimals at most unless told). */
  num: (n: number, opts?: NumberOptions) => string;
  /** A percentage of 0–100: "97,5%". */
  pct: (n: number | null | undefined) => string;
  /** A score, 2 decimals at most; "—" for none. */
  score: (n: number | null | undefined) => string;
  /** For antd's Statistic: its value through `num`. */
  statistic: (v: number | string) => string;
  /** For antd's InputNumber: the decimal mark the reader types and reads ("," in Vietnamese). */
  decimalSeparator: string;
}

export function useNumberFormat(): NumberFormat {
  const { language } = useI18n();
  return useMemo(() => {
    const num = (n: number, opts?: NumberOptions) => formatNumber(n, opts, language);
    return {
      num,
      pct: (n) => (n == null ? '—' : formatPercent(n, { decimals: 1 }, language)),
      score: (n) => (n == null ? '—' : num(n, { decimals: 2 })),
      statistic: (v) => (typeof v === 'number' ? num(v) : String(v)),
      decimalSeparator: language === 'vi' ? ',' : '.',
    };
  }, [language]);
}

// Plain helpers for the evaluation output pages (Vietnamese digits whatever the UI language; the
// hook above follows the language — prefer it in new code).
/** A score: at most two decimals, never padded ("82,5"); a missing value is a dash, never 0. */
export function formatScore(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '—' : formatNumber(n, { decimals: 2 }, 'vi');
}

/** A count: "10.362". */
export function formatCount(n: number): string {
  return formatNumber(n, { decimals: 0 }, 'vi');
}

/** A ratio as a percentage: 0.975 → "97,5%". */
export function formatRatio(ratio: number): string {
  return formatPercent(ratio * 100, { decimals: 1 }, 'vi');
}
