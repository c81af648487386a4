// The individual (or collective) self-assessment form of one evaluation — "PHIẾU ĐÁNH GIÁ, XẾP LOẠI
// CHẤT LƯỢNG … QUÝ I NĂM 2026" — as a document model: the heading, who is evaluated, the criteria
// table (maximum points; self, appraisal and decision columns as the reader may see them), the task
// numbers behind the results part (Nghị định 335/2025/NĐ-CP, Điều 14), the comments and levels, and
// the signature blocks. The appraisal and decision columns stay empty for the person until the
// decision is published (Quy định 366-QĐ/TW).
import { formatViDate } from '../../../domain/dates.js';
import { RULES } from '../../../domain/evaluation/index.js';
import { fullName } from '../../../domain/names.js';
import { formatNumber, formatPercent } from '../../../domain/numbers.js';
import { type SummaryTotals, toCounts } from '../../../domain/task-summary.js';
import { type Locale, t, tAny } from '../../i18n.js';
import type { StoredGateReport, StoredInputs } from '../evaluation/index.js';
import type { FormRow } from './evaluation-reports.documents.queries.js';
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
import { type Viewer, stepsVisible } from './evaluation-reports.policy.js';

export interface FormCriterion {
  code: string;
  part: 'general' | 'results';
  title: string;
  maxPoints: number;
}
/** Points per criterion code and the part totals of one step (null = not scored). */
export interface StepItems {
  items: Map<string, number | null>;
  general: number | null;
  results: number | null;
}

export interface FormInput {
  row: FormRow;
  criteria: FormCriterion[];
  self: StepItems | null;
  appraisal: StepItems | null;
  viewer: Viewer;
  locale: Locale;
  /** The committee and place of the period (the tree as of its end). */
  issuer: Issuer;
  /** The form's own date: the day the self-assessment was submitted (null: not yet, left blank). */
  documentDate: string | null;
  unitNames: Map<string, string>;
  exclusionMessage: string | null;
}

const SUBJECT_KEY: Record<string, string> = {
  PL1: 'collective',
  PL2: 'leader',
  PL3: 'leader',
  PL4: 'member',
  PL5: 'party_member',
  ND335: 'civil_servant',
};

function subjectName(r: FormRow): string {
  if (r.person_id) return fullName({ familyName: r.family_name ?? '', middleName: r.middle_name ?? '', givenName: r.given_name ?? '' });
  return r.subject_name ?? '';
}

function criteriaTable(input: FormInput, show: { appraisal: boolean; decision: boolean }): Block {
  const { row: r, locale, self } = input;
  const appr = show.appraisal ? input.appraisal : null;
  const pts = (s: StepItems | null, code: string): Cell => scoreCell(s?.items.get(code) ?? null);
  const rows: Array<{ cells: Cell[]; bold?: boolean }> = [];
  for (const [part, letter] of [
    ['general', 'A'],
    ['results', 'B'],
  ] as const) {
    const max = part === 'general' ? Number(r.general_points) : Number(r.results_points);
    rows.push({
      bold: true,
      cells: [letter, t(locale, `er.form.part.${part}`), max, scoreCell(self?.[part]), scoreCell(appr?.[part]), null],
    });
    input.criteria
      .filter((c) => c.part === part)
      .forEach((c, i) => rows.push({ cells: [i + 1, c.title, c.maxPoints, pts(self, c.code), pts(appr, c.code), null] }));
  }
  rows.push({
    bold: true,
    cells: [
      null,
      t(locale, 'er.form.total'),
      Number(r.general_points) + Number(r.results_points),
      scoreCell(r.self_score),
      show.appraisal ? scoreCell(r.appraisal_score) : null,
      show.decision ? scoreCell(r.decision_score) : null,
    ],
  });
  rows.push({
    bold: true,
    cells: [
      null,
      t(locale, 'er.form.level'),
      null,
      levelName(locale, r.self_level),
      show.appraisal ? levelName(locale, r.appraisal_level) : '',
      show.decision ? levelName(locale, r.decision_level) : '',
    ],
  });
  return {
    kind: 'table',
    headers: (['er.col.no', 'er.col.criterion', 'er.col.max', 'er.col.self', 'er.col.appraisal', 'er.col.decision'] as const).map((k) =>
      t(locale, k),
    ),
    widths: [4, 40, 8, 9, 10, 10],
    formats: ['text', 'text', 'score', 'score', 'score', 'score'],
    rows,
  };
}

