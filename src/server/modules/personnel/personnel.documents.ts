// The appointment file's standard documents as document models (the evaluation outputs' model, so the PDF
// and the Excel file show the same content, laid out as offices print them — decision 0017):
//  - proposal: the organising body's tờ trình (who, from which post to which, when, why, the file's
//    documents, the last 3 years of ratings, the checks' outcome);
//  - checks: the summary of the checks (each rule cited, its outcome and numbers) with the 3 years of ratings;
//  - decision: the competent level's quyết định (number, date, articles, signer) — only once approved.
// Every model is built from the proposal view the reader may see (personnel.service.ts buildView), so a
// document never shows more than the page does. The dashboard's lists (personnel.dashboard.ts) print as one
// workbook of tables.
import { formatViDate } from '../../../domain/dates.js';
import { PERSONNEL_RULES } from '../../../domain/personnel/index.js';
import type { PersonnelDashboard, ProposalView } from '../../../contracts/personnel.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type Block, type DocumentModel, type Issuer, fileTitle, formHeader, placeDateLine, upper } from '../evaluation-reports/index.js';
import { kindWord } from './personnel.presenter.js';

export const PROPOSAL_FORMS = ['proposal', 'checks', 'decision'] as const;
export type ProposalForm = (typeof PROPOSAL_FORMS)[number];

export interface ProposalDocumentInput {
  locale: Locale;
  issuer: Issuer;
  proposal: ProposalView;
}

const ratingWord = (locale: Locale, level: string | null) =>
  level ? tAny(locale, `eval.level.${level}`) : t(locale, 'personnel.doc.noRating');
const yesNo = (locale: Locale, v: boolean) => t(locale, v ? 'personnel.doc.yes' : 'personnel.doc.no');

function header(p: ProposalDocumentInput, date: string | null, number?: string) {
  const h = formHeader(p.locale, 'PL1', p.issuer, [p.proposal.unit.name], placeDateLine(p.locale, p.issuer.place, date));
  return number ? { ...h, number: `${t(p.locale, 'doc.number').replace(/[.…\s]+$/u, '')} ${number}` } : h;
}

/** "Phó Bí thư Thường trực Đảng ủy, Xã An Phú" — the post left, or none. */
const fromPhrase = (p: ProposalView) => (p.fromTenure ? `${p.fromTenure.post}, ${p.fromTenure.unit}` : '');
const toPhrase = (p: ProposalView) => (p.post ? `${p.post.name}, ${p.unit.name}` : '');

function ratingsTable(locale: Locale, p: ProposalView): Block {
  return {
    kind: 'table',
    headers: [t(locale, 'personnel.doc.col.year'), t(locale, 'personnel.doc.col.rating')],
    widths: [20, 80],
    formats: ['int', 'text'],
    rows: p.checks.ratings.map((r) => ({ cells: [r.year, ratingWord(locale, r.level)] })),
  };
}

function checksTable(locale: Locale, p: ProposalView): Block {
  return {
    kind: 'table',
    headers: (['personnel.doc.col.no', 'personnel.doc.col.rule', 'personnel.doc.col.outcome', 'personnel.doc.col.detail'] as const).map(
      (k) => t(locale, k),
    ),
    widths: [5, 25, 12, 58],
    formats: ['int', 'text', 'text', 'text'],
    rows: p.checks.checks.map((c, i) => ({
      cells: [i + 1, c.rule, t(locale, `personnel.doc.outcome.${c.outcome}`), c.message],
      bold: c.outcome === 'fail',
    })),
  };
}

function personFields(locale: Locale, p: ProposalView): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [t(locale, 'personnel.doc.person'), p.person.name],
    [t(locale, 'personnel.doc.kind'), kindWord(p.kind, locale)],
  ];
  if (p.fromTenure) rows.push([t(locale, 'personnel.doc.from'), fromPhrase(p)]);
  if (p.post) rows.push([t(locale, 'personnel.doc.to'), toPhrase(p)]);
  rows.push([t(locale, 'personnel.doc.effective'), formatViDate(p.effectiveDate)]);
  if (p.plannedEndDate) rows.push([t(locale, 'personnel.doc.plannedEnd'), formatViDate(p.plannedEndDate)]);
  return rows;
}

