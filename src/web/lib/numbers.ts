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
  /** A score, 2 decimals at most, never padded ("82,5"); "—" for none (never 0). */
  score: (n: number | null | undefined) => string;
  /** A count: "10.362". */
  count: (n: number) => string;
  /** A ratio as a percentage: 0.975 → "97,5%". */
  ratio: (ratio: number) => string;
  /** For antd's Statistic: its value through `num`. */
  statistic: (v: number | string) => string;
  /** For antd's InputNumber: the decimal mark the reader types and reads ("," in Vietnamese). */
  decimalSeparator: string;
}

/** The formats of one language (the hook memoises it; tests call it directly). */
export function numberFormat(language: 'vi' | 'en'): NumberFormat {
  const num = (n: number, opts?: NumberOptions) => formatNumber(n, opts, language);
  return {
    num,
    pct: (n) => (n == null ? '—' : formatPercent(n, { decimals: 1 }, language)),
    score: (n) => (n == null || !Number.isFinite(n) ? '—' : num(n, { decimals: 2 })),
    count: (n) => num(n, { decimals: 0 }),
    ratio: (r) => formatPercent(r * 100, { decimals: 1 }, language),
    statistic: (v) => (typeof v === 'number' ? num(v) : String(v)),
    decimalSeparator: language === 'vi' ? ',' : '.',
  };
}

/** The reader's number formats, following the UI language (never Vietnamese digits on an English screen). */
export function useNumberFormat(): NumberFormat {
  const { language } = useI18n();
  return useMemo(() => numberFormat(language), [language]);
}
