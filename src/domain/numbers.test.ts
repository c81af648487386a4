import { describe, expect, it } from 'vitest';
import { excelNumberFormat, formatFileSize, formatMaybe, formatNumber, formatParam, formatPercent } from './numbers.js';

describe('formatNumber', () => {
  it.each([
    // value, options, vi, en
    [1396.5, {}, '1.396,5', '1,396.5'],
    [10362, {}, '10.362', '10,362'],
    [97.5, {}, '97,5', '97.5'],
    [6, { decimals: 2, minDecimals: 2 }, '6,00', '6.00'],
    [82.456, {}, '82,46', '82.46'],
    [82.455, { decimals: 1 }, '82,5', '82.5'],
    [0.1 + 0.2, {}, '0,3', '0.3'],
    [1234567.891, { decimals: 3 }, '1.234.567,891', '1,234,567.891'],
    [999, {}, '999', '999'],
    [1000, {}, '1.000', '1,000'],
    [-1500.25, {}, '-1.500,25', '-1,500.25'],
    [-0.001, {}, '0', '0'],
    [0, { minDecimals: 1, decimals: 1 }, '0,0', '0.0'],
    [5, { decimals: 0 }, '5', '5'],
  ])('%s %j → %s | %s', (n, opts, vi, en) => {
    expect(formatNumber(n, opts, 'vi')).toBe(vi);
    expect(formatNumber(n, opts, 'en')).toBe(en);
  });

  it('is Vietnamese by default and leaves non-finite values readable', () => {
    expect(formatNumber(1396.5)).toBe('1.396,5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});

describe('formatPercent and formatMaybe', () => {
  it.each([
    [97.5, '97,5%', '97.5%'],
    [100, '100%', '100%'],
    [66.6667, '66,7%', '66.7%'],
    [0, '0%', '0%'],
  ])('%s → %s | %s', (n, vi, en) => {
    expect(formatPercent(n)).toBe(vi);
    expect(formatPercent(n, { decimals: 1 }, 'en')).toBe(en);
  });

  it('reads numeric text as stored by PostgreSQL and leaves none empty', () => {
    expect(formatMaybe('82.50')).toBe('82,5');
    expect(formatMaybe('1396.50', { decimals: 2, minDecimals: 2 })).toBe('1.396,50');
    expect(formatMaybe(null)).toBe('');
    expect(formatMaybe(undefined, {}, 'vi', '—')).toBe('—');
    expect(formatMaybe('')).toBe('');
  });
});

describe('excelNumberFormat', () => {
  it.each([
    [10362, {}, '[$-42A]#,##0'],
    [1396.5, {}, '[$-42A]#,##0.0'],
    [82.46, {}, '[$-42A]#,##0.00'],
    [82.456, { decimals: 2 }, '[$-42A]#,##0.00'],
    [97.5, { percent: true }, '[$-42A]#,##0.0"%"'],
    [100, { percent: true }, '[$-42A]#,##0"%"'],
    [1.5, { locale: 'en' as const }, '#,##0.0'],
  ])('%s %j → %s', (n, opts, fmt) => {
    expect(excelNumberFormat(n, opts)).toBe(fmt);
  });
});

describe('formatParam (message parameters)', () => {
  it.each([
    ['max', 5000, 'vi', '5.000'],
    ['actual', 1396.5, 'vi', '1.396,5'],
    ['actual', 1396.5, 'en', '1,396.5'],
    ['n', 10362, 'vi', '10.362'],
    ['year', 2026, 'vi', '2026'],
    ['fromYear', 2026, 'vi', '2026'],
    ['row', 12345, 'vi', '12345'],
    ['version', 1203, 'vi', '1203'],
    ['name', 'Nguyễn Văn An', 'vi', 'Nguyễn Văn An'],
    ['max', '5000', 'vi', '5000'],
  ] as const)('%s = %j (%s) → %s', (key, v, locale, out) => {
    expect(formatParam(key, v, locale)).toBe(out);
  });
});

describe('formatFileSize', () => {
  it.each([
    [512, '512 B', '512 B'],
    [2048, '2 KB', '2 KB'],
    [1536 * 1024, '1,5 MB', '1.5 MB'],
    [12 * 1024 * 1024 * 1024, '12.288 MB', '12,288 MB'],
  ])('%s → %s | %s', (bytes, vi, en) => {
    expect(formatFileSize(bytes)).toBe(vi);
    expect(formatFileSize(bytes, 'en')).toBe(en);
  });
});
