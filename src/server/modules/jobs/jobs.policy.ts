// A job belongs to the account that started it: nobody else learns that it exists.
import type { Actor } from '../../http/context.js';
import { notFound } from '../../errors.js';

export function assertOwner(actor: Actor, job: { account_id: string } | undefined): asserts job {
  if (!job || job.account_id !== actor.accountId) throw notFound();
}
