// One transaction for a change and its audit event: every write of the module goes through here, so
// none can land unaudited and none repeats the transaction-then-audit dance.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditContext } from '../../http/context.js';
import { type AuditInput, recordAudit } from '../audit/index.js';

/** Runs `work` and records the event (built from its result when a function) in the same transaction. */
export async function audited<R>(
  db: Kysely<DB>,
  ctx: AuditContext,
  work: (trx: Transaction<DB>) => Promise<R>,
  event: AuditInput | ((result: R) => AuditInput),
): Promise<R> {
  return db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await recordAudit(trx, ctx, [typeof event === 'function' ? event(result) : event]);
    return result;
  });
}
