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
  PersonnelDashboard,
  ProposalList,
  ProposalListQuery,
  ProposalRequest,
  ProposalView,
} from '../../../contracts/personnel.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { personnelDashboard } from './personnel.dashboard.js';
import { decide } from './personnel.decide.service.js';
import { getProposal, listProposals, myMoves, previewChecks, propose } from './personnel.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['personnel'];

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
};
