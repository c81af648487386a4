// The collective report (Quy định 366-QĐ/TW, Phụ lục 1) of one unit and period as a document
// model: the unit's indicators against their targets, the task completion of the unit (Nghị định
// 335/2025/NĐ-CP, Điều 14), the ratings of its members per cadre group, the ratings of its
// leadership, and the collective's own classification.
import { LEVELS, RULES } from '../../../domain/evaluation/index.js';
import { formatViDate } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { type SummaryTotals, toCounts } from '../../../domain/task-summary.js';
import { type Locale, t } from '../../i18n.js';
import type { IndicatorRow, LeaderRow, MemberCountRow } from './evaluation-reports.documents.queries.js';
import {
  type Block,
  type Cell,
  type DocumentModel,
  fileTitle,
  levelName,
  periodPhrase,
  placeDateLine,
  range,
  score,
  scoreCell,
  upper,
} from './evaluation-reports.document.js';
import { type Issuer, formHeader } from './evaluation-reports.header.js';

export interface CollectiveInput {
  locale: Locale;
  /** The committee and place of the period (the tree as of its end). */
  issuer: Issuer;
  /** The report's own date: the day the collective's level was decided (null: not yet, left blank). */
  documentDate: string | null;
  period: { kind: string; year: number; number: number; start_date: string; end_date: string; unit_name: string };
  unit: { id: string; name: string };
  indicators: Array<IndicatorRow & { progress: number | null }>;
  /** The collective's own evaluation (null when the unit is not evaluated as a collective in the period). */
  own: {
    status: string;
    tasks: SummaryTotals | null;
    score: number | string | null;
    level: string | null;
    decided: boolean;
    proposed: string | null;
  } | null;
  members: MemberCountRow[];
  groups: Array<{ code: string; name: string }>;
  leaders: LeaderRow[];
}

const num = (x: number | string | null) => (x === null ? null : Number(x));

function indicatorsTable(c: CollectiveInput): Block[] {
  const { locale } = c;
  if (c.indicators.length === 0) return [{ kind: 'text', text: t(locale, 'er.coll.no_indicators'), italic: true }];
  return [
    {
      kind: 'table',
      headers: (['er.col.no', 'er.col.indicator', 'er.col.measure', 'er.col.target', 'er.col.actual', 'er.col.progress'] as const).map(
        (k) => t(locale, k),
      ),
      widths: [4, 40, 10, 10, 12, 10],
      formats: ['int', 'text', 'text', 'score', 'score', 'percent'],
      rows: c.indicators.map((i, n) => ({
        cells: [n + 1, i.name, i.measure, num(i.target), num(i.latest), i.progress] as Cell[],
      })),
    },
  ];
}

function tasksTable(c: CollectiveInput): Block[] {
  const { locale } = c;
  if (!c.own?.tasks) return [{ kind: 'text', text: t(locale, 'er.form.no_tasks'), italic: true }];
  const x = toCounts(c.own.tasks);
  const keys = ['assigned', 'done', 'doneOnTime', 'late', 'overdue', 'qualityFailures', 'exceeded', 'donePct', 'onTimePct'] as const;
  return [
    {
      kind: 'table',
      headers: keys.map((k) => t(locale, `er.coll.tasks.${k}`)),
      widths: keys.map(() => 10),
      formats: keys.map((k) => (k.endsWith('Pct') ? 'percent' : 'int')),
      rows: [{ cells: keys.map((k) => x[k]) }],
    },
  ];
}

