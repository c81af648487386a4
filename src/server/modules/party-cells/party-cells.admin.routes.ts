// /api/party-cells, the committee's administration of its cells (decision 0041): members into cells from
// Excel (a job: validated first, all-or-nothing, the error workbook) and the member list on a day out to
// Excel; official transfers with their deadlines; the HD 06 six-monthly check of the member list; the
// quarterly reports on cell meetings and member development as PDF and Excel. Thin: validate, authorise,
// call, present.
import type { Kysely } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  AsOfQuery,
  CheckDoneRequest,
  CheckView,
  ChecksView,
  CreateCheckRequest,
  QuarterlyReportQuery,
  TransfersView,
} from '../../../contracts/party-cells-admin.js';
import { ImportAccepted, MAX_IMPORT_BYTES, XLSX_MIME } from '../../../contracts/people-excel.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { fieldError, forbidden, notFound } from '../../errors.js';
import { actOrReadVerdict, assertUnitInScope, enforce, holds, unitCoverage } from '../../http/access.js';
import { type Actor, actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { readSingleFile } from '../../http/uploads.js';
import { t } from '../../i18n.js';
import { renderDocumentPdf, writeDocumentXlsx } from '../evaluation-reports/index.js';
import { startJob } from '../jobs/index.js';
import { looksLikeXlsx } from '../people-excel/index.js';
import * as aq from './party-cells.admin.queries.js';
import { audited } from './party-cells.audited.js';
import { createCheck, listChecks, markCheckDone } from './party-cells.checks.js';
import { importMembers } from './party-cells.members-excel.js';
import { membersTemplate, membersWorkbook } from './party-cells.members-sheets.js';
import { CELL_KINDS } from './party-cells.queries.js';
import { quarterlyReport } from './party-cells.quarterly.js';
import { transfersView } from './party-cells.transfers.js';

const ById = z.object({ id: Id });
const ByUnit = z.object({ unitId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['party-cells'];

/** A unit the actor manages cells under: 403 for a role that never manages, 404 outside the read scope, 403 where read-only. */
async function managedUnit(db: Kysely<DB>, actor: Actor, unitId: string) {
  if (!holds(actor, 'cells.manage')) throw forbidden();
  const unit = await aq.unitKind(db, unitId);
  if (!unit) throw notFound();
  enforce(actOrReadVerdict(actor, 'cells.manage', 'cells.read', await unitCoverage(db, unit.id)));
  return { ...unit, isCell: (CELL_KINDS as readonly string[]).includes(unit.kind) };
}

/** A unit the actor reads cells under (404 otherwise). */
async function readUnit(db: Kysely<DB>, actor: Actor, unitId: string) {
  if (!holds(actor, 'cells.read')) throw notFound();
  const unit = await aq.unitKind(db, unitId);
  if (!unit) throw notFound();
  await assertUnitInScope(db, actor, 'cells.read', unitId);
  return unit;
}

export const partyCellsAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/party-cells/units/:unitId/members/template.xlsx',
    { schema: { tags, params: ByUnit, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const unit = await managedUnit(app.db, actorOf(req), req.params.unitId);
      const body = await membersTemplate(req.locale, await aq.cellsWithin(app.db, unit.id, todayInVietnam()));
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(`${t(req.locale, 'cells.xlsx.template_file')} - ${unit.name}.xlsx`))
        .send(body);
    },
  );

  app.post(
    '/party-cells/units/:unitId/members/import',
    { schema: { tags, params: ByUnit, consumes: ['multipart/form-data'], response: { 202: ImportAccepted, ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const unit = await managedUnit(app.db, actor, req.params.unitId);
      const { content } = await readSingleFile(req, {
        field: 'file',
        missingKey: 'v.xlsx_required',
        maxBytes: MAX_IMPORT_BYTES,
        fallbackName: 'tep.xlsx',
      });
      if (!looksLikeXlsx(content)) throw fieldError('file', 'v.xlsx_not_xlsx');
      const ctx = { actor, audit: auditContextOf(req), locale: req.locale };
      const jobId = await startJob(
        app.db,
        { kind: 'cells.import', accountId: actor.accountId, unitId: unit.id, dbKind: app.dbKind, log: req.log },
        async (job) => {
          const out = await importMembers(app.db, { ...ctx, jobId: job.id }, unit, content, (p) => job.progress(p));
          const total = out.result?.total ?? 0;
          return { status: out.status, total, done: total, result: out.result, error: out.error, errorFile: out.errorFile };
        },
      );
      return reply.code(202).send({ jobId });
    },
  );

  app.get(
    '/party-cells/units/:unitId/members.xlsx',
    { schema: { tags, params: ByUnit, querystring: AsOfQuery, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const actor = actorOf(req);
      const unit = await readUnit(app.db, actor, req.params.unitId);
      const asOf = req.query.asOf ?? todayInVietnam();
      const withCitizenId = holds(actor, 'people.citizen_ids');
      const rows = await aq.memberListOn(app.db, unit.id, asOf);
      const body = await membersWorkbook(req.locale, unit.name, asOf, rows, withCitizenId);
      await audited(app.db, auditContextOf(req), async () => undefined, {
        action: 'cells.members.export',
        entityType: 'org_unit',
        entityId: unit.id,
        unitId: unit.id,
        after: { asOf, rows: rows.length, citizenIds: withCitizenId },
      });
      return reply
        .header('content-type', XLSX_MIME)
        .header(
          'content-disposition',
          attachment(`${t(req.locale, 'cells.xlsx.export_file')} - ${unit.name} - ${formatViDate(asOf).replaceAll('/', '-')}.xlsx`),
        )
        .send(body);
    },
  );

  app.get(
    '/party-cells/units/:unitId/transfers',
    { schema: { tags, params: ByUnit, querystring: AsOfQuery, response: { 200: TransfersView, ...errors } } },
    async (req) => transfersView(app.db, actorOf(req), req.locale, req.params.unitId, req.query.asOf),
  );

  app.get(
    '/party-cells/units/:unitId/checks',
    { schema: { tags, params: ByUnit, querystring: AsOfQuery, response: { 200: ChecksView, ...errors } } },
    async (req) => listChecks(app.db, actorOf(req), req.params.unitId, req.query.asOf),
  );
  app.post(
    '/party-cells/units/:unitId/checks',
    { schema: { tags, params: ByUnit, body: CreateCheckRequest, response: { 201: CheckView, ...errors } } },
    async (req, reply) => reply.status(201).send(await createCheck(app.db, actorOf(req), auditContextOf(req), req.params.unitId, req.body)),
  );
  app.post(
    '/party-cells/checks/:id/done',
    { schema: { tags, params: ById, body: CheckDoneRequest, response: { 200: CheckView, ...errors } } },
    async (req) => markCheckDone(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );

  app.get(
    '/party-cells/units/:unitId/quarterly-report',
    { schema: { tags, params: ByUnit, querystring: QuarterlyReportQuery, produces: ['application/pdf', XLSX_MIME] } },
    async (req, reply) => {
      const doc = await quarterlyReport(app.db, actorOf(req), req.locale, req.params.unitId, req.query);
      const { format } = req.query;
      const body = format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
      await audited(app.db, auditContextOf(req), async () => undefined, {
        action: 'cells.report.download',
        entityType: 'org_unit',
        entityId: req.params.unitId,
        unitId: req.params.unitId,
        after: req.query,
      });
      return reply
        .header('content-disposition', attachment(`${doc.fileName}.${format}`))
        .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
        .send(body);
    },
  );
};
