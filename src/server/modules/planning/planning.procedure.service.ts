// The procedure's cadence and its records (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW; decision 0030):
// every year the plans are reviewed and topped up in the first quarter, and the approvals reported to
// the level above by June. The organising body records that the review was held, the standing
// committee that the report was sent (its document number); the cadence card shows done, due or late
// from these records (a review also counts as held on the day a top-up is approved).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { PLANNING_RULES, planningCadence } from '../../../domain/planning/index.js';
import type { RecordProcedureRequest, TermView, UnitPlans } from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { AppError, fieldError, forbidden, notFound } from '../../errors.js';
import { holds } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import * as f from './planning.facts.queries.js';
import { canApprove, canPrepare, planReadAccess } from './planning.policy.js';
import * as q from './planning.queries.js';
import { ladderKindOf } from './planning.rules.js';
import { loadPlanningSettings } from './planning.settings.js';
import { termViews } from './planning.ladder.service.js';

/** The unit's current Party term on `today` and the years its reviews are owed so far (the term's second year on). */
function currentTerm(terms: readonly TermView[], today: string) {
  const year = Number(today.slice(0, 4));
  const party = terms.filter((t) => t.body === 'party');
  const current = party.find((t) => t.startYear <= year && year < t.endYear);
  if (!current) return null;
  return {
    current,
    next: party.find((t) => t.startYear === current.endYear),
    from: current.startYear + 1,
    to: Math.min(current.endYear, year),
  };
}

/**
 * The cadence of the unit's current Party term (domain planningCadence): the next term's plan is done
 * the day it is first approved; a year's review the day it is recorded held, or of a top-up approval
 * (an approval of a plan after its first) that year if earlier; a year's report the day it is recorded sent.
 */
export async function unitCadence(db: Kysely<DB>, actor: Actor, unitId: string, terms: readonly TermView[]): Promise<UnitPlans['cadence']> {
  const today = todayInVietnam();
  const actions = { recordReview: canPrepare(actor, unitId), recordReport: canApprove(actor, unitId) };
  const span = currentTerm(terms, today);
  if (!span) return { termName: null, items: [], actions };
  const approvals = await q.approvalsOfUnit(db, unitId);
  const firstOf = new Map<string, string>();
  const reviews: Record<number, string> = {};
  for (const a of approvals) {
    if (!firstOf.has(a.plan_id)) firstOf.set(a.plan_id, a.decision_date);
    else {
      const y = Number(a.decision_date.slice(0, 4));
      reviews[y] ??= a.decision_date;
    }
  }
  const records = await q.procedureRecordsOfUnit(db, unitId);
  const reports: Record<number, string> = {};
  const refs = new Map<number, string | null>();
  for (const r of records) {
    if (r.kind === 'yearly_review') reviews[r.year] = reviews[r.year] && reviews[r.year] < r.done_on ? reviews[r.year] : r.done_on;
    else {
      reports[r.year] = r.done_on;
      refs.set(r.year, r.document_ref);
    }
  }
  const nextPlan = span.next ? approvals.find((a) => a.term_id === span.next!.id) : undefined;
  const settings = await loadPlanningSettings(db, today);
  const items = planningCadence(
    {
      term: { startYear: span.current.startYear, endYear: span.current.endYear },
      on: today,
      done: { nextTermPlan: nextPlan?.decision_date ?? null, reviews, reports },
    },
    settings.cadence,
  );
  return {
    termName: span.current.name,
    items: items.map((i) => ({ ...i, documentRef: i.kind === 'approval_report' ? (refs.get(i.year) ?? null) : null })),
    actions,
  };
}

/** Records the year's review held (organising body) or the approvals reported upward (standing committee), once, audited. */
export async function recordProcedure(
  trx: Transaction<DB>,
  actor: Actor,
  audit: AuditContext,
  unitId: string,
  body: RecordProcedureRequest,
): Promise<void> {
  if (!holds(actor, 'planning.prepare') && !holds(actor, 'planning.approve')) throw forbidden();
  const unit = await f.unitById(trx, unitId);
  if (!unit || (await planReadAccess(trx, actor, unitId)) === null) throw notFound();
  const allowed = body.kind === 'yearly_review' ? canPrepare(actor, unitId) : canApprove(actor, unitId);
  if (!allowed) throw forbidden();
  if (ladderKindOf(unit.kind) === null) throw fieldError('unitId', 'planning.unit_kind');
  const today = todayInVietnam();
  const span = currentTerm(await termViews(trx), today);
  if (!span || body.year < span.from || body.year > span.to) {
    throw fieldError('year', 'planning.procedure.year', {
      year: body.year,
      term: span?.current.name ?? '—',
      from: span?.from ?? '—',
      to: span?.to ?? '—',
      rule: PLANNING_RULES.cadence,
    });
  }
  if (body.doneOn > today) throw fieldError('doneOn', 'planning.procedure.future');
  if (body.doneOn < `${String(body.year)}-01-01`) throw fieldError('doneOn', 'planning.procedure.before_year', { year: body.year });
  const documentRef = body.documentRef?.trim() || null;
  if (body.kind === 'approval_report' && documentRef === null) {
    throw fieldError('documentRef', 'planning.procedure.document_ref', { rule: PLANNING_RULES.cadence });
  }
  const row = await q.insertProcedureRecord(trx, {
    id: randomUUID(),
    unit_id: unitId,
    kind: body.kind,
    year: body.year,
    done_on: body.doneOn,
    document_ref: documentRef,
    note: body.note?.trim() || null,
    recorded_by: actor.accountId,
  });
  if (!row) throw new AppError(409, 'planning.procedure.exists', [{ field: 'year', key: 'planning.procedure.exists' }]);
  await recordAudit(trx, audit, [
    {
      action: 'planning.procedure.record',
      entityType: 'planning_procedure_record',
      entityId: row.id,
      unitId,
      after: { kind: row.kind, year: row.year, doneOn: row.done_on, documentRef: row.document_ref, note: row.note },
    },
  ]);
}
