// One neutral model for the printable documents (form, collective report, published list): a list
// of blocks that the PDF and the Excel renderers both lay out, so the two files always show the same
// content. Numbers stay numbers (Excel sums them); text is already in the reader's language.
import { formatViDate, parseCivilDate } from '../../../domain/dates.js';
import { type Locale, t, tAny } from '../../i18n.js';

export type Cell = string | number | null;

export type Block =
  /** The two heading columns of Vietnamese administrative documents (issuing body | national or Party motto). */
  | { kind: 'header'; left: string[]; right: string[] }
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; italic?: boolean }
  /** Label: value lines. */
  | { kind: 'fields'; rows: Array<[string, string]> }
  /** widths are relative weights, one per column. */
  | { kind: 'table'; headers: string[]; widths: number[]; rows: Array<{ cells: Cell[]; bold?: boolean }> }
  | { kind: 'signature'; dateLine: string; left: SignatureSide; right: SignatureSide };

export interface SignatureSide {
  title: string;
  hint: string;
  name?: string;
}

export interface DocumentModel {
  title: string;
  /** File name without diacritics. */
  fileName: string;
  sheetName: string;
  landscape: boolean;
  blocks: Block[];
}

/** 2 decimals at most, Vietnamese decimal comma; '' for none. */
export function score(x: number | string | null | undefined): string {
  if (x === null || x === undefined || x === '') return '';
  const n = Math.round(Number(x) * 100) / 100;
  return String(n).replace('.', ',');
}

/** A score cell (a number in Excel), null when none. */
export const scoreCell = (x: number | string | null | undefined): number | null =>
  x === null || x === undefined || x === '' ? null : Math.round(Number(x) * 100) / 100;

export const levelName = (locale: Locale, level: string | null | undefined): string => (level ? tAny(locale, `eval.level.${level}`) : '');

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "quý I năm 2026", "năm 2026", "tháng 3 năm 2026" (titles upper-case it). */
export function periodPhrase(locale: Locale, p: { kind: string; year: number; number: number }): string {
  if (p.kind === 'quarter') return t(locale, 'er.period.quarter', { quarter: ROMAN[p.number - 1], year: p.year });
  if (p.kind === 'month') return t(locale, 'er.period.month', { month: p.number, year: p.year });
  if (p.kind === 'term') return t(locale, 'er.period.term', { year: p.year });
  return t(locale, 'er.period.year', { year: p.year });
}

export const upper = (locale: Locale, s: string) => s.toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-GB');

/** "Ngày 05 tháng 01 năm 2027" for the signature block. */
export function dateLine(locale: Locale, today: string): string {
  const d = parseCivilDate(today);
  return t(locale, 'er.sign.date', { d: String(d.day).padStart(2, '0'), m: String(d.month).padStart(2, '0'), y: d.year });
}

export const range = (locale: Locale, from: string, to: string) =>
  t(locale, 'er.range', { from: formatViDate(from), to: formatViDate(to) });

/** The Party motto, or the state's for civil servants (Nghị định 335/2025/NĐ-CP). */
export function motto(locale: Locale, appendix: string): string[] {
  return appendix === 'ND335' ? [t(locale, 'er.motto.state'), t(locale, 'er.motto.state_sub')] : [t(locale, 'er.motto.party')];
}

/** ASCII file names: "phieu-danh-gia-quy-1-2026-<id8>.pdf". */
export function fileSlug(parts: Array<string | number>): string {
  return parts
    .map(String)
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
