// The printed training reports of a unit, as offices print them: the Party document heading (the committee
// above and the committee, "ĐẢNG CỘNG SẢN VIỆT NAM", the place-and-date line), the title, the table, the
// totals and the signature block. One model per report, rendered to PDF and Excel by the evaluation
// reports' renderers (decision 0017), like the register of exemplars.
import type { Kysely } from 'kysely';
import type { TrainingReportQuery } from '../../../contracts/training-plan.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type Block, type DocumentModel, formHeader, issuerOf, lineageAt, placeDateLine } from '../evaluation-reports/index.js';
import { unitExists } from './exemplars.queries.js';
import { trainingPlan } from './training-plan.service.js';
import { assertCanReadUnitTraining } from './training.policy.js';
import { gapsOf, structureOf, supportOf } from './training.reports.js';

type Kind = TrainingReportQuery['kind'];
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const pct = (n: number, of: number) => (of ? Math.round((n * 1000) / of) / 10 : null);
const headers = (locale: Locale, kind: Kind, keys: string[]) => keys.map((k) => tAny(locale, `training.report.${kind}.h.${k}`));

async function structureBlocks(db: Kysely<DB>, locale: Locale, unitId: string, at: string): Promise<Block[]> {
  const s = await structureOf(db, unitId, at);
  const sum = (k: 'university' | 'politicalHigh' | 'stateManagement' | 'it' | 'foreignLanguage') => s.byUnit.reduce((a, u) => a + u[k], 0);
  const dims: Array<[string, Record<string, number>, string]> = [
    ['qualification', s.qualification, 'training.report.code.qualification.'],
    ['political_theory', s.politicalTheory, 'training.report.code.political_theory.'],
    ['state_management', s.stateManagement, 'training.report.code.state_management.'],
  ];
  return [
    {
      kind: 'table',
      headers: headers(locale, 'structure', ['no', 'unit', 'total', 'university', 'political', 'state', 'it', 'language']),
      widths: [4, 24, 8, 10, 10, 10, 8, 8],
      formats: ['int', 'text', 'int', 'int', 'int', 'int', 'int', 'int'],
      rows: [
        ...s.byUnit.map((u, n) => ({
          cells: [n + 1, u.unitName, u.total, u.university, u.politicalHigh, u.stateManagement, u.it, u.foreignLanguage],
        })),
        {
          bold: true,
          cells: [
            null,
            t(locale, 'training.report.total_row'),
            s.total,
            sum('university'),
            sum('politicalHigh'),
            sum('stateManagement'),
            sum('it'),
            sum('foreignLanguage'),
          ],
        },
      ],
    },
    { kind: 'heading', text: t(locale, 'training.report.structure.levels') },
    {
      kind: 'table',
      headers: headers(locale, 'structure', ['dimension', 'level', 'count', 'share']),
      widths: [20, 24, 10, 10],
      formats: ['text', 'text', 'int', 'percent'],
      rows: dims.flatMap(([dim, counts, prefix]) =>
        Object.entries(counts).map(([code, n]) => ({
          cells: [capitalised(tAny(locale, `training.dimension.${dim}`)), tAny(locale, `${prefix}${code}`), n, pct(n, s.total)],
        })),
      ),
    },
    {
      kind: 'text',
      text: t(locale, 'training.report.structure.st', { count: s.scienceTechnology.count, total: s.total }),
    },
  ];
}

async function gapsBlocks(db: Kysely<DB>, locale: Locale, unitId: string, at: string): Promise<Block[]> {
  const { checked, items } = await gapsOf(db, locale, unitId, at);
  return [
    {
      kind: 'table',
      headers: headers(locale, 'gaps', ['no', 'name', 'unit', 'post', 'missing']),
      widths: [4, 16, 16, 22, 36],
      formats: ['int', 'text', 'text', 'text', 'text'],
      rows: items.flatMap((p, n) =>
        p.posts.map((post, k) => ({
          cells: [
            k === 0 ? n + 1 : null,
            k === 0 ? p.name : '',
            k === 0 ? p.unitName : '',
            `${post.title} (${tAny(locale, `training.report.relation.${post.relation}`)})`,
            post.checks
              .filter((c) => !c.met)
              .map((c) => c.message)
              .join('; '),
          ],
        })),
      ),
    },
    { kind: 'text', text: t(locale, 'training.report.gaps.total', { lacking: items.length, checked }) },
  ];
}

