// The Hướng dẫn 45-HD/BTCTW forms of a plan as document models (the evaluation outputs' model, so the
// PDF and the Excel file show the same content, laid out as offices print them — decision 0017):
//  - plan: the plan of the unit per post (who, target, age at the reference month, qualification,
//    political theory, three years of ratings, status);
//  - ages: the age sheet (date of birth, reference month, age then, retirement date, months left, the
//    age rule met or not for the target);
//  - tally: the ballot tallies (each round: members, present, votes and share per candidate, who
//    reaches the threshold);
//  - decision: the standing committee's approval decision (number, date, articles) with its list.
// Every model is built from the plan view the reader may see (planning.view.ts), so a document never
// shows more than the page does.
import { formatViDate } from '../../../domain/dates.js';
import { PLANNING_RULES } from '../../../domain/planning/index.js';
import type { PlanView } from '../../../contracts/planning.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type Block, type DocumentModel, type Issuer, fileTitle, formHeader, placeDateLine, upper } from '../evaluation-reports/index.js';
import { levelWord } from './planning.presenter.js';

export const PLAN_FORMS = ['plan', 'ages', 'tally', 'decision'] as const;
export type PlanForm = (typeof PLAN_FORMS)[number];

export interface PlanDocumentInput {
  locale: Locale;
  issuer: Issuer;
  plan: PlanView;
  /** Months of service the age rule requires per target (setting planning.age). */
  minMonthsLeft: { 1: number; 2: number };
  /** The document's own date (the decision's date; the latest ballot's; else the day the plan is read as of). */
  documentDate: string | null;
}

const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const ratingWord = (locale: Locale, level: string | null) => (level ? tAny(locale, `eval.level.${level}`) : '');

function header(p: PlanDocumentInput, number?: string) {
  const h = formHeader(p.locale, 'PL1', p.issuer, [p.plan.unitName], placeDateLine(p.locale, p.issuer.place, p.documentDate));
  return number ? { ...h, number: `${t(p.locale, 'doc.number').replace(/[.…\s]+$/u, '')} ${number}` } : h;
}

const signature = (p: PlanDocumentInput): Block => ({
  kind: 'signature',
  left: { title: t(p.locale, 'er.sign.preparer'), hint: t(p.locale, 'er.sign.hint') },
  right: { title: t(p.locale, 'er.sign.standing'), hint: t(p.locale, 'er.sign.hint') },
});

/** The plan per post: one bold row per post, then its candidates. */
function planTable(p: PlanDocumentInput, posts: PlanView['posts'], withStatus: boolean): Block {
  const { locale, plan } = p;
  const years = plan.posts.flatMap((x) => x.candidates)[0]?.ratings.map((r) => r.year) ?? [];
  const ratingYears = years.length > 0 ? years : [0, 1, 2].map((i) => Number(plan.asOf.slice(0, 4)) - 1 - i);
  const rows: Array<{ cells: Array<string | number | null>; bold?: boolean }> = [];
  let n = 0;
  for (const post of posts) {
    const empty = post.candidates.length === 0 ? ` ${t(locale, 'planning.doc.noCandidate')}` : '';
    rows.push({ cells: [null, `${post.title} (${month(post.referenceMonth)})${empty}`], bold: true });
    for (const c of post.candidates) {
      n += 1;
      rows.push({
        cells: [
          n,
          c.name,
          c.dateOfBirth,
          c.unitName,
          t(locale, `planning.doc.target.${c.targetLevel}`),
          t(locale, 'planning.doc.age', { years: c.ageAtReference.years, months: c.ageAtReference.months }),
          levelWord(c.qualifications.qualification, locale) ?? '',
          levelWord(c.qualifications.political_theory, locale) ?? '',
          ...ratingYears.map((y) => ratingWord(locale, c.ratings.find((r) => r.year === y)?.level ?? null)),
          ...(withStatus ? [t(locale, `planning.doc.cstatus.${c.status}`)] : []),
        ],
      });
    }
  }
  // A post's row spans nothing (the model has no merged cells): its remaining cells stay empty.
  const width = 8 + ratingYears.length + (withStatus ? 1 : 0);
  for (const r of rows) while (r.cells.length < width) r.cells.push(null);
  return {
    kind: 'table',
    headers: [
      t(locale, 'planning.doc.col.no'),
      t(locale, 'planning.doc.col.name'),
      t(locale, 'planning.doc.col.dob'),
      t(locale, 'planning.doc.col.current'),
      t(locale, 'planning.doc.col.target'),
      t(locale, 'planning.doc.col.age'),
      t(locale, 'planning.doc.col.qualification'),
      t(locale, 'planning.doc.col.theory'),
      ...ratingYears.map((year) => t(locale, 'planning.doc.col.rating', { year })),
      ...(withStatus ? [t(locale, 'planning.doc.col.status')] : []),
    ],
    widths: [4, 18, 9, 16, 9, 10, 10, 9, ...ratingYears.map(() => 11), ...(withStatus ? [9] : [])],
    formats: ['int', 'text', 'date', 'text', 'text', 'text', 'text', 'text', ...ratingYears.map(() => 'text' as const), 'text'],
    rows,
  };
}

