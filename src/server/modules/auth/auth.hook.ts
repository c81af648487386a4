// Deny by default: every /api route needs a session unless its config says `public: true`.
// Mutations also need the session's CSRF token in the x-csrf-token header.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unauthenticated, AppError } from '../../errors.js';
import { pickLocale } from '../../i18n.js';
import * as q from './auth.queries.js';
import { SESSION_COOKIE, sessionIdOf } from './auth.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthHook(app: FastifyInstance, opts: { sessionHours: number }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'vi');
  app.addHook('onRequest', async (req) => {
    req.locale = pickLocale((req.query as Record<string, unknown> | undefined)?.lang, undefined, req.headers['accept-language']);
    if (!req.url.startsWith('/api/')) return;
    await loadActor(app, req, opts.sessionHours);
    if (req.actor) req.locale = pickLocale((req.query as Record<string, unknown> | undefined)?.lang, req.actor.locale, undefined);
    if (req.routeOptions.config?.public) return;
    if (!req.actor) throw unauthenticated();
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError(403, 'csrf');
    }
  });
}

async function loadActor(app: FastifyInstance, req: FastifyRequest, sessionHours: number) {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return;
  const sessionId = sessionIdOf(token);
  const row = await q.sessionWithAccount(app.db, sessionId);
  if (!row || row.disabled || row.expires_at <= new Date()) return;
  // Sliding expiry, written at most once a minute.
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await q.touchSession(app.db, sessionId, new Date(Date.now() + sessionHours * 3600_000));
  }
  const bindings = await q.bindingsOf(app.db, row.account_id);
  req.actor = {
    accountId: row.account_id,
    username: row.username,
    displayName: row.display_name,
    personId: row.person_id,
    locale: row.locale,
    roles: bindings.map((b) => ({ role: b.role, unitId: b.unit_id })),
    sessionId,
    csrfToken: row.csrf_token,
  };
}
