// Organisation tree: reading as of a date (any role, within scope), plus the write routes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AsOfQuery,
  OrgEventList,
  OrgSearchQuery,
  OrgSearchResult,
  OrgUnitDetail,
  OrgUnitNodes,
  PostList,
  TermList,
  UnitIdParams,
} from '../../../contracts/org.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { actorOf } from '../../http/context.js';
import { assertCanRead } from './org.policy.js';
import { orgPostRoutes } from './org.posts.routes.js';
import * as read from './org.read.service.js';
import { listTerms } from './org.tree.queries.js';
import { orgUnitRoutes } from './org.units.routes.js';

const tags = ['org'];

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/org/roots', { schema: { tags, querystring: AsOfQuery, response: { 200: OrgUnitNodes } } }, async (req) => {
    const asOf = req.query.asOf ?? todayInVietnam();
    return { asOf, items: await read.rootsAt(app.db, actorOf(req), asOf) };
  });

  app.get(
    '/org/units/:id/children',
    { schema: { tags, params: UnitIdParams, querystring: AsOfQuery, response: { 200: OrgUnitNodes } } },
    async (req) => {
      await assertCanRead(app.db, actorOf(req), req.params.id);
      const asOf = req.query.asOf ?? todayInVietnam();
      return { asOf, items: await read.childrenOf(app.db, req.params.id, asOf) };
    },
  );

  app.get(
    '/org/units/:id',
    { schema: { tags, params: UnitIdParams, querystring: AsOfQuery, response: { 200: OrgUnitDetail } } },
    async (req) => {
      const actor = actorOf(req);
      await assertCanRead(app.db, actor, req.params.id);
      return read.unitDetail(app.db, actor, req.params.id, req.query.asOf ?? todayInVietnam());
    },
  );

  app.get('/org/units/:id/events', { schema: { tags, params: UnitIdParams, response: { 200: OrgEventList } } }, async (req) => {
    const actor = actorOf(req);
    await assertCanRead(app.db, actor, req.params.id);
    return { items: await read.eventsOf(app.db, actor, req.params.id) };
  });

  app.get(
    '/org/units/:id/posts',
    { schema: { tags, params: UnitIdParams, querystring: AsOfQuery, response: { 200: PostList } } },
    async (req) => {
      const actor = actorOf(req);
      await assertCanRead(app.db, actor, req.params.id);
      const asOf = req.query.asOf ?? todayInVietnam();
      return { asOf, items: await read.postsOf(app.db, actor, req.params.id, asOf) };
    },
  );

  app.get('/org/search', { schema: { tags, querystring: OrgSearchQuery, response: { 200: OrgSearchResult } } }, async (req) => {
    const asOf = req.query.asOf ?? todayInVietnam();
    const items = await read.searchUnits(app.db, actorOf(req), {
      q: req.query.q,
      asOf,
      includeClosed: req.query.includeClosed,
      kind: req.query.kind,
    });
    return { asOf, items };
  });

  app.get('/terms', { schema: { tags, response: { 200: TermList } } }, async () => {
    const rows = await listTerms(app.db);
    return { items: rows.map((t) => ({ id: t.id, body: t.body, name: t.name, startYear: t.start_year, endYear: t.end_year })) };
  });

  await app.register(orgUnitRoutes);
  await app.register(orgPostRoutes);
};
