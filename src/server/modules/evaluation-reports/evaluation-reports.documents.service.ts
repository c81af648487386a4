// The printable documents: each reads what the reader may see, builds the document model (form,
// collective report, published list) and says what its audit event records. The routes render it
// (PDF or Excel) after the event is written.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { type ResultsFormula, type Scores, computeScore, resolveResultsFormula } from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { type StoredInputs, exclusionMessage, loadRules } from '../evaluation/index.js';
import { indicatorProgress } from '../indicators/index.js';
import { unitInSubtrees } from '../org/index.js';
import { collectiveDocument } from './evaluation-reports.collective.js';
import type { DocumentModel } from './evaluation-reports.document.js';
import * as dq from './evaluation-reports.documents.queries.js';
import { type FormCriterion, type StepItems, formDocument } from './evaluation-reports.form.js';
import { type Issuer, issuerOf } from './evaluation-reports.header.js';
import { assertManagerOf, requireManagerRole, viewerOfEvaluation } from './evaluation-reports.policy.js';
import { publishedDocument } from './evaluation-reports.published.js';
import * as q from './evaluation-reports.queries.js';
import { periodAndUnit } from './evaluation-reports.service.js';

export interface ExportAudit {
  entityType: 'evaluation' | 'evaluation_period';
  entityId: string;
  unitId: string;
  personId?: string;
  after: Record<string, unknown>;
}
export interface Exported {
  doc: DocumentModel;
  audit: ExportAudit;
}

/** The per-criterion points of one step, scored by the domain rules on the stored inputs. */
function stepItems(
  set: Parameters<typeof computeScore>[0]['set'],
  formula: ResultsFormula,
  inputs: StoredInputs | null,
  general: unknown,
  kpis: unknown,
): StepItems | null {
  if (!inputs || !general) return null;
  const r = computeScore({
    set,
    formula,
    general: general as Scores,
    manual: (kpis ?? null) as Scores | null,
    tasks: inputs.tasks,
    subordinateLevels: inputs.isLeader ? (inputs.units ?? []).map((u) => u.level) : undefined,
  });
  return { items: new Map(r.items.map((i) => [i.code, i.points])), general: r.generalPoints, results: r.resultsPoints };
}

/** The committee and the place of a unit as the tree stood on the period's last day. */
const issuerAt = async (db: Kysely<DB>, unitId: string, endDate: string): Promise<Issuer> =>
  issuerOf(await dq.lineageAt(db, unitId, endDate));

/** The civil date (Vietnam) of a timestamp, or null. */
const civilDate = (d: Date | null | undefined): string | null => (d ? todayInVietnam(d) : null);

/** GET /evaluation/:id/form.(pdf|xlsx) */
export async function formExport(db: Kysely<DB>, actor: Actor, locale: Locale, id: string): Promise<Exported> {
  const row = await dq.formRow(db, id);
  if (!row) throw notFound();
  const viewer = await viewerOfEvaluation(db, actor, row);
  const criteria = await dq.criteriaOf(db, row.criteria_set_id);
  const rules = await loadRules(db, row.end_date);
  const formula = resolveResultsFormula(rules.formula, row.results_config);
  const set = {
    generalPoints: Number(row.general_points),
    resultsPoints: Number(row.results_points),
    criteria: criteria.map((c) => ({ code: c.code, part: c.part, maxPoints: Number(c.max_points), source: c.source })),
  };
  const inputs = row.status === 'excluded' ? null : (row.inputs as StoredInputs);
  const formCriteria: FormCriterion[] = criteria.map((c) => ({
    code: c.code,
    part: c.part,
    title: c.title,
    maxPoints: Number(c.max_points),
  }));
  const doc = formDocument({
    row,
    criteria: formCriteria,
    viewer,
    locale,
    issuer: await issuerAt(db, row.unit_id, row.end_date),
    documentDate: civilDate(row.self_submitted_at),
    exclusionMessage: row.status === 'excluded' ? exclusionMessage(locale, row.excluded_reason ?? '', rules) : null,
    self: stepItems(set, formula, inputs, row.self_general, row.self_kpis),
    appraisal: stepItems(set, formula, inputs, row.appraisal_general, row.appraisal_kpis),
    unitNames: await dq.unitNames(
      db,
      (inputs?.units ?? []).map((u) => u.unitId),
    ),
  });
  return {
    doc,
    audit: {
      entityType: 'evaluation',
      entityId: row.id,
      unitId: row.unit_id,
      personId: row.person_id ?? undefined,
      after: { document: 'form', viewer, periodId: row.period_id },
    },
  };
}