function taskFields(locale: Locale, tasks: SummaryTotals): Array<[string, string]> {
  const c = toCounts(tasks);
  const pct = (x: number | null) => (x === null ? '—' : formatPercent(x, { decimals: 1 }, locale));
  const n = (x: number) => formatNumber(x, { decimals: 2 }, locale);
  const f = (key: string, value: string | number): [string, string] => [
    tAny(locale, `er.tasks.${key}`),
    typeof value === 'number' ? n(value) : value,
  ];
  return [
    f('assigned', c.assigned),
    f('done', `${n(c.done)} (${t(locale, 'er.tasks.on_time_of', { n: n(c.doneOnTime) })})`),
    f('late', `${n(c.late)} (${t(locale, 'er.tasks.excused_of', { n: n(c.lateExcused) })})`),
    f('overdue', c.overdue),
    f('pending', c.pending),
    f('quality', `${n(c.qualityFailures)}; ${t(locale, 'er.tasks.major_errors', { n: n(c.majorErrors) })}`),
    f('exceeded', c.exceeded),
    f('work_units', `${score(locale, c.workUnitsAssigned)} / ${score(locale, c.workUnitsDone)}`),
    f('pcts', `${pct(c.quantityPct)} / ${pct(c.qualityPct)} / ${pct(c.progressPct)}`),
  ];
}

function resultsBlocks(input: FormInput): Block[] {
  const { row: r, locale } = input;
  const inputs = r.status === 'excluded' ? null : (r.inputs as StoredInputs | null);
  const out: Block[] = [{ kind: 'heading', text: t(locale, 'er.form.section.results', { rule: RULES.results }) }];
  if (input.exclusionMessage) return [...out, { kind: 'text', text: input.exclusionMessage }];
  if (!inputs?.tasks) out.push({ kind: 'text', text: t(locale, 'er.form.no_tasks'), italic: true });
  else {
    out.push({
      kind: 'text',
      text: t(locale, 'er.form.window', { range: range(locale, inputs.window.from, inputs.window.to), asOf: formatViDate(inputs.asOf) }),
      italic: true,
    });
    out.push({ kind: 'fields', rows: taskFields(locale, inputs.tasks) });
  }
  if (r.results_score !== null)
    out.push({
      kind: 'fields',
      rows: [[t(locale, 'er.form.results_score'), `${score(locale, r.results_score)} / ${score(locale, r.results_points)}`]],
    });
  if (inputs?.quarters) {
    const qs = inputs.quarters.map(
      (s, i) => `${t(locale, 'er.form.quarter', { n: ['I', 'II', 'III'][i] })}: ${s === null ? '—' : score(locale, s)}`,
    );
    out.push({ kind: 'text', text: `${t(locale, 'er.form.year_from_quarters', { rule: RULES.periods })} ${qs.join('; ')}` });
  }
  for (const u of inputs?.units ?? []) {
    out.push({
      kind: 'text',
      text: t(locale, 'er.form.unit_led', {
        unit: input.unitNames.get(u.unitId) ?? '',
        level: u.level ? levelName(locale, u.level) : '—',
        done: formatNumber(u.done, {}, locale),
        assigned: formatNumber(u.assigned, {}, locale),
      }),
    });
  }
  // The system's proposal rests on the latest step: managers only (the person's view has no appraisal in it).
  if (input.viewer === 'manager' && r.status !== 'excluded') {
    const g = (r.gate_report ?? {}) as Partial<StoredGateReport>;
    out.push({
      kind: 'text',
      text: t(locale, 'er.form.proposed', { level: r.proposed_level ? levelName(locale, r.proposed_level) : '—', rule: RULES.levels }),
    });
    for (const x of g.reasons ?? [])
      out.push({
        kind: 'text',
        text: `– ${tAny(locale, `gate.${x.level}.${x.condition}`, { ...x, actual: x.actual ?? '—' })}`,
        italic: true,
      });
  }
  return out;
}

