// Audit trail viewer and chain verification.
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-vocabulary.js';
import { lowerUuids } from './canonical.js';
import { CivilDate, Id, QueryInt, RequiredText } from './common.js';
import { TEXT } from './limits.js';

/** Newest first; pass the previous page's nextBeforeSeq as beforeSeq to read further back. */
export const AuditQuery = z
  .object({
    personId: Id.optional(),
    entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    /** Matched in the canonical spelling the recorder files events under (NFC, lower-case UUIDs). */
    entityId: RequiredText(TEXT.entityId)
      .overwrite((s) => lowerUuids(s))
      .optional(),
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
  action: z.string().describe("One of the audit actions (e.g. 'person.update'); events filed before a code was retired keep it"),
  entityType: z.string().describe('One of the audit entity types; events filed before a code was retired keep it'),
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
export type AuditBreakReason = (typeof AuditBreakReasons)[number];

export const AuditBreak = z.object({
  seq: z.number().int().describe('The broken event; for a gap, the first missing sequence number'),
  reason: z.enum(AuditBreakReasons),
  toSeq: z.number().int().optional().describe('For a gap: the last missing sequence number'),
});
export type AuditBreak = z.infer<typeof AuditBreak>;

/** Every break is reported, so later tampering cannot hide behind an earlier one. */
export const AuditVerifyResult = z.object({
  intact: z.boolean(),
  checked: z.number().int().describe('Events read and checked'),
  lastSeq: z.number().int().describe('The last sequence number stored'),
  brokenAt: AuditBreak.optional().describe('The first break (the same as breaks[0])'),
  breaks: z.array(AuditBreak).describe('Every break in sequence order, at most 1,000 listed'),
  brokenCount: z.number().int().describe('How many breaks were found, listed or not'),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
