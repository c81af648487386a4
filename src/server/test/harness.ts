// API test harness: the real app on a real database — embedded PGlite in memory by default,
// or a fresh PostgreSQL database per test file when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.js';
import { type Database, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadReferenceData } from '../seed/reference.js';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  db: Database['db'];
  close(): Promise<void>;
}

export const onPostgres = () => !!process.env.TEST_DATABASE_URL;

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `canbo_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Opens a migrated database (with the administrative-unit reference data when asked). */
export async function openTestDatabase(opts: { reference?: boolean } = {}): Promise<{ database: Database; close: () => Promise<void> }> {
  let drop = async () => {};
  let database: Database;
  if (onPostgres()) {
    const fresh = await freshPostgres();
    drop = fresh.drop;
    database = await openDatabase({ kind: 'postgres', url: fresh.url, poolSize: 4 });
  } else {
    database = await openDatabase({ kind: 'pglite-memory' });
  }
  await migrateToLatest(database.db);
  if (opts.reference) await loadReferenceData(database.db);
  return {
    database,
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

export async function createTestApp(opts: { reference?: boolean } = {}): Promise<TestContext> {
  const { database, close } = await openTestDatabase(opts);
  const app = await buildApp({ database, logLevel: 'silent', trustProxy: true });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'canbo_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `canbo_session=${setCookie.value}`;
  const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  return { cookie, csrf: me.json().csrfToken };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests as a signed-in user (or anonymously with `null`). */
export function client(app: FastifyInstance, session: Session | null, lang: 'vi' | 'en' = 'vi') {
  const call = (method: Method, url: string, payload?: unknown, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      ...extra,
      headers: {
        'accept-language': lang,
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(extra.headers ?? {}),
      },
    });
  return {
    get: (url: string, extra?: Partial<InjectOptions>) => call('GET', url, undefined, extra),
    post: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => call('POST', url, body ?? {}, extra),
    put: (url: string, body?: unknown) => call('PUT', url, body ?? {}),
    patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
    delete: (url: string) => call('DELETE', url),
  };
}