async function supportBlocks(db: Kysely<DB>, locale: Locale, unitId: string, year: number): Promise<Block[]> {
  const { totals, items } = await supportOf(db, unitId, year);
  return [
    {
      kind: 'table',
      headers: headers(locale, 'support', ['no', 'name', 'unit', 'course', 'end', 'entitled', 'paid', 'outstanding', 'refund', 'status']),
      widths: [4, 14, 12, 18, 8, 9, 9, 9, 9, 10],
      formats: ['int', 'text', 'text', 'text', 'date', 'int', 'int', 'int', 'int', 'text'],
      rows: [
        ...items.map((i, n) => ({
          cells: [
            n + 1,
            i.name,
            i.unitName,
            i.course.name,
            i.course.endDate,
            i.support.entitled,
            i.support.paid,
            i.support.outstanding,
            i.support.refund,
            tAny(locale, `training.report.support.status.${i.support.status}`),
          ],
        })),
        {
          bold: true,
          cells: [
            null,
            t(locale, 'training.report.total_row'),
            '',
            '',
            null,
            totals.entitled,
            totals.paid,
            totals.outstanding,
            totals.refund,
            '',
          ],
        },
      ],
    },
    { kind: 'text', text: t(locale, 'training.report.support.unit'), italic: true },
  ];
}

async function planBlocks(db: Kysely<DB>, actor: Actor, locale: Locale, unitId: string, year: number): Promise<Block[]> {
  const plan = await trainingPlan(db, actor, unitId, year);
  return [
    {
      kind: 'table',
      headers: headers(locale, 'plan', [
        'no',
        'course',
        'institution',
        'standard',
        'from',
        'to',
        'places',
        'assigned',
        'completed',
        'share',
      ]),
      widths: [4, 20, 14, 12, 8, 8, 6, 6, 7, 7],
      formats: ['int', 'text', 'text', 'text', 'date', 'date', 'int', 'int', 'int', 'percent'],
      rows: [
        ...plan.items.map((i, n) => ({
          cells: [
            n + 1,
            i.name,
            i.institution ?? '',
            i.level ? tAny(locale, `training.level.${i.level}`) : '',
            i.startDate,
            i.endDate,
            i.places,
            i.attendees.length,
            i.completed,
            i.pct,
          ],
        })),
        {
          bold: true,
          cells: [
            null,
            t(locale, 'training.report.total_row'),
            '',
            '',
            null,
            null,
            plan.totals.places,
            plan.totals.assigned,
            plan.totals.completed,
            plan.totals.pct,
          ],
        },
      ],
    },
  ];
}

/** The document of one training report of a unit (structure and gaps on a day, support and plan for a year). */
export async function trainingReport(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  query: Omit<TrainingReportQuery, 'format'>,
): Promise<DocumentModel> {
  await assertCanReadUnitTraining(db, actor, unitId);
  const { kind } = query;
  if ((kind === 'support' || kind === 'plan') && query.year === undefined) throw fieldError('year', 'training.report.year_required');
  const year = query.year ?? 0;
  const today = todayInVietnam();
  const at = query.at ?? today;
  const issuer = issuerOf(await lineageAt(db, unitId, today));
  const unitName = (await unitExists(db, unitId))?.name ?? '';
  const title = tAny(locale, `training.report.${kind}.title`, { year });
  const body =
    kind === 'structure'
      ? await structureBlocks(db, locale, unitId, at)
      : kind === 'gaps'
        ? await gapsBlocks(db, locale, unitId, at)
        : kind === 'support'
          ? await supportBlocks(db, locale, unitId, year)
          : await planBlocks(db, actor, locale, unitId, year);
  const subtitle =
    kind === 'support' || kind === 'plan'
      ? t(locale, 'training.report.of_unit_year', { unit: unitName, year })
      : t(locale, 'training.report.of_unit_at', { unit: unitName, date: formatViDate(at) });
  return {
    title,
    locale,
    fileName: `${title} - ${unitName}`.replace(/[\\/:*?"<>|]+/g, ' '),
    sheetName: tAny(locale, `training.report.${kind}.sheet`),
    landscape: true,
    blocks: [
      formHeader(locale, 'PARTY', issuer, [unitName], placeDateLine(locale, issuer.place, today)),
      { kind: 'title', lines: [title.toLocaleUpperCase(locale === 'vi' ? 'vi' : 'en'), subtitle] },
      ...body,
      {
        kind: 'signature',
        left: { title: t(locale, 'exemplar.report.maker'), hint: t(locale, 'exemplar.report.sign_hint') },
        right: { title: t(locale, 'training.report.signer'), hint: t(locale, 'exemplar.report.sign_hint') },
      },
    ],
  };
}
