// /api/work-fields and /api/responsibilities. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  CreateResponsibilityRequest,
  ResponsibilityList,
  ResponsibilityQuery,
  ResponsibilityView,
  UpdateResponsibilityRequest,
  WorkFieldList,
} from '../../../contracts/responsibilities.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { presentWorkField } from './responsibilities.presenter.js';
import { workFields } from './responsibilities.queries.js';
import { createResponsibility, listResponsibilities, updateResponsibility } from './responsibilities.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['responsibilities'];

export const responsibilitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  // Reference data: any signed-in user.
  app.get('/work-fields', { schema: { tags, response: { 200: WorkFieldList, ...errors } } }, async (req) => ({
    items: (await workFields(app.db)).map((f) => presentWorkField(f, req.locale)),
  }));

  app.get(
    '/responsibilities',
    { schema: { tags, querystring: ResponsibilityQuery, response: { 200: ResponsibilityList, ...errors } } },
    async (req) => ({
      items: await listResponsibilities(app.db, actorOf(req), req.query, req.locale),
    }),
  );

  app.post(
    '/responsibilities',
    { schema: { tags, body: CreateResponsibilityRequest, response: { 201: ResponsibilityView, ...errors } } },
    async (req, reply) => {
      const view = await app.db
        .transaction()
        .execute((trx) => createResponsibility(trx, actorOf(req), auditContextOf(req), req.body, req.locale));
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/responsibilities/:id',
    { schema: { tags, params: ById, body: UpdateResponsibilityRequest, response: { 200: ResponsibilityView, ...errors } } },
    async (req) =>
      app.db
        .transaction()
        .execute((trx) => updateResponsibility(trx, actorOf(req), auditContextOf(req), req.params.id, req.body, req.locale)),
  );
};
