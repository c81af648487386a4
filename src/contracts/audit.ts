// Audit trail viewer and chain verification.
import { z } from 'zod';
import { CivilDate, Id, QueryInt, RequiredText } from './common.js';
import { TEXT } from './limits.js';

/** Newest first; pass the previous page's nextBeforeSeq as beforeSeq to read further back. */
export const AuditQuery = z
  .object({
    personId: Id.optional(),
    entityType: RequiredText(TEXT.entityType).optional(),
    entityId: RequiredText(TEXT.entityId).optional(),
    actorId: Id.optional(),
    from: CivilDate.optional().describe('First day, inclusive (Vietnam time)'),
    to: CivilDate.optional().describe('Last day, inclusive (Vietnam time)'),
    beforeSeq: QueryInt(1, Number.MAX_SAFE_INTEGER).optional().describe('A bigint sequence number'),
    limit: QueryInt(1, 200).default(50),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'v.date_order' });
  });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One changed top-level field of an update event. */
export const AuditChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const AuditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.string().describe('ISO timestamp'),
  actorId: Id.nullable(),
  actorName: z.string(),
  action: z.string().describe("e.g. 'person.update', 'account.roles'"),
  entityType: z.string(),
  entityId: z.string(),
  personId: Id.nullable(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** Top-level fields whose value differs between before and after (empty unless both exist). */
  changes: z.array(AuditChange),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditPage = z.object({
  items: z.array(AuditEventView),
  /** Cursor for the next (older) page; null when this page is the last. */
  nextBeforeSeq: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditBreakReasons = ['hash_mismatch', 'link_mismatch', 'gap', 'head_mismatch'] as const;

export const AuditVerifyResult = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  lastSeq: z.number().int(),
  brokenAt: z.object({ seq: z.number().int(), reason: z.enum(AuditBreakReasons) }).optional(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
