// /api/plans: weekly work plans. Thin: validate, authorise (in the services, through the policy),
// call, present. Every mutation answers the plan as it now is.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  OverviewQuery,
  PlanCopy,
  PlanCreate,
  PlanOverview,
  PlanReturn,
  PlanUpdate,
  PlanView,
  VersionBody,
  WeekQuery,
} from '../../../contracts/plans.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { planDeadlineRoutes } from './plans.deadline.routes.js';
import { myPlan, planDetail, planOverview } from './plans.read.service.js';
import { approvePlan, returnPlan } from './plans.review.service.js';
import { copyLastWeek, createPlan, submitPlan, updatePlan } from './plans.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['plans'];

export const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/plans', { schema: { tags, querystring: OverviewQuery, response: { 200: PlanOverview, ...errors } } }, async (req) =>
    planOverview(app.db, actorOf(req), req.query.unitId, req.query.week),
  );

  app.get(
    '/plans/mine',
    {
      schema: {
        tags,
        querystring: WeekQuery,
        response: { 200: PlanView.nullable().describe('null when no plan of that week was written yet'), ...errors },
      },
    },
    async (req) => myPlan(app.db, actorOf(req), req.query.week, req.locale),
  );

  app.get('/plans/:id', { schema: { tags, params: ById, response: { 200: PlanView, ...errors } } }, async (req) =>
    planDetail(app.db, actorOf(req), req.params.id, req.locale),
  );

  app.post('/plans', { schema: { tags, body: PlanCreate, response: { 201: PlanView, ...errors } } }, async (req, reply) => {
    const actor = actorOf(req);
    const id = await createPlan(app.db, actor, auditContextOf(req), req.body);
    return reply.status(201).send(await planDetail(app.db, actor, id, req.locale));
  });

  app.post('/plans/copy-last-week', { schema: { tags, body: PlanCopy, response: { 201: PlanView, ...errors } } }, async (req, reply) => {
    const actor = actorOf(req);
    const id = await copyLastWeek(app.db, actor, auditContextOf(req), req.body.week);
    return reply.status(201).send(await planDetail(app.db, actor, id, req.locale));
  });

  app.put('/plans/:id', { schema: { tags, params: ById, body: PlanUpdate, response: { 200: PlanView, ...errors } } }, async (req) => {
    const actor = actorOf(req);
    await updatePlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.items, req.body.pastDueConfirmed);
    return planDetail(app.db, actor, req.params.id, req.locale);
  });

  app.post(
    '/plans/:id/submit',
    { schema: { tags, params: ById, body: VersionBody, response: { 200: PlanView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await submitPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
      return planDetail(app.db, actor, req.params.id, req.locale);
    },
  );

  app.post(
    '/plans/:id/return',
    { schema: { tags, params: ById, body: PlanReturn, response: { 200: PlanView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await returnPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.comment);
      return planDetail(app.db, actor, req.params.id, req.locale);
    },
  );

  app.post(
    '/plans/:id/approve',
    { schema: { tags, params: ById, body: VersionBody, response: { 200: PlanView, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await approvePlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
      return planDetail(app.db, actor, req.params.id, req.locale);
    },
  );

  await app.register(planDeadlineRoutes);
};
