// The report of the register per year and campaign, as offices print it: the Party document heading
// (the committee above and the committee, "ĐẢNG CỘNG SẢN VIỆT NAM", the place-and-date line), the title,
// the table of recognised collectives and individuals, the totals and the signature block. One model,
// rendered to PDF and Excel by the evaluation reports' renderers.
import type { Kysely } from 'kysely';
import type { ExemplarReportQuery } from '../../../contracts/training.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { type DocumentModel, formHeader, issuerOf, lineageAt, placeDateLine } from '../evaluation-reports/index.js';
import * as q from './exemplars.queries.js';
import { exemplarView } from './exemplars.service.js';
import { assertCanReadExemplars } from './training.policy.js';

export async function exemplarReport(db: Kysely<DB>, actor: Actor, locale: Locale, query: ExemplarReportQuery): Promise<DocumentModel> {
  await assertCanReadExemplars(db, actor, query.unitId);
  const today = todayInVietnam();
  const rows = await q.allExemplarsUnder(db, { ...query, status: 'recognised' });
  const items = rows.map((r) => exemplarView(r, false));
  const issuer = issuerOf(await lineageAt(db, query.unitId, today));
  const unitName = (await q.unitExists(db, query.unitId))?.name ?? '';
  const campaign = query.campaign ? tAny(locale, `exemplar.campaign.${query.campaign}`) : t(locale, 'exemplar.report.all_campaigns');
  const collectives = items.filter((i) => i.subject === 'collective').length;
  return {
    title: t(locale, 'exemplar.report.title', { year: query.year }),
    locale,
    fileName: `${t(locale, 'exemplar.report.file', { year: query.year })} - ${unitName}`.replace(/[\\/:*?"<>|]+/g, ' '),
    sheetName: t(locale, 'exemplar.report.sheet'),
    landscape: true,
    blocks: [
      formHeader(locale, 'PARTY', issuer, [unitName], placeDateLine(locale, issuer.place, today)),
      {
        kind: 'title',
        lines: [t(locale, 'exemplar.report.title', { year: query.year }), t(locale, 'exemplar.report.campaign', { campaign })],
      },
      {
        kind: 'table',
        headers: ['no', 'name', 'unit', 'campaign', 'achievement', 'level', 'decision'].map((h) => tAny(locale, `exemplar.report.h.${h}`)),
        widths: [4, 16, 14, 14, 30, 8, 14],
        formats: ['int', 'text', 'text', 'text', 'text', 'text', 'text'],
        rows: items.map((i, n) => ({
          cells: [
            n + 1,
            i.name,
            i.unitName,
            tAny(locale, `exemplar.campaign.${i.campaign}`),
            i.achievement,
            i.level ? tAny(locale, `exemplar.level.${i.level}`) : '',
            `${i.decisionRef ?? ''}, ${i.decisionDate ? formatViDate(i.decisionDate) : ''}`,
          ],
        })),
      },
      { kind: 'text', text: t(locale, 'exemplar.report.total', { collectives, people: items.length - collectives }) },
      {
        kind: 'signature',
        left: { title: t(locale, 'exemplar.report.maker'), hint: t(locale, 'exemplar.report.sign_hint') },
        right: { title: t(locale, 'exemplar.report.signer'), hint: t(locale, 'exemplar.report.sign_hint') },
      },
    ],
  };
}
