// Unit mutations: create, rename, close, move, merge, split (admin and organising, within scope).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CloseUnitRequest,
  CreateUnitRequest,
  MergeRequest,
  MergeResult,
  MoveUnitRequest,
  OrgUnitView,
  RenameUnitRequest,
  SplitRequest,
  SplitResult,
  UnitIdParams,
} from '../../../contracts/org.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { mergeUnits, splitUnit } from './org.restructure.service.js';
import { closeUnit, createUnit, moveUnit, renameUnit } from './org.units.service.js';

const tags = ['org'];

export const orgUnitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/org/units', { schema: { tags, body: CreateUnitRequest, response: { 201: OrgUnitView } } }, async (req, reply) => {
    const unit = await app.db.transaction().execute((trx) => createUnit(trx, actorOf(req), auditContextOf(req), req.body));
    return reply.status(201).send(unit);
  });

  app.patch(
    '/org/units/:id',
    { schema: { tags, params: UnitIdParams, body: RenameUnitRequest, response: { 200: OrgUnitView } } },
    async (req) => app.db.transaction().execute((trx) => renameUnit(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.post(
    '/org/units/:id/close',
    { schema: { tags, params: UnitIdParams, body: CloseUnitRequest, response: { 200: OrgUnitView } } },
    async (req) => app.db.transaction().execute((trx) => closeUnit(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.post(
    '/org/units/:id/move',
    { schema: { tags, params: UnitIdParams, body: MoveUnitRequest, response: { 200: OrgUnitView } } },
    async (req) => app.db.transaction().execute((trx) => moveUnit(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.post('/org/merges', { schema: { tags, body: MergeRequest, response: { 201: MergeResult } } }, async (req, reply) => {
    const result = await app.db.transaction().execute((trx) => mergeUnits(trx, actorOf(req), auditContextOf(req), req.body));
    return reply.status(201).send(result);
  });

  app.post('/org/splits', { schema: { tags, body: SplitRequest, response: { 201: SplitResult } } }, async (req, reply) => {
    const result = await app.db.transaction().execute((trx) => splitUnit(trx, actorOf(req), auditContextOf(req), req.body));
    return reply.status(201).send(result);
  });
};
