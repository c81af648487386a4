// Verifies the audit trail's hash chain and reports EVERY broken event, not only the first, so a
// later edit cannot hide behind an earlier break. Each event is checked on its own: its content
// against its stored hash, and its link against the stored hash of the event before it.
import type { Kysely } from 'kysely';
import type { AuditBreakReason } from '../../../contracts/audit.js';
import type { DB } from '../../db/schema.js';
import { GENESIS_HASH, eventHash } from './audit.hash.js';
import * as q from './audit.queries.js';
import { storedFields } from './audit.service.js';

/** Past this many, breaks are counted but not listed (a rewritten table would list millions). */
export const MAX_LISTED_BREAKS = 1000;

export interface AuditBreak {
  /** The broken event; for a gap, the first missing sequence number. */
  seq: number;
  reason: AuditBreakReason;
  /** For a gap: the last missing sequence number. */
  toSeq?: number;
}

export interface VerifyResult {
  intact: boolean;
  /** Events read and checked. */
  checked: number;
  /** The last sequence number stored. */
  lastSeq: number;
  /** The first break (kept for older clients; `breaks[0]`). */
  brokenAt?: AuditBreak;
  /** Every break in sequence order, up to MAX_LISTED_BREAKS. */
  breaks: AuditBreak[];
  /** How many breaks were found, listed or not. */
  brokenCount: number;
}

/** Recomputes every hash in order and reports every break. */
export async function verifyChain(db: Kysely<DB>, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  const breaks: AuditBreak[] = [];
  let brokenCount = 0;
  const report = (b: AuditBreak) => {
    brokenCount += 1;
    if (breaks.length < MAX_LISTED_BREAKS) breaks.push(b);
  };
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await q.eventsAfter(db, lastSeq, 2000);
    if (page.length === 0) break;
    for (const e of page) {
      const seq = Number(e.seq);
      const afterGap = seq !== lastSeq + 1;
      if (afterGap) report({ seq: lastSeq + 1, reason: 'gap', toSeq: seq - 1 });
      // After a gap the hash the link points to is gone: the gap is the finding, not the link.
      if (!afterGap && e.prev_hash !== prevHash) report({ seq, reason: 'link_mismatch' });
      if (eventHash(storedFields(e)) !== e.hash) report({ seq, reason: 'hash_mismatch' });
      prevHash = e.hash;
      lastSeq = seq;
      checked += 1;
    }
    onProgress?.(checked);
  }
  const h = await q.head(db);
  const headSeq = Number(h.last_seq);
  if (headSeq > lastSeq) report({ seq: lastSeq + 1, reason: 'gap', toSeq: headSeq });
  else if (headSeq !== lastSeq || h.last_hash !== prevHash) report({ seq: headSeq, reason: 'head_mismatch' });
  return { intact: brokenCount === 0, checked, lastSeq, ...(breaks.length ? { brokenAt: breaks[0] } : {}), breaks, brokenCount };
}
