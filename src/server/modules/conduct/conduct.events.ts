// What the conduct module announces to the modules that depend on it, inside the recording transaction
// (so a listener's changes and audit commit or roll back with the record). Conduct knows no listener:
// planning registers one to remove a disciplined candidate at once (decision 0019).
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { AuditContext } from '../../http/context.js';

export interface DisciplineRecorded {
  id: string;
  personId: string;
  kind: 'reprimand' | 'warning' | 'removal' | 'expulsion';
  decidedOn: string;
  decisionRef: string | null;
}

type Listener = (trx: Transaction<DB>, ctx: AuditContext, event: DisciplineRecorded) => Promise<void>;
// A set: the same listener registered by every app built in one process runs once.
const listeners = new Set<Listener>();

/** Runs `listener` inside the transaction of every discipline recorded from now on. */
export function onDisciplineRecorded(listener: Listener): void {
  listeners.add(listener);
}

export async function disciplineRecorded(trx: Transaction<DB>, ctx: AuditContext, event: DisciplineRecorded): Promise<void> {
  for (const l of listeners) await l(trx, ctx, event);
}