function membersTable(c: CollectiveInput): Block {
  const { locale } = c;
  const byGroup = new Map<string, { total: number; excluded: number; undecided: number; levels: Record<string, number> }>();
  for (const r of c.members) {
    const g = byGroup.get(r.cadre_group) ?? { total: 0, excluded: 0, undecided: 0, levels: {} };
    g.total += r.n;
    if (r.status === 'excluded') g.excluded += r.n;
    else if (r.decision_level) g.levels[r.decision_level] = (g.levels[r.decision_level] ?? 0) + r.n;
    else g.undecided += r.n;
    byGroup.set(r.cadre_group, g);
  }
  const rows: Array<{ cells: Cell[]; bold?: boolean }> = [];
  const sum = { total: 0, excluded: 0, undecided: 0, levels: {} as Record<string, number> };
  for (const grp of c.groups) {
    const g = byGroup.get(grp.code);
    if (!g) continue;
    rows.push({ cells: [grp.name, g.total, g.total - g.excluded, ...LEVELS.map((l) => g.levels[l] ?? 0), g.undecided, g.excluded] });
    sum.total += g.total;
    sum.excluded += g.excluded;
    sum.undecided += g.undecided;
    for (const l of LEVELS) sum.levels[l] = (sum.levels[l] ?? 0) + (g.levels[l] ?? 0);
  }
  rows.push({
    bold: true,
    cells: [
      t(locale, 'er.total'),
      sum.total,
      sum.total - sum.excluded,
      ...LEVELS.map((l) => sum.levels[l] ?? 0),
      sum.undecided,
      sum.excluded,
    ],
  });
  return {
    kind: 'table',
    headers: [
      t(locale, 'er.col.group'),
      t(locale, 'er.col.total'),
      t(locale, 'er.col.evaluated'),
      ...LEVELS.map((l) => t(locale, `er.level_short.${l}`)),
      t(locale, 'er.col.undecided'),
      t(locale, 'er.col.excluded'),
    ],
    widths: [30, 8, 9, 7, 7, 7, 7, 9, 9],
    formats: ['text', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int'],
    rows,
  };
}

function leadersTable(c: CollectiveInput): Block[] {
  const { locale } = c;
  if (c.leaders.length === 0) return [{ kind: 'text', text: t(locale, 'er.coll.no_leaders'), italic: true }];
  return [
    {
      kind: 'table',
      headers: (['er.col.no', 'er.col.name', 'er.col.post', 'er.col.score', 'er.col.level'] as const).map((k) => t(locale, k)),
      widths: [4, 24, 28, 8, 22],
      formats: ['int', 'text', 'text', 'score', 'text'],
      rows: c.leaders.map((l, i) => {
        const decided = l.status === 'decided' || l.status === 'published';
        const level = decided
          ? levelName(locale, l.decision_level)
          : l.status === 'excluded'
            ? t(locale, 'eval.status.excluded')
            : t(locale, 'er.undecided');
        return {
          cells: [
            i + 1,
            fullName({ familyName: l.family_name, middleName: l.middle_name, givenName: l.given_name }),
            l.post_title ?? '',
            decided ? scoreCell(l.decision_score) : null,
            level,
          ],
        };
      }),
    },
  ];
}

export function collectiveDocument(c: CollectiveInput): DocumentModel {
  const { locale } = c;
  const phrase = periodPhrase(locale, c.period);
  const title = t(locale, 'er.coll.title', { period: upper(locale, phrase) });
  const own = c.own;
  const ownLine = !own
    ? t(locale, 'er.coll.not_evaluated')
    : own.decided
      ? t(locale, 'er.coll.decided', { level: levelName(locale, own.level), score: score(locale, own.score) || '—' })
      : t(locale, 'er.coll.undecided', { level: own.proposed ? levelName(locale, own.proposed) : '—' });
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'doc.file.collective'), phrase, c.unit.name]),
    sheetName: t(locale, 'er.sheet.collective'),
    landscape: true,
    blocks: [
      formHeader(
        locale,
        'PL1',
        c.issuer,
        c.period.unit_name === c.unit.name ? [c.unit.name] : [c.period.unit_name, c.unit.name],
        placeDateLine(locale, c.issuer.place, c.documentDate),
      ),
      { kind: 'title', lines: [title] },
      {
        kind: 'fields',
        rows: [
          [t(locale, 'er.form.collective'), c.unit.name],
          [t(locale, 'er.form.period'), range(locale, c.period.start_date, c.period.end_date)],
        ],
      },
      { kind: 'heading', text: t(locale, 'er.coll.section.indicators', { date: formatViDate(c.period.end_date) }) },
      ...indicatorsTable(c),
      { kind: 'heading', text: t(locale, 'er.coll.section.tasks', { rule: RULES.results }) },
      ...tasksTable(c),
      { kind: 'heading', text: t(locale, 'er.coll.section.members') },
      membersTable(c),
      { kind: 'heading', text: t(locale, 'er.coll.section.leaders') },
      ...leadersTable(c),
      { kind: 'heading', text: t(locale, 'er.coll.section.own', { rule: RULES.levels }) },
      { kind: 'text', text: ownLine },
      {
        kind: 'signature',
        left: { title: t(locale, 'er.sign.preparer'), hint: t(locale, 'er.sign.hint') },
        right: { title: t(locale, 'er.sign.collective'), hint: t(locale, 'er.sign.hint') },
      },
    ],
  };
}
