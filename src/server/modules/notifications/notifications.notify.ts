// Writing notifications. The dedupe key makes repeated writers (the reminder scan, retried
// requests) idempotent: a second insert with the same key does nothing.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { NotificationKind } from '../../../contracts/notifications.js';
import type { DB } from '../../db/schema.js';
import { insertNotification } from './notifications.queries.js';

export type { NotificationKind };

export interface NotifyInput {
  personId: string;
  kind: NotificationKind | (string & {});
  taskId?: string | null;
  meetingId?: string | null;
  /** Values the message interpolates; the params of each kind are listed in contracts/notifications.ts. */
  params: Record<string, unknown>;
  /** Unique across all notifications, e.g. `assigned:<taskId>:<personId>`. */
  dedupeKey: string;
}

/**
 * Inserts one notification inside the caller's transaction (or on a plain connection).
 * Returns true when a row was written, false when the dedupe key already existed.
 * Not audited on its own: the mutation that causes it is audited by its caller.
 */
export async function notifyTx(trx: Transaction<DB> | Kysely<DB>, input: NotifyInput): Promise<boolean> {
  return insertNotification(trx, {
    id: randomUUID(),
    person_id: input.personId,
    kind: input.kind,
    task_id: input.taskId ?? null,
    meeting_id: input.meetingId ?? null,
    params: JSON.stringify(input.params ?? {}),
    dedupe_key: input.dedupeKey,
  });
}
