// /api/commitments: annual self-cultivation commitments (Quy định 366-QĐ/TW, Điều 6). Thin: validate,
// authorise (in the services, through the policy), call, present. Every mutation answers the
// commitment as it now is.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  CommitmentAssess,
  CommitmentCreate,
  CommitmentOverview,
  CommitmentReport,
  CommitmentReturn,
  CommitmentUpdate,
  CommitmentVersion,
  CommitmentView,
  MyCommitment,
  CommitmentOverviewQuery,
  CommitmentYearQuery,
} from '../../../contracts/commitments.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { commitmentDetail, commitmentOverview, myCommitment } from './commitments.read.service.js';
import { assessCommitment, reportCommitment } from './commitments.progress.service.js';
import { approveCommitment, createCommitment, returnCommitment, submitCommitment, updateCommitment } from './commitments.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['commitments'];

export const commitmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/commitments',
    { schema: { tags, querystring: CommitmentOverviewQuery, response: { 200: CommitmentOverview, ...errors } } },
    async (req) => commitmentOverview(app.db, actorOf(req), req.query),
  );

  app.get(
    '/commitments/mine',
    { schema: { tags, querystring: CommitmentYearQuery, response: { 200: MyCommitment, ...errors } } },
    async (req) => myCommitment(app.db, actorOf(req), req.query.year),
  );

  app.get('/commitments/:id', { schema: { tags, params: ById, response: { 200: CommitmentView, ...errors } } }, async (req) =>
    commitmentDetail(app.db, actorOf(req), req.params.id),
  );

  app.post(
    '/commitments',
    { schema: { tags, body: CommitmentCreate, response: { 201: CommitmentView, ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createCommitment(app.db, actor, auditContextOf(req), req.body);
      return reply.status(201).send(await commitmentDetail(app.db, actor, id));
    },
  );

  app.put(
    '/commitments/:id',
    { schema: { tags, params: ById, body: CommitmentUpdate, response: { 200: CommitmentView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await updateCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.actions);
      return commitmentDetail(app.db, actor, req.params.id);
    },
  );

  const mutate = { tags, params: ById };
  const view = { 200: CommitmentView, ...errors };

  app.post('/commitments/:id/submit', { schema: { ...mutate, body: CommitmentVersion, response: view } }, async (req) => {
    const actor = actorOf(req);
    await submitCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
    return commitmentDetail(app.db, actor, req.params.id);
  });

  app.post('/commitments/:id/return', { schema: { ...mutate, body: CommitmentReturn, response: view } }, async (req) => {
    const actor = actorOf(req);
    await returnCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.comment);
    return commitmentDetail(app.db, actor, req.params.id);
  });

  app.post('/commitments/:id/approve', { schema: { ...mutate, body: CommitmentVersion, response: view } }, async (req) => {
    const actor = actorOf(req);
    await approveCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
    return commitmentDetail(app.db, actor, req.params.id);
  });

  app.post('/commitments/:id/report', { schema: { ...mutate, body: CommitmentReport, response: view } }, async (req) => {
    const actor = actorOf(req);
    await reportCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body);
    return commitmentDetail(app.db, actor, req.params.id);
  });

  app.post('/commitments/:id/assess', { schema: { ...mutate, body: CommitmentAssess, response: view } }, async (req) => {
    const actor = actorOf(req);
    await assessCommitment(app.db, actor, auditContextOf(req), req.params.id, req.body);
    return commitmentDetail(app.db, actor, req.params.id);
  });
};
