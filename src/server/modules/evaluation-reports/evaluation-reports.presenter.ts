// Shared presentation bits of the outputs: a period's reference with its label in the reader's
// language (the evaluation module's wording: "Quý I/2026", "Năm 2026").
import type { PeriodRef } from '../../../contracts/evaluation-reports.js';
import type { Locale } from '../../i18n.js';
import { periodLabel } from '../evaluation/index.js';

export function periodRef(
  locale: Locale,
  p: { id: string; kind: 'month' | 'quarter' | 'year' | 'term'; year: number; number: number; status: 'open' | 'closing' | 'closed' },
): PeriodRef {
  return { id: p.id, label: periodLabel(locale, p), kind: p.kind, year: p.year, number: p.number, status: p.status };
}
