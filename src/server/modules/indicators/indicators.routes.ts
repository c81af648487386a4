// /api/indicators: unit targets per year and their actual values. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  CreateIndicatorRequest,
  IndicatorList,
  IndicatorQuery,
  IndicatorView,
  RecordActualRequest,
  UpdateIndicatorRequest,
} from '../../../contracts/indicators.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { createIndicator, listIndicators, recordActual, updateIndicator } from './indicators.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['indicators'];

export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/indicators', { schema: { tags, querystring: IndicatorQuery, response: { 200: IndicatorList, ...errors } } }, async (req) =>
    listIndicators(app.db, actorOf(req), req.query.unitId, req.query.year),
  );

  app.post(
    '/indicators',
    { schema: { tags, body: CreateIndicatorRequest, response: { 201: IndicatorView, ...errors } } },
    async (req, reply) => {
      const created = await app.db.transaction().execute((trx) => createIndicator(trx, actorOf(req), auditContextOf(req), req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/indicators/:id',
    { schema: { tags, params: ById, body: UpdateIndicatorRequest, response: { 200: IndicatorView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => updateIndicator(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.post(
    '/indicators/:id/actuals',
    { schema: { tags, params: ById, body: RecordActualRequest, response: { 200: IndicatorView, ...errors } } },
    async (req) => app.db.transaction().execute((trx) => recordActual(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
};
