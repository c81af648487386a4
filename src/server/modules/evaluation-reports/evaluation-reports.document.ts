// One neutral model for the printable documents (form, collective report, published list): a list
// of blocks that the PDF and the Excel renderers both lay out, so the two files always show the same
// content. Numbers stay numbers (Excel sums them, with a number format); the PDF writes them as the
// reader does ("1.396,5"); dates are civil dates that Excel gets as real dates; text is already in
// the reader's language.
import { formatViDate, parseCivilDate } from '../../../domain/dates.js';
import { formatMaybe } from '../../../domain/numbers.js';
import { type Locale, t, tAny } from '../../i18n.js';

/** A number, a text, or (in a 'date' column) a civil date "yyyy-mm-dd". */
export type Cell = string | number | null;

/** How a table column's values are written: a count, a score (2 decimals at most), a percentage, a date. */
export type ColumnFormat = 'text' | 'int' | 'score' | 'percent' | 'date';

/** The marks above a Party form (Quy định 66-QĐ/TW on the form of Party documents, as HD 43 uses them). */
export interface HeaderBlock {
  kind: 'header';
  /** The issuing side, top down: the committee above, then the committee (bold). */
  left: string[];
  /** The motto: "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, underlined), or the state's two lines. */
  right: string[];
  /** The star under a Party committee's name. */
  star?: boolean;
  /** "Số: …" under the issuing side. */
  number?: string;
  /** "Yên Mỹ, ngày 05 tháng 01 năm 2027" under the motto. */
  placeDate?: string;
}

export type Block =
  /** The two heading columns of Vietnamese administrative documents (issuing body | national or Party motto). */
  | HeaderBlock
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; italic?: boolean }
  /** Label: value lines. */
  | { kind: 'fields'; rows: Array<[string, string]> }
  /** widths are relative weights, one per column; formats say how each column's values are written. */
  | { kind: 'table'; headers: string[]; widths: number[]; formats?: ColumnFormat[]; rows: Array<{ cells: Cell[]; bold?: boolean }> }
  | { kind: 'signature'; dateLine?: string; left: SignatureSide; right: SignatureSide };

export interface SignatureSide {
  title: string;
  hint: string;
  name?: string;
}

export interface DocumentModel {
  title: string;
  locale: Locale;
  /** File name in words, without the extension ("Phiếu đánh giá quý I năm 2026 - Nguyễn Văn An"). */
  fileName: string;
  sheetName: string;
  landscape: boolean;
  blocks: Block[];
}

/** 2 decimals at most, as the reader writes numbers ("82,5"); '' for none. */
export const score = (locale: Locale, x: number | string | null | undefined): string => formatMaybe(x, { decimals: 2 }, locale);

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

/**
 * The place-and-date line of a form: "Yên Mỹ, ngày 05 tháng 01 năm 2027" — the unit's locality and the
 * document's own date; dotted blanks to fill by hand for what is not known yet.
 */
export function placeDateLine(locale: Locale, place: string | null, date: string | null): string {
  const p = place ?? t(locale, 'doc.blank_place');
  if (!date) return t(locale, 'doc.place_date_blank', { place: p });
  const d = parseCivilDate(date);
  return t(locale, 'doc.place_date', { place: p, d: String(d.day).padStart(2, '0'), m: String(d.month).padStart(2, '0'), y: d.year });
}

export const range = (locale: Locale, from: string, to: string) =>
  t(locale, 'er.range', { from: formatViDate(from), to: formatViDate(to) });

/** The Party motto, or the state's for civil servants (Nghị định 335/2025/NĐ-CP). */
export function motto(locale: Locale, appendix: string): string[] {
  return appendix === 'ND335' ? [t(locale, 'er.motto.state'), t(locale, 'er.motto.state_sub')] : [t(locale, 'er.motto.party')];
}

/** A file name in words: "Phiếu đánh giá quý I năm 2026 - Nguyễn Văn An" (the extension is added when sent). */
export const fileTitle = (parts: Array<string | null | undefined>): string =>
  parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .join(' - ')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
