// A node-postgres-shaped pool over one embedded PGlite instance, so Kysely's PostgresDialect is
// the single code path for both databases. PGlite is one session: the pool hands out that
// session to one borrower at a time (a transaction keeps it until release), others wait.
import type { PGlite } from '@electric-sql/pglite';

const WAIT_LIMIT_MS = 120_000;

type QueryResult = { rows: unknown[]; rowCount: number; command: string };

export interface PgliteClient {
  query(sqlText: string, params?: readonly unknown[]): Promise<QueryResult>;
  release(): void;
}

export class PglitePool {
  private busy = false;
  private readonly waiters: Array<() => void> = [];

  constructor(readonly pglite: PGlite) {}

  async connect(): Promise<PgliteClient> {
    if (this.busy) {
      // Inside a transaction every query must go through `trx`: a query on the root handle
      // would wait for the session the transaction holds. Fail loudly instead of hanging.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = this.waiters.indexOf(wake);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(new Error(`embedded database busy for ${WAIT_LIMIT_MS / 1000} s (a query outside its transaction?)`));
        }, WAIT_LIMIT_MS);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiters.push(wake);
      });
    }
    this.busy = true;
    let released = false;
    return {
      query: (sqlText, params) => runQuery(this.pglite, sqlText, params),
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiters.shift();
        if (next) next();
        else this.busy = false;
      },
    };
  }

  async end(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

async function runQuery(pglite: PGlite, sqlText: string, params?: readonly unknown[]): Promise<QueryResult> {
  if (!params || params.length === 0) {
    // Simple protocol: allows several statements (migrations), returns the last result.
    const results = await pglite.exec(sqlText);
    const last = results[results.length - 1];
    return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? 0, command: commandOf(sqlText) };
  }
  const res = await pglite.query(sqlText, params as unknown[]);
  return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length, command: commandOf(sqlText) };
}

function commandOf(sqlText: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(sqlText);
  return (m?.[1] ?? '').toUpperCase();
}
