// Outputs of evaluation (see contracts/evaluation-reports.ts for the list): charts' data, history,
// commendation suggestions, and the printable documents. Thin: validate, authorise (in the services
// through evaluation-reports.policy.ts), call, present. Every export writes its audit event
// ('evaluation.export') before a byte is sent.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  CollectiveReportQuery,
  CommendationList,
  CommendationQuery,
  Distribution,
  DistributionQuery,
  EvaluationHistory,
  PublishedListQuery,
} from '../../../contracts/evaluation-reports.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { recordAudit } from '../audit/index.js';
import { type Exported, collectiveExport, formExport, publishedExport } from './evaluation-reports.documents.service.js';
import { renderDocumentPdf } from './evaluation-reports.pdf.js';
import { commendations, distribution, history } from './evaluation-reports.service.js';
import { writeDocumentXlsx } from './evaluation-reports.xlsx.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['evaluation'];
const Format = z.enum(['pdf', 'xlsx']);
type Format = z.infer<typeof Format>;

export const evaluationReportsRoutes: FastifyPluginAsyncZod = async (app) => {
  /**
   * Renders the file whole (a failure is an error response, never a connection reset after the
   * headers), writes the export's audit event, then sends the file.
   */
  async function send(req: FastifyRequest, reply: FastifyReply, exported: Exported, format: Format) {
    const { doc, audit } = exported;
    const body = format === 'pdf' ? await renderDocumentPdf(doc) : await renderToBuffer((out) => writeDocumentXlsx(out, doc));
    await app.db
      .transaction()
      .execute((trx) =>
        recordAudit(trx, auditContextOf(req), [{ action: 'evaluation.export', ...audit, after: { ...audit.after, format } }]),
      );
    return reply
      .header('content-disposition', attachment(`${doc.fileName}.${format}`))
      .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
      .send(body);
  }

  app.get(
    '/evaluation/periods/:id/distribution',
    { schema: { tags, params: ById, querystring: DistributionQuery, response: { 200: Distribution, ...errors } } },
    async (req) => distribution(app.db, actorOf(req), req.locale, req.params.id, req.query),
  );
  app.get(
    '/evaluation/commendations',
    { schema: { tags, querystring: CommendationQuery, response: { 200: CommendationList, ...errors } } },
    async (req) => commendations(app.db, actorOf(req), req.locale, req.query),
  );
  app.get(
    '/people/:id/evaluation-history',
    { schema: { tags, params: ById, response: { 200: EvaluationHistory, ...errors } } },
    async (req) => history(app.db, actorOf(req), req.locale, req.params.id),
  );

  for (const format of Format.options) {
    const produces = [format === 'pdf' ? 'application/pdf' : XLSX_MIME];
    app.get(`/evaluation/:id/form.${format}`, { schema: { tags, params: ById, produces } }, async (req, reply) =>
      send(req, reply, await formExport(app.db, actorOf(req), req.locale, req.params.id), format),
    );
    app.get(
      `/evaluation/periods/:id/collective-report.${format}`,
      { schema: { tags, params: ById, querystring: CollectiveReportQuery, produces } },
      async (req, reply) =>
        send(req, reply, await collectiveExport(app.db, actorOf(req), req.locale, req.params.id, req.query.unitId), format),
    );
  }
  app.get(
    '/evaluation/periods/:id/published.xlsx',
    { schema: { tags, params: ById, querystring: PublishedListQuery, produces: [XLSX_MIME] } },
    async (req, reply) =>
      send(req, reply, await publishedExport(app.db, actorOf(req), req.locale, req.params.id, req.query.unitId), 'xlsx'),
  );
};
