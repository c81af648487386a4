// Administrative-unit look-up (hometown, birthplace and residence pickers). Reference data is
// public knowledge, so any signed-in user may read it; the auth hook already requires a session.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AdminUnitDetail, AdminUnitList, AdminUnitsQuery } from '../../../contracts/reference.js';
import { foldDiacritics } from '../../../domain/names.js';
import { notFound } from '../../errors.js';
import { presentAdminUnit, presentAdminUnitLink } from './reference.presenter.js';
import * as q from './reference.queries.js';

const tags = ['reference'];

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/admin-units', { schema: { tags, querystring: AdminUnitsQuery, response: { 200: AdminUnitList } } }, async (req) => {
    const { q: text, ...filters } = req.query;
    const rows = await q.searchUnits(app.db, { ...filters, folded: text ? foldDiacritics(text) : undefined });
    return rows.map(presentAdminUnit);
  });

  app.get('/admin-units/:id', { schema: { tags, params: z.object({ id: z.string().min(1).max(20) }), response: { 200: AdminUnitDetail } } }, async (req) => {
    const row = await q.unitById(app.db, req.params.id);
    if (!row) throw notFound();
    const [successors, predecessors] = await Promise.all([q.successorsOf(app.db, row.id), q.predecessorsOf(app.db, row.id)]);
    return { ...presentAdminUnit(row), successors: successors.map(presentAdminUnitLink), predecessors: predecessors.map(presentAdminUnitLink) };
  });
};
