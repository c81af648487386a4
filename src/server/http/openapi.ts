// The OpenAPI document and its reader (/api/openapi.json, Swagger UI at /api/docs), both public.
// Every operation gets, from its route: an operationId (method + path, unless the route names one),
// its tags, the security it needs (session cookie; mutations also the CSRF header; `config.public`
// routes none), the error schema on the 4xx answers it can give, typed file responses for routes
// that `produce` a file; shared schemas become components (openapi-components.ts).
// The document is linted with Redocly's recommended rules in src/server/test/openapi.test.ts.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { API_TAGS, ERROR_SCHEMA_ID, openApiRegistry } from './openapi-components.js';
import { OPERATION_SUMMARIES } from './openapi-summaries.js';

const DOCS_PREFIX = '/api/docs';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `GET /api/tasks/:id/history` → `getTasksByIdHistory`: unique per route, stable, URL-safe. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => {
      const param = /^:(.+)$/.exec(seg);
      const text = param ? `by-${param[1]}` : seg;
      return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
    });
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

type OperationSchema = FastifySchema & {
  tags?: string[];
  summary?: string;
  operationId?: string;
  security?: Record<string, string[]>[];
  produces?: string[];
  consumes?: string[];
  response?: Record<string, unknown>;
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_ID}` } } },
});

/** What the route's documentation says beyond its zod schemas. */
function describe(schema: OperationSchema, route: RouteOptions, url: string): OperationSchema {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const method = String(methods[0]);
  const isPublic = !!route.config?.public;
  const out: OperationSchema = { ...schema };
  out.operationId ??= operationIdOf(method, url);
  out.summary ??= OPERATION_SUMMARIES[`${method} ${url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`];
  out.security ??= isPublic ? [] : SAFE.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
  const response: Record<string, unknown> = { ...(schema.response ?? {}) };
  // Files: the route says what it produces; the body is the file itself.
  if (schema.produces?.length && !Object.keys(response).some((code) => code.startsWith('2'))) {
    response['200'] = {
      description: 'File',
      content: Object.fromEntries(schema.produces.map((mime) => [mime, { schema: { type: 'string', format: 'binary' } }])),
    };
  }
  const takesInput = !!(schema.body || schema.querystring || schema.params || schema.consumes?.length);
  if (takesInput) response['400'] ??= errorResponse('Invalid input: `details` names each field and its message.');
  if (!isPublic) {
    response['401'] ??= errorResponse('No session, or the session expired.');
    response['403'] ??= errorResponse(
      SAFE.has(method) ? 'The role may not do this.' : 'The role may not do this, or the CSRF header is missing.',
    );
  }
  if (schema.params) response['404'] ??= errorResponse('Not found, or outside the account’s scope (the two answer alike).');
  if (!SAFE.has(method) && schema.params)
    response['409'] ??= errorResponse('The record changed since it was read (stale version), or its state forbids this.');
  if (isPublic && !takesInput && !Object.keys(response).some((c) => c.startsWith('4')))
    response['429'] ??= errorResponse('Too many requests.');
  out.response = response;
  return out;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Rewrites JSON Schema shapes that mean the same thing into the forms OpenAPI readers understand:
 * a record keyed by an enumeration lists its properties; an `anyOf` with an empty member (any value) is any value;
 * OpenAPI 3.0's `nullable` only counts beside a `type`, so "null or one of these" becomes "any of these, each nullable",
 * and a schema of any value (null included) needs no `nullable`.
 */
function plainSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plainSchema);
  if (!isNode(node)) return node;
  const out: Node = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, plainSchema(v)]));
  // (OpenAPI 3.0 drops `propertyNames`; zod's exhaustive enum-keyed record still lists its keys as required.)
  const keys = isNode(out.propertyNames) ? out.propertyNames.enum : out.required;
  if (Array.isArray(keys) && !out.properties && isNode(out.additionalProperties)) {
    const value = out.additionalProperties;
    out.properties = Object.fromEntries(keys.map((k) => [String(k), value]));
    out.additionalProperties = false;
    delete out.propertyNames;
  }
  if (Array.isArray(out.anyOf) && out.anyOf.some((s) => isNode(s) && Object.keys(s).length === 0)) delete out.anyOf;
  if (out.nullable === true && out.type === undefined && out.$ref === undefined) {
    const alternatives = out.oneOf ?? out.anyOf;
    delete out.nullable;
    if (Array.isArray(alternatives) && alternatives.every((a) => isNode(a) && a.type !== undefined)) {
      delete out.oneOf;
      out.anyOf = alternatives.map((a) => ({ ...(a as Node), nullable: true }));
    }
  }
  return out;
}

/** Only the component schemas some operation reaches (the transforms emit an input and an output form of each). */
function pruneComponents(doc: Node): Node {
  const components = isNode(doc.components) ? doc.components : {};
  const schemas = isNode(components.schemas) ? components.schemas : {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!used.has(name)) {
        used.add(name);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(doc.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...components, schemas: kept } };
}

/** Runs in the browser on /api/docs: "Try it out" sends the session's CSRF token on mutations. */
const CSRF_SCRIPT = `(() => {
  const original = window.fetch.bind(window);
  let token;
  window.fetch = async (input, init = {}) => {
    const method = (init.method || 'GET').toUpperCase();
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method) && url.origin === location.origin) {
      if (!token) {
        const me = await original('/api/auth/me', { credentials: 'same-origin' });
        if (me.ok) token = (await me.json()).csrfToken;
      }
      if (token) {
        const headers = new Headers(init.headers || {});
        if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', token);
        init = { ...init, headers };
      }
    }
    return original(input, init);
  };
})();`;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  const schemaRegistry = openApiRegistry(app);
  const zodTransform = createJsonSchemaTransform({ schemaRegistry });
  const zodTransformObject = createJsonSchemaTransformObject({ schemaRegistry });
  // The reader is public like the document it reads (the routes below are marked as they are added).
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(DOCS_PREFIX)) route.config = { ...(route.config ?? {}), public: true };
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'CanBo API',
        version: '0.1.0',
        description:
          'Công tác cán bộ — cadre and personnel work. Sign in with `POST /api/auth/sign-in`; the session is a cookie. ' +
          'Every mutation also needs the session’s CSRF token (`csrfToken` of `GET /api/auth/me`) in the `x-csrf-token` header. ' +
          'Errors answer `{ error, message, details? }` with the message in Vietnamese, or English with `Accept-Language: en`. ' +
          'A record outside the account’s scope answers 404 exactly like a missing one.',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      servers: [{ url: '/', description: 'This server' }],
      tags: API_TAGS,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'canbo_session', description: 'The session cookie set by sign-in.' },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'The session’s CSRF token; required on every mutation.',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: (arg) => {
      const { schema, url } = zodTransform(arg);
      if ((schema as { hide?: boolean }).hide) return { schema, url };
      return { schema: describe(schema as OperationSchema, arg.route, arg.url), url };
    },
    transformObject: (documentObject) =>
      pruneComponents(plainSchema(zodTransformObject(documentObject)) as Node) as ReturnType<typeof zodTransformObject>,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    theme: { title: 'CanBo API', js: [{ filename: 'csrf.js', content: CSRF_SCRIPT }] },
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
