// /api/units/:id/settings/plan-deadline: when the plans of a unit's members are due.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { PlanDeadlineInput, PlanDeadlineView } from '../../../contracts/plans.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { getDeadline, putDeadline } from './plans.deadline.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['plans'];

export const planDeadlineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/units/:id/settings/plan-deadline',
    { schema: { tags, params: ById, response: { 200: PlanDeadlineView, ...errors } } },
    async (req) => getDeadline(app.db, actorOf(req), req.params.id),
  );

  app.put(
    '/units/:id/settings/plan-deadline',
    { schema: { tags, params: ById, body: PlanDeadlineInput, response: { 200: PlanDeadlineView, ...errors } } },
    async (req) => putDeadline(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );
};
