// /api/home: the signed-in account's home page figures. Thin: the service shapes them by role.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { Home } from '../../../contracts/home.js';
import { actorOf } from '../../http/context.js';
import { readHome } from './home.service.js';

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home',
    {
      schema: {
        tags: ['home'],
        summary: "The account's work and its units' figures, by role",
        operationId: 'getHome',
        response: { 200: Home, 401: ErrorResponse },
      },
    },
    async (req) => readHome(app.db, actorOf(req), req.locale),
  );
};
