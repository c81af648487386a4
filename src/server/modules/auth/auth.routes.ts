import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordRequest, LoginRequest, Me, SetLocaleRequest } from '../../../contracts/auth.js';
import { OkResponse } from '../../../contracts/common.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { recordAudit } from '../audit/audit.service.js';
import { unitNames } from '../org/index.js';
import * as q from './auth.queries.js';
import { capabilities } from './auth.policy.js';
import { SESSION_COOKIE, changePassword, login } from './auth.service.js';

export interface AuthRoutesOptions { sessionHours: number; secureCookies: boolean }

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies };

  app.post('/auth/login', { config: { public: true }, schema: { tags: ['auth'], body: LoginRequest, response: { 200: OkResponse } } }, async (req, reply) => {
    const s = await login(app.db, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] ?? null, sessionHours: opts.sessionHours });
    await app.db.transaction().execute((trx) =>
      recordAudit(trx, { actorId: s.accountId, actorName: req.body.username, requestId: req.id, ip: req.ip }, [
        { action: 'auth.login', entityType: 'account', entityId: s.accountId, unitId: s.unitId },
      ]),
    );
    reply.setCookie(SESSION_COOKIE, s.token, { ...cookieOptions, expires: s.expiresAt });
    return { ok: true as const };
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (req) => {
    const actor = actorOf(req);
    const names = await unitNames(app.db, actor.roles.map((r) => r.unitId));
    return {
      accountId: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      personId: actor.personId,
      locale: actor.locale,
      roles: actor.roles.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? '' })),
      csrfToken: actor.csrfToken,
      can: capabilities(actor),
    };
  });

  app.post('/auth/logout', { schema: { tags: ['auth'], response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOf(req);
    await q.deleteSession(app.db, actor.sessionId);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.post('/auth/logout-all', { schema: { tags: ['auth'], response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOf(req);
    await app.db.transaction().execute(async (trx) => {
      await q.deleteSessionsOf(trx, actor.accountId);
      await recordAudit(trx, auditContextOf(req), [{ action: 'auth.logout_all', entityType: 'account', entityId: actor.accountId, unitId: actor.roles[0]?.unitId }]);
    });
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.post('/auth/password', { schema: { tags: ['auth'], body: ChangePasswordRequest, response: { 200: OkResponse } } }, async (req) => {
    const actor = actorOf(req);
    await changePassword(app.db, auditContextOf(req), actor.roles[0]?.unitId ?? null, actor.accountId, req.body.currentPassword, req.body.newPassword, actor.sessionId);
    return { ok: true as const };
  });

  app.put('/auth/locale', { schema: { tags: ['auth'], body: SetLocaleRequest, response: { 200: OkResponse } } }, async (req) => {
    const actor = actorOf(req);
    await app.db.transaction().execute(async (trx) => {
      await q.setLocale(trx, actor.accountId, req.body.locale);
      await recordAudit(trx, auditContextOf(req), [
        { action: 'account.locale', entityType: 'account', entityId: actor.accountId, unitId: actor.roles[0]?.unitId, before: { locale: actor.locale }, after: { locale: req.body.locale } },
      ]);
    });
    return { ok: true as const };
  });
};
