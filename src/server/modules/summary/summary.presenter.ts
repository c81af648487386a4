// Summary responses: person rows (lead and support blocks), unit rows, the total, the period label.
import type { Summary, SummaryTaskList } from '../../../contracts/summary.js';
import { fullName } from '../../../domain/names.js';
import { emptyTotals, type Period, type SummaryPeriodKind, type SummaryTotals, toCounts } from '../../../domain/task-summary.js';
import { type Locale, t } from '../../i18n.js';
import type { DrillRow, PersonTotalsRow } from './summary.queries.js';
import type { z } from 'zod';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** ISO 8601 week number of a civil date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: string): { week: number; year: number } {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { week: 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)), year };
}

/** "Tuần 10 năm 2026", "Tháng 3 năm 2026", "Quý I năm 2026" (and English). */
export function periodLabel(locale: Locale, kind: SummaryPeriodKind, p: Period): string {
  if (kind === 'week') return t(locale, 'summary.period.week', isoWeek(p.from));
  const [year, month] = p.from.split('-').map(Number);
  if (kind === 'month') return t(locale, 'summary.period.month', { month, year });
  return t(locale, 'summary.period.quarter', { quarter: ROMAN[Math.floor((month - 1) / 3)], year });
}

export function presentPeople(rows: PersonTotalsRow[]): Summary['people'] {
  const out: Summary['people'] = [];
  const byId = new Map<string, Summary['people'][number]>();
  for (const r of rows) {
    let row = byId.get(r.personId);
    if (!row) {
      row = {
        personId: r.personId,
        fullName: fullName(r),
        postTitle: r.postTitle,
        lead: toCounts(emptyTotals()),
        support: toCounts(emptyTotals()),
      };
      byId.set(r.personId, row);
      out.push(row);
    }
    row[r.role] = toCounts(r.totals);
  }
  return out;
}

export function presentUnits(
  locale: Locale,
  unit: { id: string; name: string },
  children: Array<{ id: string; name: string }>,
  buckets: Map<string, SummaryTotals>,
): Summary['units'] {
  const rows: Summary['units'] = children.map((c) => ({
    unitId: c.id,
    name: c.name,
    direct: false,
    counts: toCounts(buckets.get(c.id) ?? emptyTotals()),
  }));
  const direct = buckets.get(unit.id);
  if (direct && direct.assigned > 0) {
    rows.push({ unitId: unit.id, name: t(locale, 'summary.direct_row', { unit: unit.name }), direct: true, counts: toCounts(direct) });
  }
  return rows;
}

export function presentDrill(rows: DrillRow[], page: { total: number; page: number; pageSize: number }): z.infer<typeof SummaryTaskList> {
  return {
    ...page,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      unitId: r.unit_id,
      unitName: r.unit_name,
      status: r.status,
      startDate: r.start_date,
      dueDate: r.due_date,
      completedOn: r.completed_on,
      workUnits: Number(r.work_units),
      lead: r.lead_id
        ? {
            id: r.lead_id,
            fullName: fullName({ familyName: r.lead_family ?? '', middleName: r.lead_middle ?? '', givenName: r.lead_given ?? '' }),
          }
        : null,
      qualityOk: r.quality_ok,
      majorErrors: r.major_errors,
      exceeded: r.exceeded,
      objectiveCause: r.objective_cause,
    })),
  };
}
