// Tenures and residences of a person. Tenures are corrected, never deleted.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { ResidenceInput, ResidenceView, TenureEnd, TenureInput, TenureUpdate, TenureView } from '../../../contracts/people.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { addResidence, addTenure, endTenure, updateTenure } from './tenures.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const tenureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/people/:id/tenures',
    { schema: { tags: ['people'], params: ById, body: TenureInput, response: { 201: TenureView, ...errors } } },
    async (req, reply) => {
      return reply.status(201).send(await addTenure(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body));
    },
  );

  app.post(
    '/tenures/:id/end',
    { schema: { tags: ['people'], params: ById, body: TenureEnd, response: { 200: TenureView, ...errors } } },
    async (req) => {
      return endTenure(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body);
    },
  );

  app.patch(
    '/tenures/:id',
    { schema: { tags: ['people'], params: ById, body: TenureUpdate, response: { 200: TenureView, ...errors } } },
    async (req) => {
      return updateTenure(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body);
    },
  );

  app.post(
    '/people/:id/residences',
    { schema: { tags: ['people'], params: ById, body: ResidenceInput, response: { 201: ResidenceView, ...errors } } },
    async (req, reply) => {
      return reply.status(201).send(await addResidence(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body));
    },
  );
};
