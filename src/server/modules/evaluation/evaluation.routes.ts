// /api/evaluation/… — periods, the three steps, quota, publication, close (see contracts/evaluation.ts
// for the list). Thin: validate, authorise (in the services through evaluation.policy.ts), call, present.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  ClosePeriodRequest,
  EvaluationListQuery,
  EvaluationPage,
  EvaluationView,
  EvidenceList,
  EvidenceQuery,
  JobAccepted,
  MineQuery,
  OpenPeriodRequest,
  PeriodDetail,
  PeriodList,
  PeriodListQuery,
} from '../../../contracts/evaluation.js';
import {
  AppraisalRequest,
  CancelDecisionRequest,
  DecisionRequest,
  DecisionSetRequest,
  DecisionSetResult,
  PublishRequest,
  PublishResult,
  QuotaExceptionRequest,
  QuotaExceptionView,
  QuotaQuery,
  QuotaView,
  SelfRequest,
  VersionRequest,
} from '../../../contracts/evaluation-steps.js';
import type { DB } from '../../db/schema.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import * as d from './evaluation.decisions.service.js';
import * as ev from './evaluation.evidence.service.js';
import * as p from './evaluation.periods.service.js';
import * as r from './evaluation.read.service.js';
import * as s from './evaluation.steps.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['evaluation'];

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tx = <T>(fn: (trx: Transaction<DB>) => Promise<T>) => app.db.transaction().execute(fn);
  const step = (req: FastifyRequest) => ({ actor: actorOf(req), audit: auditContextOf(req), locale: req.locale });
  const jobCtx = (req: FastifyRequest) => ({ db: app.db, dbKind: app.dbKind, log: req.log, ...step(req) });
  /** After a step, the evaluation as the actor now sees it. */
  const view = (req: FastifyRequest, id: string) => r.getEvaluation(app.db, actorOf(req), req.locale, id);

  // ---- periods ----
  app.post(
    '/evaluation/periods',
    { schema: { tags, body: OpenPeriodRequest, response: { 202: JobAccepted, ...errors } } },
    async (req, reply) => reply.status(202).send(await p.openPeriod(jobCtx(req), req.body)),
  );
  app.get(
    '/evaluation/periods',
    { schema: { tags, querystring: PeriodListQuery, response: { 200: PeriodList, ...errors } } },
    async (req) => p.listPeriods(app.db, actorOf(req), req.locale, req.query),
  );
  app.get('/evaluation/periods/:id', { schema: { tags, params: ById, response: { 200: PeriodDetail, ...errors } } }, async (req) =>
    p.periodDetail(app.db, actorOf(req), req.locale, req.params.id),
  );
  app.post(
    '/evaluation/periods/:id/close',
    { schema: { tags, params: ById, body: ClosePeriodRequest, response: { 202: JobAccepted, ...errors } } },
    async (req, reply) => reply.status(202).send(await p.closePeriod(jobCtx(req), req.params.id, req.body.version)),
  );
  app.get(
    '/evaluation/periods/:id/evaluations',
    { schema: { tags, params: ById, querystring: EvaluationListQuery, response: { 200: EvaluationPage, ...errors } } },
    async (req) => r.listEvaluations(app.db, actorOf(req), req.locale, req.params.id, req.query),
  );
  app.get(
    '/evaluation/periods/:id/quota',
    { schema: { tags, params: ById, querystring: QuotaQuery, response: { 200: QuotaView, ...errors } } },
    async (req) => d.readQuota(app.db, step(req), req.params.id, req.query.unitId, req.query.cadreGroup),
  );
  app.post(
    '/evaluation/periods/:id/quota-exceptions',
    { schema: { tags, params: ById, body: QuotaExceptionRequest, response: { 201: QuotaExceptionView, ...errors } } },
    async (req, reply) => reply.status(201).send(await tx((trx) => d.grantException(trx, step(req), req.params.id, req.body))),
  );
  app.post(
    '/evaluation/periods/:id/decisions',
    { schema: { tags, params: ById, body: DecisionSetRequest, response: { 200: DecisionSetResult, ...errors } } },
    async (req) => {
      const quota = await tx((trx) => d.decideSet(trx, step(req), req.params.id, req.body));
      return { decided: req.body.items.length, quota };
    },
  );
  app.post(
    '/evaluation/periods/:id/publish',
    { schema: { tags, params: ById, body: PublishRequest, response: { 200: PublishResult, ...errors } } },
    async (req) => ({ published: await tx((trx) => d.publish(trx, step(req), req.params.id, req.body.unitId)) }),
  );

  // ---- one evaluation ----
  app.get('/evaluation/mine', { schema: { tags, querystring: MineQuery, response: { 200: EvaluationView, ...errors } } }, async (req) =>
    r.mine(app.db, actorOf(req), req.locale, req.query.periodId),
  );
  app.get('/evaluation/:id', { schema: { tags, params: ById, response: { 200: EvaluationView, ...errors } } }, async (req) =>
    r.getEvaluation(app.db, actorOf(req), req.locale, req.params.id),
  );
  app.get(
    '/evaluation/:id/evidence',
    { schema: { tags, params: ById, querystring: EvidenceQuery, response: { 200: EvidenceList, ...errors } } },
    async (req) => r.evidence(app.db, actorOf(req), req.params.id, req.query.metric),
  );
  app.post(
    '/evaluation/:id/refresh',
    { schema: { tags, params: ById, body: VersionRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => ev.refreshEvidence(trx, step(req), req.params.id, req.body.version));
      return view(req, req.params.id);
    },
  );
  app.put(
    '/evaluation/:id/self',
    { schema: { tags, params: ById, body: SelfRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => s.saveSelf(trx, step(req), req.params.id, req.body));
      return view(req, req.params.id);
    },
  );
  app.post(
    '/evaluation/:id/self/submit',
    { schema: { tags, params: ById, body: VersionRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => s.submitSelf(trx, step(req), req.params.id, req.body.version));
      return view(req, req.params.id);
    },
  );
  app.put(
    '/evaluation/:id/appraisal',
    { schema: { tags, params: ById, body: AppraisalRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => s.appraise(trx, step(req), req.params.id, req.body));
      return view(req, req.params.id);
    },
  );
  app.put(
    '/evaluation/:id/decision',
    { schema: { tags, params: ById, body: DecisionRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => d.decide(trx, step(req), req.params.id, req.body));
      return view(req, req.params.id);
    },
  );
  app.post(
    '/evaluation/:id/cancel-decision',
    { schema: { tags, params: ById, body: CancelDecisionRequest, response: { 200: EvaluationView, ...errors } } },
    async (req) => {
      await tx((trx) => d.cancelDecision(trx, step(req), req.params.id, req.body));
      return view(req, req.params.id);
    },
  );
};
