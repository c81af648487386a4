// The appointment file's documents and the dashboard's workbook for download: the reader's view of the
// proposal (404 outside the scope, like a missing one; the person's own decided move without its reason) or
// of the dashboard, turned into a document model (personnel.documents.ts), with the committee and place of
// the unit as the tree stood on the document's date. A form with nothing to print (the decision of a
// proposal not approved) is a 400 naming the form, never an empty file.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { type DocumentModel, issuerOf, lineageAt } from '../evaluation-reports/index.js';
import { personnelDashboard } from './personnel.dashboard.js';
import { type ProposalForm, dashboardDocument, proposalFormDocument } from './personnel.documents.js';
import { getProposal } from './personnel.service.js';

export interface PersonnelExport {
  doc: DocumentModel;
  unitId: string;
  personId: string | null;
}

export async function proposalDocument(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  id: string,
  form: ProposalForm,
): Promise<PersonnelExport> {
  const proposal = await getProposal(db, actor, locale, id);
  const date = form === 'decision' ? (proposal.decision?.date ?? null) : proposal.proposedOn;
  const issuer = issuerOf(await lineageAt(db, proposal.unit.id, date ?? todayInVietnam()));
  const doc = proposalFormDocument(form, { locale, issuer, proposal });
  if (!doc) throw fieldError('form', 'personnel.doc.not_decided');
  return { doc, unitId: proposal.unit.id, personId: proposal.person.id };
}

export async function dashboardWorkbook(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  asOf?: string,
): Promise<PersonnelExport> {
  const dash = await personnelDashboard(db, actor, locale, unitId, asOf);
  const issuer = issuerOf(await lineageAt(db, unitId, dash.asOf));
  return { doc: dashboardDocument(locale, issuer, dash), unitId, personId: null };
}