function planDocument(p: PlanDocumentInput): DocumentModel {
  const { locale, plan } = p;
  const title = t(locale, 'planning.doc.plan.title', { unit: upper(locale, plan.unitName), term: upper(locale, plan.termName) });
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'planning.doc.file.plan'), plan.termName, plan.unitName]),
    sheetName: t(locale, 'planning.doc.sheet.plan'),
    landscape: true,
    blocks: [
      header(p),
      { kind: 'title', lines: [title] },
      {
        kind: 'fields',
        rows: [
          [t(locale, 'planning.doc.unit'), plan.unitName],
          [t(locale, 'planning.doc.term'), plan.termName],
          [t(locale, 'planning.doc.asOf'), formatViDate(plan.asOf)],
          [t(locale, 'planning.doc.status'), t(locale, `planning.doc.pstatus.${plan.status}`)],
          ...(plan.approvals.length > 0
            ? [
                [
                  t(locale, 'planning.doc.approvals'),
                  plan.approvals.map((a) => `${a.decisionRef} (${formatViDate(a.decisionDate)})`).join('; '),
                ] as [string, string],
              ]
            : []),
        ],
      },
      planTable(p, plan.posts, true),
      signature(p),
    ],
  };
}

function agesDocument(p: PlanDocumentInput): DocumentModel {
  const { locale, plan } = p;
  const title = t(locale, 'planning.doc.ages.title', { term: upper(locale, plan.termName) });
  const rows = plan.posts
    .flatMap((post) => post.candidates.map((c) => ({ post, c })))
    .map(({ post, c }, i) => ({
      cells: [
        i + 1,
        c.name,
        t(locale, `planning.doc.${c.gender}`),
        c.dateOfBirth,
        post.title,
        t(locale, `planning.doc.target.${c.targetLevel}`),
        month(c.referenceMonth),
        t(locale, 'planning.doc.age', { years: c.ageAtReference.years, months: c.ageAtReference.months }),
        c.retirementDate,
        c.monthsLeft,
        t(locale, c.monthsLeft >= p.minMonthsLeft[c.targetLevel] ? 'planning.doc.yes' : 'planning.doc.no'),
      ],
    }));
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'planning.doc.file.ages'), plan.termName, plan.unitName]),
    sheetName: t(locale, 'planning.doc.sheet.ages'),
    landscape: true,
    blocks: [
      header(p),
      { kind: 'title', lines: [title] },
      {
        kind: 'fields',
        rows: [
          [t(locale, 'planning.doc.unit'), plan.unitName],
          [t(locale, 'planning.doc.asOf'), formatViDate(plan.asOf)],
        ],
      },
      {
        kind: 'table',
        headers: (
          [
            'planning.doc.col.no',
            'planning.doc.col.name',
            'planning.doc.col.gender',
            'planning.doc.col.dob',
            'planning.doc.col.post',
            'planning.doc.col.target',
            'planning.doc.col.reference',
            'planning.doc.col.age',
            'planning.doc.col.retirement',
            'planning.doc.col.monthsLeft',
            'planning.doc.col.ageCheck',
          ] as const
        ).map((k) => t(locale, k)),
        widths: [4, 18, 6, 9, 18, 9, 8, 11, 9, 8, 8],
        formats: ['int', 'text', 'text', 'date', 'text', 'text', 'text', 'text', 'date', 'int', 'text'],
        rows,
      },
      {
        kind: 'text',
        italic: true,
        text: t(locale, 'planning.doc.ageRule', { t1: p.minMonthsLeft[1], t2: p.minMonthsLeft[2], rule: PLANNING_RULES.age }),
      },
      signature(p),
    ],
  };
}

