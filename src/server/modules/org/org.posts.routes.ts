// Post mutations (admin and organising, within scope). Reading posts is in org.routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ClosePostRequest, CreatePostRequest, PostIdParams, PostView, UnitIdParams, UpdatePostRequest } from '../../../contracts/org.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { closePost, createPost, updatePost } from './org.posts.service.js';

const tags = ['org'];

export const orgPostRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/org/units/:id/posts',
    { schema: { tags, params: UnitIdParams, body: CreatePostRequest, response: { 201: PostView } } },
    async (req, reply) => {
      const post = await app.db.transaction().execute((trx) => createPost(trx, actorOf(req), auditContextOf(req), req.params.id, req.body));
      return reply.status(201).send(post);
    },
  );

  app.patch(
    '/org/posts/:id',
    { schema: { tags, params: PostIdParams, body: UpdatePostRequest, response: { 200: PostView } } },
    async (req) => app.db.transaction().execute((trx) => updatePost(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );

  app.post(
    '/org/posts/:id/close',
    { schema: { tags, params: PostIdParams, body: ClosePostRequest, response: { 200: PostView } } },
    async (req) => app.db.transaction().execute((trx) => closePost(trx, actorOf(req), auditContextOf(req), req.params.id, req.body)),
  );
};
