// /api/people/:id/{disciplines,confidence-votes,degradations,shortcomings,statuses},
// /api/units/:id/{disciplines,incidents,shortcomings} and /api/shortcomings/:id/fixed.
// Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  ConfidenceVoteList,
  ConfidenceVoteView,
  CreateConfidenceVoteRequest,
  CreateDegradationRequest,
  CreateDisciplineRequest,
  CreateIncidentRequest,
  CreateMemberStatusRequest,
  CreateShortcomingRequest,
  CreateUnitDisciplineRequest,
  DegradationList,
  DegradationView,
  DisciplineList,
  DisciplineView,
  FixShortcomingRequest,
  IncidentList,
  IncidentView,
  MemberStatusList,
  MemberStatusView,
  ShortcomingList,
  ShortcomingView,
  UnitDisciplineList,
  UnitDisciplineView,
} from '../../../contracts/conduct.js';
import type { DB } from '../../db/schema.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import * as s from './conduct.service.js';
import * as us from './conduct.units.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['conduct'];

export const conductRoutes: FastifyPluginAsyncZod = async (app) => {
  const tx = <T>(fn: (trx: Transaction<DB>) => Promise<T>) => app.db.transaction().execute(fn);

  app.get('/people/:id/disciplines', { schema: { tags, params: ById, response: { 200: DisciplineList, ...errors } } }, async (req) =>
    s.listDisciplines(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/people/:id/disciplines',
    { schema: { tags, params: ById, body: CreateDisciplineRequest, response: { 201: DisciplineView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => s.createDiscipline(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );

  app.get(
    '/people/:id/confidence-votes',
    { schema: { tags, params: ById, response: { 200: ConfidenceVoteList, ...errors } } },
    async (req) => s.listVotes(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/people/:id/confidence-votes',
    { schema: { tags, params: ById, body: CreateConfidenceVoteRequest, response: { 201: ConfidenceVoteView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => s.createVote(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );

  app.get('/people/:id/degradations', { schema: { tags, params: ById, response: { 200: DegradationList, ...errors } } }, async (req) =>
    s.listDegradations(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/people/:id/degradations',
    { schema: { tags, params: ById, body: CreateDegradationRequest, response: { 201: DegradationView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => s.createDegradation(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );

  app.get('/people/:id/shortcomings', { schema: { tags, params: ById, response: { 200: ShortcomingList, ...errors } } }, async (req) =>
    s.listShortcomings(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/people/:id/shortcomings',
    { schema: { tags, params: ById, body: CreateShortcomingRequest, response: { 201: ShortcomingView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => s.createShortcoming(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );
  app.post(
    '/shortcomings/:id/fixed',
    { schema: { tags, params: ById, body: FixShortcomingRequest, response: { 200: ShortcomingView, ...errors } } },
    async (req) => tx((trx) => s.fixShortcoming(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  // Records about a unit (collectives' HTXS gate, the unit's own trigger, its leaders' triggers).
  app.get('/units/:id/disciplines', { schema: { tags, params: ById, response: { 200: UnitDisciplineList, ...errors } } }, async (req) =>
    us.listUnitDisciplines(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/units/:id/disciplines',
    { schema: { tags, params: ById, body: CreateUnitDisciplineRequest, response: { 201: UnitDisciplineView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => us.createUnitDiscipline(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );
  app.get('/units/:id/incidents', { schema: { tags, params: ById, response: { 200: IncidentList, ...errors } } }, async (req) =>
    us.listIncidents(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/units/:id/incidents',
    { schema: { tags, params: ById, body: CreateIncidentRequest, response: { 201: IncidentView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => us.createIncident(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );
  app.get('/units/:id/shortcomings', { schema: { tags, params: ById, response: { 200: ShortcomingList, ...errors } } }, async (req) =>
    us.listUnitShortcomings(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/units/:id/shortcomings',
    { schema: { tags, params: ById, body: CreateShortcomingRequest, response: { 201: ShortcomingView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => us.createUnitShortcoming(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );

  app.get('/people/:id/statuses', { schema: { tags, params: ById, response: { 200: MemberStatusList, ...errors } } }, async (req) =>
    s.listStatuses(app.db, actorOf(req), req.params.id),
  );
  app.post(
    '/people/:id/statuses',
    { schema: { tags, params: ById, body: CreateMemberStatusRequest, response: { 201: MemberStatusView, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await tx((trx) => s.createStatus(trx, actorOf(req), auditContextOf(req), req.params.id, req.body))),
  );
};