export function formDocument(input: FormInput): DocumentModel {
  const { row: r, locale } = input;
  const show = stepsVisible(input.viewer, r.status);
  const collective = !r.person_id;
  const phrase = periodPhrase(locale, r);
  const title = t(locale, 'er.form.title', {
    subject: upper(locale, tAny(locale, `er.form.subject.${SUBJECT_KEY[r.appendix] ?? 'member'}`)),
    period: upper(locale, phrase),
  });
  const name = subjectName(r);
  const identity: Array<[string, string]> = collective
    ? [
        [t(locale, 'er.form.collective'), name],
        [t(locale, 'er.form.evaluating_unit'), r.unit_name],
      ]
    : [
        [t(locale, 'er.form.name'), name],
        [t(locale, 'er.form.post'), r.post_title ?? '—'],
        [t(locale, 'er.form.unit'), r.unit_name],
      ];
  identity.push(
    [t(locale, 'er.form.group'), locale === 'en' ? r.group_name_en : r.group_name_vi],
    [t(locale, 'er.form.set'), t(locale, 'er.form.set_value', { name: r.set_name, version: r.set_version })],
    [t(locale, 'er.form.period'), range(locale, r.start_date, r.end_date)],
  );
  const fallback = r.period_unit_name === r.unit_name ? [r.unit_name] : [r.period_unit_name, r.unit_name];
  const blocks: Block[] = [
    formHeader(locale, r.appendix, input.issuer, fallback, placeDateLine(locale, input.issuer.place, input.documentDate)),
    { kind: 'title', lines: [title] },
    { kind: 'fields', rows: identity },
    { kind: 'heading', text: t(locale, 'er.form.section.criteria') },
    criteriaTable(input, show),
    ...resultsBlocks(input),
    { kind: 'heading', text: t(locale, 'er.form.section.self') },
    {
      kind: 'fields',
      rows: [
        [t(locale, 'er.form.self_comment'), r.self_comment || '—'],
        [t(locale, 'er.form.self_level'), levelName(locale, r.self_level) || '—'],
      ],
    },
  ];
  if (!r.self_submitted_at && r.status !== 'excluded')
    blocks.push({ kind: 'text', text: t(locale, 'er.form.self_not_submitted'), italic: true });
  if (show.appraisal && r.appraised_at) {
    blocks.push({ kind: 'heading', text: t(locale, 'er.form.section.appraisal') });
    blocks.push({
      kind: 'fields',
      rows: [
        [t(locale, 'er.form.appraisal_comment'), r.appraisal_comment || '—'],
        [t(locale, 'er.form.appraisal_level'), `${levelName(locale, r.appraisal_level)} (${score(locale, r.appraisal_score)})`],
      ],
    });
  }
  if (show.decision) {
    blocks.push({ kind: 'heading', text: t(locale, 'er.form.section.decision') });
    const rows: Array<[string, string]> = [
      [t(locale, 'er.form.decision_level'), `${levelName(locale, r.decision_level)} (${score(locale, r.decision_score)})`],
    ];
    if (r.decision_reason) rows.push([t(locale, 'er.form.decision_reason'), r.decision_reason]);
    blocks.push({ kind: 'fields', rows });
  }
  blocks.push({
    kind: 'signature',
    left: {
      title: t(locale, collective ? 'er.sign.collective' : 'er.sign.self'),
      hint: t(locale, 'er.sign.hint'),
      name: collective ? '' : name,
    },
    right: { title: t(locale, 'er.sign.head'), hint: t(locale, 'er.sign.hint') },
  });
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'doc.file.form'), phrase, name]),
    sheetName: t(locale, 'er.sheet.form'),
    landscape: false,
    blocks,
  };
}
