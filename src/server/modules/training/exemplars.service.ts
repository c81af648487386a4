// The register of exemplary collectives and individuals: nominate (from the year's commendation
// suggestions of the evaluation, or proposed by a unit with the achievement described), record the
// recognising decision (level, number, date) or decline, list per unit / year / campaign, and the records
// of one person or unit over the years.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  DeclineRequest,
  ExemplarList,
  ExemplarPage,
  ExemplarQuery,
  ExemplarView,
  NominateRequest,
  RecogniseRequest,
} from '../../../contracts/training.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { decisionIssues } from '../../../domain/training/index.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../errors.js';
import { holds, rootsFor } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { commendations } from '../evaluation-reports/index.js';
import { assertCanReadExemplars, assertNotOwnRecognition, exemplarAccess, ownRecognition, trainingAccess } from './training.policy.js';
import * as q from './exemplars.queries.js';

type Trx = Transaction<DB>;
type Row = NonNullable<Awaited<ReturnType<typeof q.exemplarById>>>;

export function exemplarView(r: Row, recognise: boolean): ExemplarView {
  return {
    id: r.id,
    subject: r.subject,
    personId: r.person_id,
    subjectUnitId: r.subject_unit_id,
    name:
      r.subject === 'person'
        ? fullName({ familyName: r.family_name ?? '', middleName: r.middle_name ?? '', givenName: r.given_name ?? '' })
        : (r.subject_name ?? ''),
    unitId: r.unit_id,
    unitName: r.unit_name,
    year: r.year,
    campaign: r.campaign,
    achievement: r.achievement,
    source: r.source,
    status: r.status,
    level: r.level,
    decisionRef: r.decision_ref,
    decisionDate: r.decision_date,
    declineReason: r.decline_reason,
    version: r.version,
    actions: { recognise: recognise && r.status === 'nominated' },
  };
}

export async function listExemplars(db: Kysely<DB>, actor: Actor, query: ExemplarQuery): Promise<ExemplarPage> {
  const access = await assertCanReadExemplars(db, actor, query.unitId);
  const { rows, total } = await q.exemplarsUnder(db, query);
  // Who may decide depends on the row's unit: asked once per unit of the page.
  const decides = new Map<string, boolean>();
  for (const unitId of new Set(rows.map((r) => r.unit_id))) decides.set(unitId, (await exemplarAccess(db, actor, unitId)).recognise);
  const items = rows.map((r) => exemplarView(r, decides.get(r.unit_id)! && !ownRecognition(actor, r)));
  return { items, actions: { nominate: access.nominate }, total, page: query.page, pageSize: query.pageSize };
}

/** The recognitions of one person over the years (their own, or in the reader's scope). */
export async function personExemplars(db: Kysely<DB>, actor: Actor, personId: string): Promise<ExemplarList> {
  const p = await q.personUnit(db, personId);
  if (!p) throw notFound();
  const self = actor.personId === personId && (await trainingAccess(db, actor, { id: p.id, unit_id: p.unit_id })).read;
  const access = await exemplarAccess(db, actor, p.unit_id);
  if (!self && !access.read) throw notFound();
  const rows = (await q.exemplarsOfPerson(db, personId)).filter((r) => access.read || r.status === 'recognised');
  return { items: rows.map((r) => exemplarView(r, false)), actions: { nominate: access.nominate } };
}

/** The recognitions of one unit as a collective over the years. */
export async function unitExemplars(db: Kysely<DB>, actor: Actor, unitId: string): Promise<ExemplarList> {
  const access = await assertCanReadExemplars(db, actor, unitId);
  if (!(await q.unitExists(db, unitId))) throw notFound();
  const rows = await q.exemplarsOfUnit(db, unitId);
  return { items: rows.map((r) => exemplarView(r, false)), actions: { nominate: access.nominate } };
}

