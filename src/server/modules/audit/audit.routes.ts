// Audit trail viewer (newest first, keyset pagination on seq) and chain verification.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery, AuditVerifyResult } from '../../../contracts/audit.js';
import { actorOf } from '../../http/context.js';
import { unitNames } from '../org/index.js';
import { readRoots, requireVerify, seesCitizenIds } from './audit.policy.js';
import { presentEvent } from './audit.presenter.js';
import { listEvents } from './audit.queries.js';
import { verifyChain } from './audit.verify.js';

const tags = ['audit'];

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/audit', { schema: { tags, querystring: AuditQuery, response: { 200: AuditPage } } }, async (req) => {
    const actor = actorOf(req);
    const scopeRoots = readRoots(actor);
    const { limit, ...filters } = req.query;
    // One row more than asked tells whether an older page exists.
    const rows = await listEvents(app.db, { ...filters, scopeRoots, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const names = await unitNames(
      app.db,
      page.flatMap((r) => (r.unit_id ? [r.unit_id] : [])),
    );
    const opts = { unitNames: names, seesCitizenIds: seesCitizenIds(actor) };
    return {
      items: page.map((r) => presentEvent(r, opts)),
      nextBeforeSeq: rows.length > limit ? Number(page[page.length - 1].seq) : null,
    };
  });

  app.get('/audit/verify', { schema: { tags, response: { 200: AuditVerifyResult } } }, async (req) => {
    requireVerify(actorOf(req));
    return verifyChain(app.db);
  });
};
