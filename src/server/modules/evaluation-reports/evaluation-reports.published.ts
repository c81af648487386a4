// The published results list of a period under a unit (Quy định 366-QĐ/TW: results are published)
// as a document model: collectives first, then persons by unit and cadre group, with the decided
// score and level and the publication date. Only published evaluations appear.
import { todayInVietnam } from '../../../domain/dates.js';
import { formatNumber } from '../../../domain/numbers.js';
import { RULES } from '../../../domain/evaluation/index.js';
import { fullName } from '../../../domain/names.js';
import { type Locale, t } from '../../i18n.js';
import type { PublishedRow } from './evaluation-reports.documents.queries.js';
import { type DocumentModel, fileTitle, levelName, periodPhrase, placeDateLine, scoreCell, upper } from './evaluation-reports.document.js';
import { type Issuer, formHeader } from './evaluation-reports.header.js';

export interface PublishedInput {
  locale: Locale;
  /** The committee and place of the period (the tree as of its end). */
  issuer: Issuer;
  period: { kind: string; year: number; number: number; unit_name: string };
  unit: { id: string; name: string };
  rows: PublishedRow[];
}

/** The civil date of a timestamp in the app's time zone. */
const civil = (d: Date) => todayInVietnam(d);

export function publishedDocument(p: PublishedInput): DocumentModel {
  const { locale } = p;
  const phrase = periodPhrase(locale, p.period);
  const title = t(locale, 'er.pub.title', { period: upper(locale, phrase) });
  // The list is dated the day of its latest publication (blank while nothing is published).
  const latest = p.rows.reduce<Date | null>((a, r) => (!a || r.published_at > a ? r.published_at : a), null);
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'doc.file.published'), phrase, p.unit.name]),
    sheetName: t(locale, 'er.sheet.published'),
    landscape: true,
    blocks: [
      formHeader(locale, 'PL1', p.issuer, [p.period.unit_name], placeDateLine(locale, p.issuer.place, latest ? civil(latest) : null)),
      { kind: 'title', lines: [title] },
      {
        kind: 'fields',
        rows: [
          [t(locale, 'er.form.unit'), p.unit.name],
          [t(locale, 'er.pub.count'), formatNumber(p.rows.length, {}, locale)],
        ],
      },
      {
        kind: 'table',
        headers: (
          [
            'er.col.no',
            'er.col.name',
            'er.col.post',
            'er.col.unit',
            'er.col.group',
            'er.col.score',
            'er.col.level',
            'er.col.published',
          ] as const
        ).map((k) => t(locale, k)),
        widths: [4, 22, 20, 22, 20, 7, 20, 10],
        formats: ['int', 'text', 'text', 'text', 'text', 'score', 'text', 'date'],
        rows: p.rows.map((r, i) => ({
          cells: [
            i + 1,
            r.person_id
              ? fullName({ familyName: r.family_name ?? '', middleName: r.middle_name ?? '', givenName: r.given_name ?? '' })
              : (r.subject_name ?? ''),
            r.post_title ?? '',
            r.unit_name,
            locale === 'en' ? r.group_name_en : r.group_name_vi,
            scoreCell(r.decision_score),
            levelName(locale, r.decision_level),
            civil(r.published_at),
          ],
        })),
      },
      { kind: 'text', text: t(locale, 'er.pub.note', { rule: RULES.levels }), italic: true },
      {
        kind: 'signature',
        left: { title: t(locale, 'er.sign.preparer'), hint: t(locale, 'er.sign.hint') },
        right: { title: t(locale, 'er.sign.standing'), hint: t(locale, 'er.sign.hint') },
      },
    ],
  };
}
