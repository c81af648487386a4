// /api/personnel: proposals of personnel moves (preview the checks, propose, read, list, decide), the
// person's own decided moves, and the dashboards. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  ChecksView,
  DashboardQuery,
  DecideRequest,
  MyMoves,
  PersonMoves,
  PersonnelDashboard,
  ProposalList,
  ProposalListQuery,
  ProposalRequest,
  ProposalView,
} from '../../../contracts/personnel.js';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { actorOf, auditContextOf } from '../../http/context.js';
import { attachment, renderToBuffer } from '../../http/downloads.js';
import { recordAudit } from '../audit/index.js';
import { renderDocumentPdf, writeDocumentXlsx } from '../evaluation-reports/index.js';
import { personnelDashboard } from './personnel.dashboard.js';
import { decide } from './personnel.decide.service.js';
import { PROPOSAL_FORMS } from './personnel.documents.js';
import { type PersonnelExport, dashboardWorkbook, proposalDocument } from './personnel.documents.service.js';
import { getProposal, listProposals, myMoves, personMoves, previewChecks, propose } from './personnel.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['personnel'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = ['pdf', 'xlsx'] as const;

export const personnelRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/personnel/checks', { schema: { tags, body: ProposalRequest, response: { 200: ChecksView, ...errors } } }, async (req) =>
    previewChecks(app.db, actorOf(req), req.locale, req.body),
  );

  app.post(
    '/personnel/proposals',
    { schema: { tags, body: ProposalRequest, response: { 201: ProposalView, ...errors } } },
    async (req, reply) => {
      const view = await app.db.transaction().execute((trx) => propose(trx, actorOf(req), auditContextOf(req), req.locale, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/personnel/proposals',
    { schema: { tags, querystring: ProposalListQuery, response: { 200: ProposalList, ...errors } } },
    async (req) => listProposals(app.db, actorOf(req), req.query),
  );

  app.get('/personnel/proposals/:id', { schema: { tags, params: ById, response: { 200: ProposalView, ...errors } } }, async (req) =>
    getProposal(app.db, actorOf(req), req.locale, req.params.id),
  );

  app.post(
    '/personnel/proposals/:id/decide',
    { schema: { tags, params: ById, body: DecideRequest, response: { 200: ProposalView, ...errors } } },
    async (req) =>
      app.db.transaction().execute((trx) => decide(trx, actorOf(req), auditContextOf(req), req.locale, req.params.id, req.body)),
  );

  app.get('/personnel/mine', { schema: { tags, response: { 200: MyMoves, ...errors } } }, async (req) => myMoves(app.db, actorOf(req)));

  app.get(
    '/personnel/dashboard',
    { schema: { tags, querystring: DashboardQuery, response: { 200: PersonnelDashboard, ...errors } } },
    async (req) => personnelDashboard(app.db, actorOf(req), req.locale, req.query.unitId, req.query.asOf),
  );

  app.get(
    '/personnel/people/:personId/moves',
    { schema: { tags, params: z.object({ personId: Id }), response: { 200: PersonMoves, ...errors } } },
    async (req) => personMoves(app.db, actorOf(req), req.params.personId),
  );

  // The appointment file's documents (personnel.documents.ts): rendered whole, the export audited, then sent.
  for (const format of FORMATS) {
    for (const form of PROPOSAL_FORMS) {
      app.get(
        `/personnel/proposals/:id/${form}.${format}`,
        { schema: { tags, params: ById, produces: [format === 'pdf' ? 'application/pdf' : XLSX_MIME] } },
        async (req, reply) => {
          const out = await proposalDocument(app.db, actorOf(req), req.locale, req.params.id, form);
          return send(app, req, reply, out, format, 'personnel_proposal', req.params.id, { document: form, format });
        },
      );
    }
  }

  // The dashboard's lists as one workbook (every row behind every figure).
  app.get('/personnel/dashboard.xlsx', { schema: { tags, querystring: DashboardQuery, produces: [XLSX_MIME] } }, async (req, reply) => {
    const out = await dashboardWorkbook(app.db, actorOf(req), req.locale, req.query.unitId, req.query.asOf);
    return send(app, req, reply, out, 'xlsx', 'org_unit', req.query.unitId, {
      document: 'dashboard',
      format: 'xlsx',
      asOf: req.query.asOf ?? null,
    });
  });
};

async function send(
  app: Parameters<FastifyPluginAsyncZod>[0],
  req: FastifyRequest,
  reply: FastifyReply,
  out: PersonnelExport,
  format: (typeof FORMATS)[number],
  entityType: 'personnel_proposal' | 'org_unit',
  entityId: string,
  after: Record<string, unknown>,
) {
  const body = format === 'pdf' ? await renderDocumentPdf(out.doc) : await renderToBuffer((o) => writeDocumentXlsx(o, out.doc));
  await app.db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, auditContextOf(req), [
        { action: 'personnel.export', entityType, entityId, unitId: out.unitId, personId: out.personId ?? undefined, after },
      ]),
    );
  return reply
    .header('content-disposition', attachment(`${out.doc.fileName}.${format}`))
    .header('content-type', format === 'pdf' ? 'application/pdf' : XLSX_MIME)
    .send(body);
}
