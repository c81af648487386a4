import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordRequest, LoginRequest, Me, SetLocaleRequest } from '../../../contracts/auth.js';
import { OkResponse } from '../../../contracts/common.js';
import { AppError } from '../../errors.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { writesActionPlan } from '../action-plans/index.js';
import { recordAudit } from '../audit/index.js';
import { unitNames } from '../org/index.js';
import * as q from './auth.queries.js';
import { capabilities } from './auth.policy.js';
import { SESSION_COOKIE, changePassword, login, logout, warmUpDummyHash } from './auth.service.js';
import { throttlePolicy } from './auth.throttle.js';

export interface AuthRoutesOptions {
  sessionHours: number;
  secureCookies: boolean;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: opts.secureCookies };

  // The sign-in route also has a coarse per-address flood guard (all requests, any outcome) from
  // @fastify/rate-limit, in this instance's memory; the per-pair, per-username and per-address
  // failure counters of decision 0007 live in the database and are shared by every instance.
  void warmUpDummyHash();
  const rateLimit = {
    max: async () => (await throttlePolicy(app.db)).addressRequestsPerMinute,
    timeWindow: 60_000,
  };
  app.post(
    '/auth/login',
    { config: { public: true, rateLimit }, schema: { tags: ['auth'], body: LoginRequest, response: { 200: OkResponse } } },
    async (req, reply) => {
      try {
        const s = await login(app.db, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          sessionHours: opts.sessionHours,
          requestId: req.id,
        });
        reply.setCookie(SESSION_COOKIE, s.token, { ...cookieOptions, expires: s.expiresAt });
        return { ok: true as const };
      } catch (err) {
        if (err instanceof AppError && err.status === 429) reply.header('retry-after', String(Number(err.params?.seconds ?? 1)));
        throw err;
      }
    },
  );

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (req) => {
    const actor = actorOf(req);
    const names = await unitNames(
      app.db,
      actor.roles.map((r) => r.unitId),
    );
    return {
      accountId: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      personId: actor.personId,
      locale: actor.locale,
      roles: actor.roles.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? '' })),
      csrfToken: actor.csrfToken,
      // The matrix grants writing one's action plan to every linked person; only a leadership post's
      // holder today has one to write (decision 0034), as the module's own guard says.
      can: { ...capabilities(actor), writeActionPlan: await writesActionPlan(app.db, actor) },
    };
  });

  app.post('/auth/logout', { schema: { tags: ['auth'], response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOf(req);
    await logout(app.db, auditContextOf(req), actor.accountId, actor.roles[0]?.unitId ?? null, actor.sessionId);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.post('/auth/logout-all', { schema: { tags: ['auth'], response: { 200: OkResponse } } }, async (req, reply) => {
    const actor = actorOf(req);
    await app.db.transaction().execute(async (trx) => {
      await q.deleteSessionsOf(trx, actor.accountId);
      await recordAudit(trx, auditContextOf(req), [
        { action: 'auth.logout_all', entityType: 'account', entityId: actor.accountId, unitId: actor.roles[0]?.unitId },
      ]);
    });
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true as const };
  });

  app.post('/auth/password', { schema: { tags: ['auth'], body: ChangePasswordRequest, response: { 200: OkResponse } } }, async (req) => {
    const actor = actorOf(req);
    await changePassword(
      app.db,
      auditContextOf(req),
      actor.roles[0]?.unitId ?? null,
      actor.accountId,
      req.body.currentPassword,
      req.body.newPassword,
      actor.sessionId,
    );
    return { ok: true as const };
  });

  app.put('/auth/locale', { schema: { tags: ['auth'], body: SetLocaleRequest, response: { 200: OkResponse } } }, async (req) => {
    const actor = actorOf(req);
    await app.db.transaction().execute(async (trx) => {
      await q.setLocale(trx, actor.accountId, req.body.locale);
      await recordAudit(trx, auditContextOf(req), [
        {
          action: 'account.locale',
          entityType: 'account',
          entityId: actor.accountId,
          unitId: actor.roles[0]?.unitId,
          before: { locale: actor.locale },
          after: { locale: req.body.locale },
        },
      ]);
    });
    return { ok: true as const };
  });
};