function proposalDocument(p: ProposalDocumentInput): DocumentModel {
  const { locale, proposal: v } = p;
  const committee = p.issuer.committees[p.issuer.committees.length - 1] ?? v.unit.name;
  const title = t(locale, 'personnel.doc.proposal.title');
  const subject = t(locale, 'personnel.doc.proposal.subject', { kind: kindWord(v.kind, locale), name: v.person.name });
  const docs = (['appraisal', 'assetDeclaration', 'health'] as const).map(
    (k) => [t(locale, `personnel.doc.file.${k}`), yesNo(locale, v.documents[k])] as [string, string],
  );
  return {
    title: `${title} ${subject}`,
    locale,
    fileName: fileTitle([t(locale, 'personnel.doc.file.proposal'), kindWord(v.kind, locale), v.person.name]),
    sheetName: t(locale, 'personnel.doc.sheet.proposal'),
    landscape: false,
    blocks: [
      header(p, v.proposedOn),
      { kind: 'title', lines: [title, subject] },
      { kind: 'text', text: t(locale, 'personnel.doc.proposal.to', { committee: upper(locale, committee) }) },
      { kind: 'fields', rows: personFields(locale, v) },
      { kind: 'heading', text: t(locale, 'personnel.doc.reason') },
      { kind: 'text', text: v.reason || t(locale, 'personnel.doc.reasonHidden') },
      { kind: 'heading', text: t(locale, 'personnel.doc.files') },
      { kind: 'fields', rows: [...docs, [t(locale, 'personnel.doc.special'), yesNo(locale, v.specialProcedure)]] },
      { kind: 'heading', text: t(locale, 'personnel.doc.ratings') },
      ratingsTable(locale, v),
      { kind: 'heading', text: t(locale, 'personnel.doc.checks') },
      checksTable(locale, v),
      { kind: 'text', text: t(locale, 'personnel.doc.proposal.ask', { committee, kind: kindWord(v.kind, locale) }) },
      {
        kind: 'signature',
        left: { title: t(locale, 'personnel.doc.recipients'), hint: '' },
        right: { title: t(locale, 'personnel.doc.sign.organising'), hint: t(locale, 'er.sign.hint') },
      },
    ],
  };
}

function checksDocument(p: ProposalDocumentInput): DocumentModel {
  const { locale, proposal: v } = p;
  const title = t(locale, 'personnel.doc.checks.title');
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'personnel.doc.file.checks'), kindWord(v.kind, locale), v.person.name]),
    sheetName: t(locale, 'personnel.doc.sheet.checks'),
    landscape: true,
    blocks: [
      header(p, v.decision?.date ?? v.proposedOn),
      {
        kind: 'title',
        lines: [title, t(locale, 'personnel.doc.proposal.subject', { kind: kindWord(v.kind, locale), name: v.person.name })],
      },
      { kind: 'fields', rows: personFields(locale, v) },
      checksTable(locale, v),
      {
        kind: 'text',
        italic: true,
        text: t(locale, `personnel.doc.overall.${v.checks.blocked && v.status !== 'approved' ? 'blocked' : v.checks.outcome}`),
      },
      { kind: 'heading', text: t(locale, 'personnel.doc.ratings') },
      ratingsTable(locale, v),
      {
        kind: 'signature',
        left: { title: t(locale, 'er.sign.preparer'), hint: t(locale, 'er.sign.hint') },
        right: { title: t(locale, 'personnel.doc.sign.organising'), hint: t(locale, 'er.sign.hint') },
      },
    ],
  };
}

