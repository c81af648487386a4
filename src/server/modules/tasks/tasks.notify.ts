// Tells a task's assignees what happened to it. The dedupe key carries a stamp unique to the
// event (task id on create, the due-change id, …) so a retried request does not notify twice.
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type NotificationKind, notifyTx } from '../notifications/index.js';

export interface AssigneeNotice {
  taskId: string;
  /** null: do not tell the lead (they created it themselves). */
  leadId: string | null;
  supportIds: string[];
  kind: NotificationKind;
  /** Unique per event. */
  stamp: string;
  params: Record<string, unknown>;
}

export async function notifyAssignees(trx: Transaction<DB>, n: AssigneeNotice): Promise<void> {
  for (const personId of [n.leadId, ...n.supportIds].filter((p): p is string => !!p)) {
    await notifyTx(trx, {
      personId,
      kind: n.kind,
      taskId: n.taskId,
      params: n.params,
      dedupeKey: `${n.kind}:${n.stamp}:${personId}`,
    });
  }
}
