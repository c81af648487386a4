// The printable layout shared by the Excel and PDF exports: heading lines, the metric columns,
// cell formatting and the signature block, so both files show the same table.
import type { Summary, SummaryCounts } from '../../../contracts/summary.js';
import { formatViDate } from '../../../domain/dates.js';
import { type Locale, t } from '../../i18n.js';

export const METRIC_COLUMNS = [
  'assigned',
  'done',
  'doneOnTime',
  'late',
  'lateExcused',
  'overdue',
  'qualityFailures',
  'majorErrors',
  'exceeded',
  'workUnitsAssigned',
  'workUnitsDone',
  'donePct',
  'onTimePct',
] as const satisfies ReadonlyArray<keyof SummaryCounts>;

export const metricHeaders = (locale: Locale) => METRIC_COLUMNS.map((k) => t(locale, `summary.col.${k}`));

/** A cell value: numbers stay numbers (Excel sums them); a missing percentage is empty. */
export const metricValues = (c: SummaryCounts): Array<number | null> => METRIC_COLUMNS.map((k) => c[k]);

export interface Heading {
  title: string;
  unitLine: string;
  rangeLine: string;
  asOfLine: string;
}

export function heading(locale: Locale, s: Summary): Heading {
  return {
    title: t(locale, 'summary.title', { period: s.period.label.toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-GB') }),
    unitLine: t(locale, 'summary.unit', { unit: s.unit.name }),
    rangeLine: t(locale, 'summary.range', { from: formatViDate(s.period.from), to: formatViDate(s.period.to) }),
    asOfLine: t(locale, 'summary.as_of', { date: formatViDate(s.asOf) }),
  };
}

/** Person table rows: two per person (lead, then support). */
export function personRows(locale: Locale, s: Summary): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  s.people.forEach((p, i) => {
    rows.push([i + 1, p.fullName, p.postTitle ?? '', t(locale, 'summary.role.lead'), ...metricValues(p.lead)]);
    rows.push([null, '', '', t(locale, 'summary.role.support'), ...metricValues(p.support)]);
  });
  return rows;
}

export const personHeaders = (locale: Locale) => [
  t(locale, 'summary.col.no'),
  t(locale, 'summary.col.name'),
  t(locale, 'summary.col.post'),
  t(locale, 'summary.col.role'),
  ...metricHeaders(locale),
];

export function unitRows(locale: Locale, s: Summary): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = s.units.map((u, i) => [i + 1, u.name, ...metricValues(u.counts)]);
  rows.push([null, t(locale, 'summary.total'), ...metricValues(s.total)]);
  return rows;
}

export const unitHeaders = (locale: Locale) => [t(locale, 'summary.col.no'), t(locale, 'summary.col.unit'), ...metricHeaders(locale)];

/**
 * The signature block. Offices date a report when it is signed, at the unit's locality: the line names
 * the place (or leaves it blank) and leaves the date to the signer — the day of the download is not the
 * day of signing (decision 0029).
 */
export function signature(locale: Locale, place: string | null) {
  return {
    dateLine: t(locale, 'doc.place_date_blank', { place: place ?? t(locale, 'doc.blank_place') }),
    left: t(locale, 'summary.sign.preparer'),
    right: t(locale, 'summary.sign.chief'),
    hint: t(locale, 'summary.sign.hint'),
  };
}

/** The file name in words: "Tổng hợp kết quả thực hiện nhiệm vụ - Tuần 10 năm 2026 - Xã Yên Mỹ.xlsx". */
export const exportFileName = (s: Summary, ext: 'xlsx' | 'pdf', locale: Locale) =>
  `${[t(locale, 'doc.file.summary'), s.period.label, s.unit.name].join(' - ').replace(/[\\/:*?"<>|]+/g, ' ')}.${ext}`;
