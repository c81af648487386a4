// What every request carries: the database, the signed-in actor (if any), the language.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import type { Locale } from '../i18n.js';

export interface Actor {
  accountId: string;
  username: string;
  displayName: string;
  personId: string | null;
  locale: Locale;
  roles: Array<{ role: Role; unitId: string }>;
  sessionId: string;
  csrfToken: string;
}

/** Who did it, for the audit trail. */
export interface AuditContext {
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  ip: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: 'postgres' | 'pglite';
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Route reachable without a session. */
    public?: boolean;
  }
}

export function auditContextOf(req: { actor: Actor | null; id: string; ip: string }): AuditContext {
  return {
    actorId: req.actor?.accountId ?? null,
    actorName: req.actor ? `${req.actor.displayName} (${req.actor.username})` : 'system',
    requestId: req.id,
    ip: req.ip,
  };
}

/** The actor of a route that requires a session (the auth hook guarantees it). */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new Error('route reached without a session');
  return req.actor;
}