export async function nominate(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, body: NominateRequest): Promise<ExemplarView> {
  if (!holds(actor, 'exemplars.nominate')) throw forbidden();
  const subjectId = body.subject === 'person' ? body.personId : body.subjectUnitId;
  const other = body.subject === 'person' ? body.subjectUnitId : body.personId;
  if (!subjectId || other) throw fieldError(body.subject === 'person' ? 'personId' : 'subjectUnitId', 'exemplar.subject_mismatch');
  const field = body.subject === 'person' ? 'personId' : 'subjectUnitId';
  // The subject's unit: the person's unit, or the collective itself. Unknown or outside the scope: the body's unknown reference.
  const unitId = body.subject === 'person' ? (await q.personUnit(trx, subjectId))?.unit_id : (await q.unitExists(trx, subjectId))?.id;
  if (!unitId || !(await exemplarAccess(trx, actor, unitId)).nominate) throw fieldError(field, 'v.unknown_ref', { field });
  if (body.source === 'commendation') {
    // From the evaluation's suggestions of the year (Quy định 366-QĐ/TW): the subject must be among them.
    // A person is evaluated where they are a Party member (their cell), not always in the unit of their
    // record: the suggestions are read over the units where the nominator reads evaluations, as the page shows them.
    let found = false;
    for (const root of [unitId, ...rootsFor(actor, 'evaluation.read')]) {
      const list = await commendations(trx, actor, locale, { unitId: root, year: body.year }).catch((e: unknown) => {
        if (e instanceof AppError && (e.status === 403 || e.status === 404)) return { items: [] };
        throw e;
      });
      found = list.items.some((i) => (body.subject === 'person' ? i.personId : i.subjectUnitId) === subjectId);
      if (found) break;
    }
    if (!found) throw fieldError('source', 'exemplar.no_suggestion', { year: body.year });
  }
  if (await q.openNomination(trx, subjectId, body.year, body.campaign)) {
    throw new AppError(409, 'exemplar.duplicate', [{ field: 'campaign', key: 'exemplar.duplicate', params: { year: body.year } }], {
      year: body.year,
    });
  }
  const { id } = await q.insertExemplar(trx, {
    id: randomUUID(),
    subject: body.subject,
    person_id: body.subject === 'person' ? subjectId : null,
    subject_unit_id: body.subject === 'collective' ? subjectId : null,
    unit_id: unitId,
    year: body.year,
    campaign: body.campaign,
    achievement: body.achievement,
    source: body.source,
    nominated_by: actor.accountId,
  });
  const row = (await q.exemplarById(trx, id))!;
  await recordAudit(trx, audit, [
    {
      action: 'exemplar.nominate',
      entityType: 'exemplar',
      entityId: id,
      personId: row.person_id,
      unitId,
      after: { subject: body.subject, year: body.year, campaign: body.campaign, source: body.source, achievement: body.achievement },
    },
  ]);
  return exemplarView(row, (await exemplarAccess(trx, actor, unitId)).recognise && !ownRecognition(actor, row));
}

/** The nomination to decide: 403 for a role that never decides, 404 outside the scope, 403 read-only, own recognition refused, 409 stale. */
async function deciding(trx: Trx, actor: Actor, id: string, version: number): Promise<Row> {
  if (!holds(actor, 'exemplars.recognise')) throw forbidden();
  const row = await q.exemplarById(trx, id);
  if (!row) throw notFound();
  const access = await exemplarAccess(trx, actor, row.unit_id);
  if (!access.read) throw notFound();
  if (!access.recognise) throw forbidden();
  assertNotOwnRecognition(actor, row);
  if (row.version !== version) throw conflict();
  return row;
}

export async function recognise(trx: Trx, actor: Actor, audit: AuditContext, id: string, body: RecogniseRequest): Promise<ExemplarView> {
  const row = await deciding(trx, actor, id, body.version);
  const issue = decisionIssues({ status: row.status, year: row.year }, body.decisionDate, todayInVietnam())[0];
  if (issue) throw fieldError(issue.field, issue.code, { year: row.year });
  const done = await q.decideExemplar(trx, id, row.version, {
    status: 'recognised',
    level: body.level,
    decision_ref: body.decisionRef,
    decision_date: body.decisionDate,
    decided_by: actor.accountId,
  });
  if (!done) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'exemplar.recognise',
      entityType: 'exemplar',
      entityId: id,
      personId: row.person_id,
      unitId: row.unit_id,
      before: { status: row.status },
      after: { status: 'recognised', level: body.level, decisionRef: body.decisionRef, decisionDate: body.decisionDate },
    },
  ]);
  return exemplarView((await q.exemplarById(trx, id))!, false);
}

export async function decline(trx: Trx, actor: Actor, audit: AuditContext, id: string, body: DeclineRequest): Promise<ExemplarView> {
  const row = await deciding(trx, actor, id, body.version);
  if (row.status !== 'nominated') throw fieldError('status', 'exemplar.not_nominated');
  const done = await q.decideExemplar(trx, id, row.version, {
    status: 'declined',
    decline_reason: body.reason,
    decided_by: actor.accountId,
  });
  if (!done) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'exemplar.decline',
      entityType: 'exemplar',
      entityId: id,
      personId: row.person_id,
      unitId: row.unit_id,
      before: { status: row.status },
      after: { status: 'declined', reason: body.reason },
    },
  ]);
  return exemplarView((await q.exemplarById(trx, id))!, false);
}