function tallyDocument(p: PlanDocumentInput): DocumentModel {
  const { locale, plan } = p;
  const title = t(locale, 'planning.doc.tally.title', { term: upper(locale, plan.termName) });
  const blocks: Block[] = [
    header(p),
    { kind: 'title', lines: [title] },
    { kind: 'fields', rows: [[t(locale, 'planning.doc.unit'), plan.unitName]] },
  ];
  for (const post of plan.posts) {
    for (const r of post.ballot?.rounds ?? []) {
      blocks.push({
        kind: 'heading',
        text: t(locale, 'planning.doc.round', {
          post: post.title,
          round: r.round,
          date: formatViDate(r.heldOn),
          members: r.members,
          present: r.present,
        }),
      });
      blocks.push({
        kind: 'table',
        headers: (
          [
            'planning.doc.col.no',
            'planning.doc.col.name',
            'planning.doc.col.votes',
            'planning.doc.col.pct',
            'planning.doc.col.result',
          ] as const
        ).map((k) => t(locale, k)),
        widths: [5, 35, 12, 16, 16],
        formats: ['int', 'text', 'int', 'percent', 'text'],
        rows: [...r.candidates]
          .sort((a, b) => b.votes - a.votes)
          .map((c, i) => ({
            cells: [
              i + 1,
              c.name,
              c.votes,
              c.pct,
              t(locale, c.check.outcome === 'pass' ? 'planning.doc.reached' : 'planning.doc.notReached'),
            ],
            bold: r.selected.includes(c.personId),
          })),
      });
      blocks.push({ kind: 'text', italic: true, text: `${r.quorum.message}` });
    }
  }
  blocks.push({ kind: 'text', italic: true, text: t(locale, 'planning.doc.threshold', { rule: PLANNING_RULES.ballot }) });
  blocks.push({
    kind: 'signature',
    left: { title: t(locale, 'planning.doc.sign.counting'), hint: t(locale, 'er.sign.hint') },
    right: { title: t(locale, 'planning.doc.sign.chair'), hint: t(locale, 'er.sign.hint') },
  });
  return {
    title,
    locale,
    fileName: fileTitle([t(locale, 'planning.doc.file.tally'), plan.termName, plan.unitName]),
    sheetName: t(locale, 'planning.doc.sheet.tally'),
    landscape: false,
    blocks,
  };
}

function decisionDocument(p: PlanDocumentInput, decision: { decisionRef: string; decisionDate: string }): DocumentModel {
  const { locale, plan } = p;
  const committee = p.issuer.committees[p.issuer.committees.length - 1] ?? plan.unitName;
  const count = plan.posts.reduce((n, x) => n + x.candidates.length, 0);
  const subject = t(locale, 'planning.doc.decision.subject', {
    unit: plan.unitName,
    term: plan.termName.toLocaleLowerCase(locale === 'vi' ? 'vi-VN' : 'en-GB'),
  });
  const title = t(locale, 'planning.doc.decision.title');
  const withPosts = plan.posts.filter((x) => x.candidates.length > 0);
  return {
    title: `${title} ${decision.decisionRef}`,
    locale,
    fileName: fileTitle([t(locale, 'planning.doc.file.decision'), decision.decisionRef, plan.termName, plan.unitName]),
    sheetName: t(locale, 'planning.doc.sheet.decision'),
    landscape: true,
    blocks: [
      header(p, decision.decisionRef),
      {
        kind: 'title',
        lines: [title, subject, '-----', t(locale, 'planning.doc.decision.issuer', { committee: upper(locale, committee) })],
      },
      { kind: 'text', italic: true, text: t(locale, 'planning.doc.decision.basis1') },
      { kind: 'text', italic: true, text: t(locale, 'planning.doc.decision.basis2') },
      { kind: 'text', italic: true, text: t(locale, 'planning.doc.decision.basis3') },
      { kind: 'title', lines: [t(locale, 'planning.doc.decision.decides')] },
      {
        kind: 'text',
        text: t(locale, 'planning.doc.decision.article1', {
          unit: plan.unitName,
          term: plan.termName.toLocaleLowerCase(locale === 'vi' ? 'vi-VN' : 'en-GB'),
          count,
        }),
      },
      { kind: 'text', text: t(locale, 'planning.doc.decision.article2') },
      { kind: 'text', text: t(locale, 'planning.doc.decision.article3') },
      {
        kind: 'signature',
        left: { title: t(locale, 'planning.doc.decision.recipients'), hint: '' },
        right: { title: `${t(locale, 'er.sign.standing')}\n${t(locale, 'planning.doc.sign.secretary')}`, hint: t(locale, 'er.sign.hint') },
      },
      {
        kind: 'title',
        lines: [t(locale, 'planning.doc.decision.list', { ref: decision.decisionRef, date: formatViDate(decision.decisionDate) })],
      },
      planTable(p, withPosts, false),
    ],
  };
}

/** The document model of one form; null when the form has nothing to print (no decision, no ballot). */
export function planFormDocument(form: PlanForm, p: PlanDocumentInput): DocumentModel | null {
  if (form === 'plan') return planDocument(p);
  if (form === 'ages') return agesDocument(p);
  if (form === 'tally') return p.plan.posts.some((x) => x.ballot) ? tallyDocument(p) : null;
  const decision = p.plan.approvals[p.plan.approvals.length - 1];
  return decision ? decisionDocument(p, decision) : null;
}

/** The day a form is dated: the decision's, the latest ballot's, else none (dotted blanks, decision 0017). */
export function documentDateOf(form: PlanForm, plan: PlanView): string | null {
  if (form === 'decision') return plan.approvals[plan.approvals.length - 1]?.decisionDate ?? null;
  if (form === 'tally') {
    const days = plan.posts.flatMap((x) => x.ballot?.rounds.map((r) => r.heldOn) ?? []).sort();
    return days[days.length - 1] ?? null;
  }
  return null;
}
