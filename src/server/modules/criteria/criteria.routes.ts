// /api/cadre-groups, /api/criteria-sets, /api/criteria-assignments. Thin: validate, authorise, call, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import {
  AssignCriteriaRequest,
  AssignmentList,
  AssignmentQuery,
  CadreGroupList,
  CadreGroupView,
  CreateCadreGroupRequest,
  CreateCriteriaSetRequest,
  CriteriaSetList,
  CriteriaSetView,
  LocalConfigInput,
  LocalConfigView,
  UpdateCriteriaSetRequest,
} from '../../../contracts/criteria.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { assignCriteria, listAssignments } from './criteria.assign.service.js';
import { getLocalConfig, putLocalConfig } from './criteria.local.js';
import { createGroup, createSet, getSet, listGroups, listSets, updateSet } from './criteria.service.js';

const ById = z.object({ id: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['criteria'];

export const criteriaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/cadre-groups', { schema: { tags, response: { 200: CadreGroupList, ...errors } } }, async (req) =>
    listGroups(app.db, actorOf(req), req.locale),
  );

  app.post(
    '/cadre-groups',
    { schema: { tags, body: CreateCadreGroupRequest, response: { 201: CadreGroupView, ...errors } } },
    async (req, reply) => {
      const created = await app.db
        .transaction()
        .execute((trx) => createGroup(trx, actorOf(req), auditContextOf(req), req.body, req.locale));
      return reply.status(201).send(created);
    },
  );

  app.get('/criteria-sets', { schema: { tags, response: { 200: CriteriaSetList, ...errors } } }, async (req) =>
    listSets(app.db, actorOf(req)),
  );

  app.get('/criteria-sets/:id', { schema: { tags, params: ById, response: { 200: CriteriaSetView, ...errors } } }, async (req) =>
    getSet(app.db, actorOf(req), req.params.id),
  );

  app.post(
    '/criteria-sets',
    { schema: { tags, body: CreateCriteriaSetRequest, response: { 201: CriteriaSetView, ...errors } } },
    async (req, reply) => {
      const created = await app.db.transaction().execute((trx) => createSet(trx, actorOf(req), auditContextOf(req), req.body));
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/criteria-sets/:id',
    {
      schema: {
        tags,
        description:
          'A draft is updated in place (200). A frozen set (used by an evaluation) is left unchanged and the edit becomes its next version (201, new id).',
        params: ById,
        body: UpdateCriteriaSetRequest,
        response: { 200: CriteriaSetView, 201: CriteriaSetView, ...errors },
      },
    },
    async (req, reply) => {
      const { created, set } = await app.db
        .transaction()
        .execute((trx) => updateSet(trx, actorOf(req), auditContextOf(req), req.params.id, req.body));
      return reply.status(created ? 201 : 200).send(set);
    },
  );

  app.get(
    '/criteria-assignments',
    { schema: { tags, querystring: AssignmentQuery, response: { 200: AssignmentList, ...errors } } },
    async (req) => listAssignments(app.db, actorOf(req), req.query, req.locale),
  );

  app.post(
    '/criteria-assignments',
    { schema: { tags, body: AssignCriteriaRequest, response: { 201: AssignmentList, ...errors } } },
    async (req, reply) => {
      const list = await app.db
        .transaction()
        .execute((trx) => assignCriteria(trx, actorOf(req), auditContextOf(req), req.body, req.locale));
      return reply.status(201).send(list);
    },
  );

  app.get(
    '/units/:id/settings/criteria-local',
    { schema: { tags, params: ById, response: { 200: LocalConfigView, ...errors } } },
    async (req) => getLocalConfig(app.db, actorOf(req), req.params.id),
  );

  app.put(
    '/units/:id/settings/criteria-local',
    { schema: { tags, params: ById, body: LocalConfigInput, response: { 200: LocalConfigView, ...errors } } },
    async (req) => putLocalConfig(app.db, actorOf(req), auditContextOf(req), req.params.id, req.body),
  );
};
