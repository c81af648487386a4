// Builds the Fastify application: plugins, the auth hook, the error handler, every module's
// routes under /api, the OpenAPI document and (in production) the web app.
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/connect.js';
import { AppError } from './errors.js';
import { registerAuthHook } from './modules/auth/index.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerOpenApi } from './http/openapi.js';
import { t } from './i18n.js';
import { startMaintenance } from './maintenance.js';
import { moduleRoutes } from './modules/routes.js';

export interface AppOptions {
  database: Database;
  sessionHours?: number;
  secureCookies?: boolean;
  /** Folder of the built web app to serve, if any. */
  webDir?: string;
  logLevel?: string;
  /** Trust X-Forwarded-For (only behind a reverse proxy / load balancer). */
  trustProxy?: boolean;
  /** Housekeeping (expired sessions, sign-in counters, dead jobs) every intervalMs; stopped on close. */
  maintenance?: { intervalMs: number };
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'warn', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: () => crypto.randomUUID(),
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.database.db);
  app.decorate('dbKind', opts.database.kind);

  await app.register(fastifyHelmet, {
    // The web app's scripts are its own bundle; antd writes its styles inline (CSS-in-JS), so
    // style-src allows 'unsafe-inline' (styles cannot run code). Swagger UI at /api/docs lives
    // within the same policy (its scripts are served files; its logo is a data: image).
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only behind HTTPS: on plain http it would send the page's own requests to https.
        ...(opts.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: opts.secureCookies ? { maxAge: 31_536_000 } : false,
  });
  // Route-level only (the sign-in route sets its own limit); errors go through our handler.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new AppError(429, 'rate_limited', undefined, { seconds: Math.ceil(ctx.ttl / 1000) }),
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await registerOpenApi(app);
  registerErrorHandler(app);
  if (opts.maintenance) {
    const stop = startMaintenance(opts.database, { intervalMs: opts.maintenance.intervalMs, log: app.log });
    app.addHook('onClose', stop);
  }
  const sessionHours = opts.sessionHours ?? 12;
  registerAuthHook(app, { sessionHours });

  app.get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => {
      await app.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      return { status: 'ok' as const };
    },
  );

  await app.register(moduleRoutes, { prefix: '/api', sessionHours, secureCookies: opts.secureCookies ?? false });

  // One not-found handler: unknown /api paths are JSON 404s; with the web app built, any other
  // GET falls back to index.html so client-side routes survive a reload.
  const serveWeb = !!opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'));
  // preCompressed: the build writes .br/.gz copies (vite.config.ts), sent to browsers that accept them.
  if (serveWeb) await app.register(fastifyStatic, { root: opts.webDir!, prefix: '/', wildcard: false, preCompressed: true });
  app.setNotFoundHandler((req, reply) => {
    if (serveWeb && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ error: 'not_found', message: t(req.locale ?? 'vi', 'not_found') });
  });
  return app;
}
