// Account administration (role admin, scoped to the subtrees of the actor's admin bindings).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountCreate,
  AccountRolesUpdate,
  AccountUpdate,
  AccountView,
  AccountsPage,
  AccountsQuery,
  ResetPasswordRequest,
} from '../../../contracts/accounts.js';
import { Id } from '../../../contracts/common.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { manageRoots } from './accounts.policy.js';
import * as service from './accounts.service.js';

const tags = ['accounts'];
const params = z.object({ id: Id });

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/accounts', { schema: { tags, querystring: AccountsQuery, response: { 200: AccountsPage } } }, async (req) => {
    return service.listAccounts(app.db, manageRoots(actorOf(req)), req.query);
  });

  app.get('/accounts/:id', { schema: { tags, params, response: { 200: AccountView } } }, async (req) => {
    return service.accountView(app.db, manageRoots(actorOf(req)), req.params.id);
  });

  app.post('/accounts', { schema: { tags, body: AccountCreate, response: { 201: AccountView } } }, async (req, reply) => {
    const view = await service.createAccount(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.body);
    return reply.status(201).send(view);
  });

  app.patch('/accounts/:id', { schema: { tags, params, body: AccountUpdate, response: { 200: AccountView } } }, async (req) => {
    return service.updateAccount(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.params.id, req.body);
  });

  app.put('/accounts/:id/roles', { schema: { tags, params, body: AccountRolesUpdate, response: { 200: AccountView } } }, async (req) => {
    return service.replaceRoles(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.params.id, req.body);
  });

  app.post(
    '/accounts/:id/reset-password',
    { schema: { tags, params, body: ResetPasswordRequest, response: { 200: AccountView } } },
    async (req) => {
      return service.resetPassword(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.params.id, req.body.newPassword);
    },
  );

  app.post('/accounts/:id/unlock', { schema: { tags, params, response: { 200: AccountView } } }, async (req) => {
    return service.unlockAccount(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.params.id);
  });

  app.post('/accounts/:id/sign-out-all', { schema: { tags, params, response: { 200: AccountView } } }, async (req) => {
    return service.signOutAll(app.db, auditContextOf(req), manageRoots(actorOf(req)), req.params.id);
  });
};