function decisionDocument(p: ProposalDocumentInput, d: NonNullable<ProposalView['decision']>): DocumentModel {
  const { locale, proposal: v } = p;
  const committee = p.issuer.committees[p.issuer.committees.length - 1] ?? v.unit.name;
  const kind = kindWord(v.kind, locale);
  const Kind = kind.charAt(0).toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-GB') + kind.slice(1);
  const title = t(locale, 'personnel.doc.decision.title');
  const subject = t(locale, 'personnel.doc.decision.subject', { kind, name: v.person.name });
  const basis = v.kind === 'rotation' ? PERSONNEL_RULES.rotation : PERSONNEL_RULES.higherPost;
  const article1 = v.post
    ? t(locale, 'personnel.doc.decision.article1', {
        kind: Kind,
        name: v.person.name,
        from: v.fromTenure ? t(locale, 'personnel.doc.decision.from', { from: fromPhrase(v) }) : '',
        to: toPhrase(v),
        date: formatViDate(v.effectiveDate),
      })
    : t(locale, 'personnel.doc.decision.article1_leave', {
        kind: Kind,
        name: v.person.name,
        from: fromPhrase(v),
        date: formatViDate(v.effectiveDate),
      });
  const blocks: Block[] = [
    header(p, d.date, d.ref),
    {
      kind: 'title',
      lines: [title, subject, '-----', t(locale, 'personnel.doc.decision.issuer', { committee: upper(locale, committee) })],
    },
    { kind: 'text', italic: true, text: t(locale, 'personnel.doc.decision.basis1', { rule: basis }) },
    { kind: 'text', italic: true, text: t(locale, 'personnel.doc.decision.basis2') },
    ...(d.vote
      ? [
          {
            kind: 'text' as const,
            italic: true,
            text: t(locale, 'personnel.doc.decision.vote', { votes: d.vote.votes, present: d.vote.present, members: d.vote.members }),
          },
        ]
      : []),
    { kind: 'title', lines: [t(locale, 'personnel.doc.decision.decides')] },
    { kind: 'text', text: article1 },
  ];
  if (v.plannedEndDate)
    blocks.push({ kind: 'text', text: t(locale, 'personnel.doc.decision.plannedEnd', { date: formatViDate(v.plannedEndDate) }) });
  for (const e of d.exceptions)
    blocks.push({ kind: 'text', italic: true, text: t(locale, 'personnel.doc.decision.exception', { code: e.code, reason: e.reason }) });
  blocks.push(
    { kind: 'text', text: t(locale, 'personnel.doc.decision.article2') },
    { kind: 'text', text: t(locale, 'personnel.doc.decision.article3', { name: v.person.name }) },
    {
      kind: 'signature',
      left: { title: t(locale, 'personnel.doc.recipients'), hint: '' },
      right: { title: t(locale, 'er.sign.standing'), hint: '', name: d.signer },
    },
  );
  return {
    title: `${title} ${d.ref}`,
    locale,
    fileName: fileTitle([t(locale, 'personnel.doc.file.decision'), d.ref, v.person.name]),
    sheetName: t(locale, 'personnel.doc.sheet.decision'),
    landscape: false,
    blocks,
  };
}

/** The document model of one form; null when the form has nothing to print (a decision not taken, or a rejection). */
export function proposalFormDocument(form: ProposalForm, p: ProposalDocumentInput): DocumentModel | null {
  if (form === 'proposal') return proposalDocument(p);
  if (form === 'checks') return checksDocument(p);
  return p.proposal.status === 'approved' && p.proposal.decision ? decisionDocument(p, p.proposal.decision) : null;
}

