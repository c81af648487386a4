// One way to write a number for a reader, everywhere (screen, PDF, Excel, server messages): the
// conventions of the reader's language through Intl.NumberFormat — Vietnamese "1.396,5" and
// "97,5%", English "1,396.5" and "97.5%". Excel keeps numbers as numbers and gets the matching
// number format (excelNumberFormat), so sums and sorting still work.

export type NumberLocale = 'vi' | 'en';

export interface NumberOptions {
  /** The most decimals shown (rounded half away from zero by Intl); 2 by default. */
  decimals?: number;
  /** The fewest decimals shown (e.g. 2 for "6,00"); 0 by default. */
  minDecimals?: number;
}

const TAGS: Record<NumberLocale, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: NumberLocale, max: number, min: number): Intl.NumberFormat {
  const key = `${locale}:${max}:${min}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: max, minimumFractionDigits: min, useGrouping: true });
    cache.set(key, f);
  }
  return f;
}

/** "1.396,5" (vi) or "1,396.5" (en); at most `decimals` decimals (2 by default); never "-0". */
export function formatNumber(n: number, opts: NumberOptions = {}, locale: NumberLocale = 'vi'): string {
  if (!Number.isFinite(n)) return String(n);
  const max = opts.decimals ?? 2;
  const min = Math.min(opts.minDecimals ?? 0, max);
  const text = formatter(locale, max, min).format(n);
  // Intl writes a value that rounds to zero from below as "-0".
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A percentage of 0–100 (not a fraction): "97,5%" (vi), "97.5%" (en); 1 decimal by default. */
export function formatPercent(pct: number, opts: NumberOptions = { decimals: 1 }, locale: NumberLocale = 'vi'): string {
  return `${formatNumber(pct, opts, locale)}%`;
}

/** A number or a stored numeric text (numeric(8,2) comes back as "82.50"); '' for none. */
export function formatMaybe(
  x: number | string | null | undefined,
  opts: NumberOptions = {},
  locale: NumberLocale = 'vi',
  none = '',
): string {
  if (x === null || x === undefined || x === '') return none;
  const n = typeof x === 'number' ? x : Number(x);
  return Number.isFinite(n) ? formatNumber(n, opts, locale) : String(x);
}

/**
 * The Excel number format that shows `n` as formatNumber does: grouping, and only the decimals the
 * value has (up to `decimals`). The "[$-42A]" locale tag (Vietnamese) makes spreadsheet programs that
 * honour it (LibreOffice) write the Vietnamese separators; Excel uses the reader's own settings.
 */
export function excelNumberFormat(n: number, opts: { decimals?: number; percent?: boolean; locale?: NumberLocale } = {}): string {
  const max = opts.decimals ?? 2;
  const shown = Math.min(max, decimalsOf(n));
  const body = shown === 0 ? '#,##0' : `#,##0.${'0'.repeat(shown)}`;
  const tag = (opts.locale ?? 'vi') === 'vi' ? '[$-42A]' : '';
  return `${tag}${body}${opts.percent ? '"%"' : ''}`;
}

/** The decimals `n` needs when written out (0.1 + 0.2 → 1 after rounding to 10 places). */
function decimalsOf(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = String(Math.round(n * 1e10) / 1e10);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Message parameters that hold a number that is a name, not a quantity: years, months, row numbers, versions… */
const NAMING_KEY = /^(year|y|m|d|month|quarter|week|row|rows|version|versionno|page|pages|code|number|no|scale|term)$|year$/i;

/** A message parameter as written for the reader: a quantity in the locale's digits ("1.396,5"), anything else as it is. */
export function formatParam(key: string, v: unknown, locale: NumberLocale, decimals = 2): string {
  if (typeof v === 'number' && Number.isFinite(v) && !NAMING_KEY.test(key)) return formatNumber(v, { decimals }, locale);
  return String(v);
}

/** A file size: "512 B", "12 KB", "1,5 MB" (vi) — 1 KB = 1024 bytes. */
export function formatFileSize(bytes: number, locale: NumberLocale = 'vi'): string {
  if (bytes < 1024) return `${formatNumber(bytes, { decimals: 0 }, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, bytes / 1024), { decimals: 0 }, locale)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, { decimals: 1 }, locale)} MB`;
}
