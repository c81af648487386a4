// /api/summary: the period summary of a unit subtree, the tasks behind a number, and the printable
// exports (Excel, PDF) for the briefing meeting. Thin: validate, authorise, call, present.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { ErrorResponse } from '../../../contracts/common.js';
import { Summary, SummaryPageQuery, SummaryQuery, SummaryTaskList, SummaryTasksQuery } from '../../../contracts/summary.js';
import type { Summary as SummaryT } from '../../../contracts/summary.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { recordAudit } from '../audit/index.js';
import { exportFileName } from './summary.layout.js';
import { renderSummaryPdf } from './summary.pdf.js';
import { placeOf } from '../evaluation-reports/index.js';
import { readSummary, readSummaryPage, summaryTasks } from './summary.service.js';
import { writeSummaryXlsx } from './summary.xlsx.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/summary',
    { schema: { tags: ['summary'], querystring: SummaryPageQuery, response: { 200: Summary, ...errors } } },
    async (req) => {
      return readSummaryPage(app.db, actorOf(req), req.locale, req.query);
    },
  );

  app.get(
    '/summary/tasks',
    { schema: { tags: ['summary'], querystring: SummaryTasksQuery, response: { 200: SummaryTaskList, ...errors } } },
    async (req) => {
      return summaryTasks(app.db, actorOf(req), req.query);
    },
  );

  /** Scope check and summary of an export. */
  const summaryOf = (req: FastifyRequest, query: SummaryQuery) => readSummary(app.db, actorOf(req), req.locale, query);

  /** The audit event of an export, once its file is rendered and before any byte is sent. */
  async function audited(req: FastifyRequest, s: SummaryT, format: 'xlsx' | 'pdf'): Promise<void> {
    await app.db.transaction().execute((trx) =>
      recordAudit(trx, auditContextOf(req), [
        {
          action: 'summary.export',
          entityType: 'summary_export',
          entityId: randomUUID(),
          unitId: s.unit.id,
          after: { format, period: s.period.kind, from: s.period.from, to: s.period.to, asOf: s.asOf },
        },
      ]),
    );
  }

  app.get(
    '/summary/export.xlsx',
    { schema: { tags: ['summary'], querystring: SummaryQuery, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const s = await summaryOf(req, req.query);
      // Rendered whole before the headers: a failure is an error response, never a reset connection.
      const place = await placeOf(app.db, s.unit.id, s.asOf);
      const body = await renderToBuffer((out) => writeSummaryXlsx(out, s, req.locale, place));
      await audited(req, s, 'xlsx');
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(exportFileName(s, 'xlsx', req.locale)))
        .send(body);
    },
  );

  app.get(
    '/summary/export.pdf',
    { schema: { tags: ['summary'], querystring: SummaryQuery, produces: ['application/pdf'] } },
    async (req, reply) => {
      const s = await summaryOf(req, req.query);
      const pdf = await renderSummaryPdf(s, req.locale, await placeOf(app.db, s.unit.id, s.asOf));
      await audited(req, s, 'pdf');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(exportFileName(s, 'pdf', req.locale)))
        .send(pdf);
    },
  );
};