/** The dashboard's lists as one workbook sheet of tables (every row, with the people behind every figure). */
export function dashboardDocument(locale: Locale, issuer: Issuer, d: PersonnelDashboard): DocumentModel {
  const title = t(locale, 'personnel.doc.dashboard.title', { unit: upper(locale, d.unit.name), date: formatViDate(d.asOf) });
  const col = (k: string) => tAny(locale, `personnel.doc.col.${k}`);
  const table = (
    heads: string[],
    widths: number[],
    rows: Array<Array<string | number | null>>,
    formats?: Array<'text' | 'int' | 'date'>,
  ): Block => ({
    kind: 'table',
    headers: heads.map(col),
    widths,
    formats,
    rows: rows.map((cells) => ({ cells })),
  });
  const blocks: Block[] = [
    formHeader(locale, 'PL1', issuer, [d.unit.name], placeDateLine(locale, issuer.place, d.asOf)),
    { kind: 'title', lines: [title] },
  ];
  for (const r of d.nonLocal) {
    blocks.push({
      kind: 'heading',
      text: t(locale, 'personnel.doc.dashboard.nonLocal', { post: r.post, nonLocal: r.nonLocal, held: r.held }),
    });
    blocks.push(
      table(
        ['no', 'name', 'unit', 'post', 'since', 'local'],
        [5, 22, 22, 22, 10, 19],
        r.holders.map((h, i) => [
          i + 1,
          h.name,
          h.unit,
          h.post,
          h.since,
          h.local ? h.grounds.map((g) => tAny(locale, `personnel.doc.ground.${g}`)).join(', ') : t(locale, 'personnel.doc.no'),
        ]),
        ['int', 'text', 'text', 'text', 'date', 'text'],
      ),
    );
  }
  blocks.push({ kind: 'heading', text: t(locale, 'personnel.doc.dashboard.twoTerms') });
  blocks.push(
    table(
      ['no', 'name', 'unit', 'post', 'consecutive', 'terms'],
      [5, 22, 22, 22, 10, 19],
      d.twoTerms.map((r, i) => [i + 1, r.name, r.unit, r.post, r.consecutive, r.terms.join('; ')]),
      ['int', 'text', 'text', 'text', 'int', 'text'],
    ),
  );
  blocks.push({ kind: 'heading', text: t(locale, 'personnel.doc.dashboard.rotations') });
  blocks.push(
    table(
      ['no', 'name', 'unit', 'post', 'since', 'plannedEnd', 'months'],
      [5, 20, 20, 20, 11, 12, 12],
      d.rotationsEnding.map((r, i) => [i + 1, r.name, r.unit, r.post, r.since, r.plannedEndDate, r.months]),
      ['int', 'text', 'text', 'text', 'date', 'date', 'int'],
    ),
  );
  blocks.push({ kind: 'heading', text: t(locale, 'personnel.doc.dashboard.vacant') });
  blocks.push(
    table(
      ['no', 'post', 'unit', 'vacantSince', 'days'],
      [5, 30, 30, 17, 18],
      d.vacant.map((v, i) => [i + 1, v.post, v.unit, v.since, v.days]),
      ['int', 'text', 'text', 'date', 'int'],
    ),
  );
  blocks.push({ kind: 'heading', text: t(locale, 'personnel.doc.dashboard.waiting') });
  blocks.push(
    table(
      ['no', 'name', 'unit', 'discipline', 'decidedOn', 'endsOn'],
      [5, 25, 25, 15, 15, 15],
      d.waitingEnds.map((w, i) => [i + 1, w.name, w.unit, tAny(locale, `personnel.doc.discipline.${w.kind}`), w.decidedOn, w.endsOn]),
      ['int', 'text', 'text', 'text', 'date', 'date'],
    ),
  );
  blocks.push({ kind: 'heading', text: t(locale, 'personnel.doc.dashboard.pipeline') });
  blocks.push(
    table(
      ['kind', 'status', 'count'],
      [40, 40, 20],
      d.pipeline.map((r) => [kindWord(r.kind, locale), t(locale, `personnel.doc.status.${r.status}`), r.count]),
      ['text', 'text', 'int'],
    ),
  );
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'personnel.doc.file.dashboard'), d.unit.name, formatViDate(d.asOf).replaceAll('/', '-')]),
    sheetName: t(locale, 'personnel.doc.sheet.dashboard'),
    landscape: true,
    blocks,
  };
}
