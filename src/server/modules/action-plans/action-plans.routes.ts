// /api/action-plans: leaders' yearly action plans (issue 13, decision 0034). Thin: validate,
// authorise (in the services, through the policy), call, present. Every mutation answers the plan as
// it now is.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionPlanBoard,
  ActionPlanBoardQuery,
  ActionPlanCreate,
  ActionPlanReturn,
  ActionPlanUpdate,
  ActionPlanVersion,
  ActionPlanView,
  ActionPlanYearQuery,
  MyActionPlan,
} from '../../../contracts/action-plans.js';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { actionPlanBoard, actionPlanDetail, myActionPlan } from './action-plans.read.service.js';
import { approveActionPlan, createActionPlan, returnActionPlan, submitActionPlan, updateActionPlan } from './action-plans.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['action-plans'];

export const actionPlansRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/action-plans',
    {
      schema: {
        tags,
        querystring: ActionPlanBoardQuery,
        response: { 200: ActionPlanBoard, ...errors },
      },
    },
    async (req) => actionPlanBoard(app.db, actorOf(req), req.query),
  );

  app.get(
    '/action-plans/mine',
    {
      schema: {
        tags,
        querystring: ActionPlanYearQuery,
        response: { 200: MyActionPlan, ...errors },
      },
    },
    async (req) => myActionPlan(app.db, actorOf(req), req.query.year),
  );

  app.get('/action-plans/:id', { schema: { tags, params: ById, response: { 200: ActionPlanView, ...errors } } }, async (req) =>
    actionPlanDetail(app.db, actorOf(req), req.params.id),
  );

  app.post(
    '/action-plans',
    {
      schema: {
        tags,
        body: ActionPlanCreate,
        response: { 201: ActionPlanView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createActionPlan(app.db, actor, auditContextOf(req), req.body);
      return reply.status(201).send(await actionPlanDetail(app.db, actor, id));
    },
  );

  app.put(
    '/action-plans/:id',
    {
      schema: {
        tags,
        params: ById,
        body: ActionPlanUpdate,
        response: { 200: ActionPlanView, ...errors },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await updateActionPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.items);
      return actionPlanDetail(app.db, actor, req.params.id);
    },
  );

  const view = { 200: ActionPlanView, ...errors };
  app.post('/action-plans/:id/submit', { schema: { tags, params: ById, body: ActionPlanVersion, response: view } }, async (req) => {
    const actor = actorOf(req);
    await submitActionPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
    return actionPlanDetail(app.db, actor, req.params.id);
  });
  app.post('/action-plans/:id/return', { schema: { tags, params: ById, body: ActionPlanReturn, response: view } }, async (req) => {
    const actor = actorOf(req);
    await returnActionPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.comment);
    return actionPlanDetail(app.db, actor, req.params.id);
  });
  app.post(
    '/action-plans/:id/approve',
    {
      schema: {
        tags,
        params: ById,
        body: ActionPlanVersion,
        response: view,
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await approveActionPlan(app.db, actor, auditContextOf(req), req.params.id, req.body.version);
      return actionPlanDetail(app.db, actor, req.params.id);
    },
  );
};