/** GET /evaluation/periods/:id/collective-report.(pdf|xlsx)?unitId= */
export async function collectiveExport(db: Kysely<DB>, actor: Actor, locale: Locale, periodId: string, unitId: string): Promise<Exported> {
  // The role first: a role that never reads it gets 403 whether or not the period exists.
  requireManagerRole(actor);
  const period = await q.periodById(db, periodId);
  if (!period) throw notFound();
  await assertManagerOf(db, actor, unitId);
  // Only a unit the period covers has anything to report.
  if (!(await unitInSubtrees(db, [period.unit_id], unitId))) throw notFound();
  const ownId = await dq.collectiveEvaluationId(db, periodId, unitId);
  const own = ownId ? await dq.formRow(db, ownId) : undefined;
  const inputs = own && own.status !== 'excluded' ? (own.inputs as StoredInputs) : null;
  const decided = own?.status === 'decided' || own?.status === 'published';
  const indicators = (await dq.indicatorsOf(db, unitId, period.year, period.end_date)).map((i) => ({
    ...i,
    progress: indicatorProgress(i.direction, Number(i.target), i.latest === null ? null : Number(i.latest)),
  }));
  const groups = (await q.cadreGroups(db)).map((g) => ({ code: g.code, name: locale === 'en' ? g.name_en : g.name_vi }));
  const doc = collectiveDocument({
    locale,
    issuer: await issuerAt(db, unitId, period.end_date),
    documentDate: decided ? civilDate(own?.decided_at) : null,
    period,
    unit: { id: unitId, name: (await q.unitName(db, unitId)) ?? '' },
    indicators,
    groups,
    own: own
      ? {
          status: own.status,
          tasks: inputs ? (inputs.gateTasks === undefined ? inputs.tasks : inputs.gateTasks) : null,
          score: decided ? own.decision_score : null,
          level: decided ? own.decision_level : null,
          decided,
          proposed: own.proposed_level,
        }
      : null,
    members: await dq.memberCounts(db, periodId, unitId),
    leaders: await dq.leadersOf(db, periodId, unitId),
  });
  return { doc, audit: { entityType: 'evaluation_period', entityId: periodId, unitId, after: { document: 'collective_report', unitId } } };
}

/** GET /evaluation/periods/:id/published.xlsx?unitId= */
export async function publishedExport(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  periodId: string,
  unitId: string | undefined,
): Promise<Exported> {
  const { period, roots, unitId: unit } = await periodAndUnit(db, actor, periodId, unitId);
  const rows = await dq.publishedRows(db, { periodId, unitId: unit, roots });
  const doc = publishedDocument({
    locale,
    issuer: await issuerAt(db, unit, period.end_date),
    period,
    unit: { id: unit, name: (await q.unitName(db, unit)) ?? '' },
    rows,
  });
  return {
    doc,
    audit: {
      entityType: 'evaluation_period',
      entityId: periodId,
      unitId: unit,
      after: { document: 'published_list', unitId: unit, rows: rows.length },
    },
  };
}

/** The locality a document of `unitId` is dated at ("Yên Mỹ"), from the organisation tree as it stood on `asOf`; null when none is recorded. */
export async function placeOf(db: Kysely<DB>, unitId: string, asOf: string): Promise<string | null> {
  return issuerOf(await dq.lineageAt(db, unitId, asOf)).place;
}
