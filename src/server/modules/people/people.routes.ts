// /api/people: list, names for pickers, detail, create, update. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  NameLookup,
  NameLookupQuery,
  PeoplePage,
  PeopleQuery,
  PersonDetail,
  PersonInput,
  PersonUpdate,
} from '../../../contracts/people.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { listPeople, lookupNames } from './people.list.service.js';
import { requireReader } from './people.policy.js';
import { createPerson, personDetail, updatePerson } from './people.service.js';
import { tenureRoutes } from './tenures.routes.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/people', { schema: { tags: ['people'], querystring: PeopleQuery, response: { 200: PeoplePage, ...errors } } }, async (req) => {
    const actor = actorOf(req);
    requireReader(actor);
    return listPeople(app.db, actor, req.query);
  });

  app.get(
    '/people/names',
    { schema: { tags: ['people'], querystring: NameLookupQuery, response: { 200: NameLookup, ...errors } } },
    async (req) => lookupNames(app.db, actorOf(req), req.query),
  );

  app.get('/people/:id', { schema: { tags: ['people'], params: ById, response: { 200: PersonDetail, ...errors } } }, async (req) => {
    return personDetail(app.db, actorOf(req), req.params.id);
  });

  app.post(
    '/people',
    { schema: { tags: ['people'], body: PersonInput, response: { 201: PersonDetail, ...errors } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const id = await createPerson(app.db, actor, auditContextOf(req), req.body);
      return reply.status(201).send(await personDetail(app.db, actor, id));
    },
  );

  app.patch(
    '/people/:id',
    { schema: { tags: ['people'], params: ById, body: PersonUpdate, response: { 200: PersonDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await updatePerson(app.db, actor, auditContextOf(req), req.params.id, req.body.version, req.body.changes);
      return personDetail(app.db, actor, req.params.id);
    },
  );

  await app.register(tenureRoutes);
};
