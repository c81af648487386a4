// The HD 45 forms of a plan for download: the reader's view of the plan (as of a day), turned into the
// form's document model (planning.documents.ts), with the committee and place of the unit as the tree
// stood that day. A form with nothing to print (a decision before any approval, a tally before any
// ballot) is a 400 naming the form, never an empty file.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { type DocumentModel, issuerOf, lineageAt } from '../evaluation-reports/index.js';
import { type PlanForm, documentDateOf, planFormDocument } from './planning.documents.js';
import { getPlan } from './planning.service.js';
import { loadPlanningSettings } from './planning.settings.js';

export interface PlanExport {
  doc: DocumentModel;
  unitId: string;
  asOf: string;
}

export async function planDocument(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  planId: string,
  form: PlanForm,
  asOf?: string,
): Promise<PlanExport> {
  // The plan as the reader may see it (404 outside the scope, drafts hidden from the level above).
  let plan = await getPlan(db, actor, locale, planId, asOf);
  // The decision lists the plan as it stood the day it was signed.
  const decision = plan.approvals[plan.approvals.length - 1];
  if (form === 'decision' && decision && decision.decisionDate < plan.asOf) {
    plan = await getPlan(db, actor, locale, planId, decision.decisionDate);
    plan = { ...plan, approvals: plan.approvals.filter((a) => a.decisionDate <= decision.decisionDate) };
  }
  const settings = await loadPlanningSettings(db, plan.asOf);
  const documentDate = documentDateOf(form, plan);
  const issuer = issuerOf(await lineageAt(db, plan.unitId, documentDate ?? plan.asOf ?? todayInVietnam()));
  const doc = planFormDocument(form, { locale, issuer, plan, minMonthsLeft: settings.age.minMonthsLeft, documentDate });
  if (!doc) throw fieldError('form', form === 'decision' ? 'planning.doc.not_approved' : 'planning.doc.no_ballot');
  return { doc, unitId: plan.unitId, asOf: plan.asOf };
}
