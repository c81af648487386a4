// The inputs of the KHT triggers and of the HTXS gate (Quy định 366-QĐ/TW, Điều 11; Nghị định
// 335/2025/NĐ-CP), recorded per person: discipline decisions, confidence-vote results, degradation
// conclusions, shortcomings from the previous review (and whether each was fixed), and the member
// statuses that exclude a person from evaluation or shorten the time scored (exemption, suspension,
// sick and maternity leave).
import { z } from 'zod';
import { CivilDate, Id, Int32, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

const text = RequiredText(TEXT.longReason);
const ref = Text(TEXT.decisionRef).nullish();

/** The records of one kind for one person, newest first, with what the reader may do. */
export const conductListOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), actions: z.object({ create: z.boolean() }) });

// ---- discipline (kỷ luật) ----
export const DisciplineKind = z.enum(['reprimand', 'warning', 'removal', 'expulsion']);
export type DisciplineKind = z.infer<typeof DisciplineKind>;

export const DisciplineView = z.object({
  id: Id,
  personId: Id,
  kind: DisciplineKind,
  decidedOn: CivilDate,
  reason: z.string(),
  decisionRef: z.string().nullable(),
  version: z.number().int(),
});
export type DisciplineView = z.infer<typeof DisciplineView>;
export const DisciplineList = conductListOf(DisciplineView);
export type DisciplineList = z.infer<typeof DisciplineList>;

export const CreateDisciplineRequest = z.object({ kind: DisciplineKind, decidedOn: CivilDate, reason: text, decisionRef: ref });
export type CreateDisciplineRequest = z.infer<typeof CreateDisciplineRequest>;

// ---- confidence vote (lấy phiếu tín nhiệm) ----
export const ConfidenceVoteView = z.object({
  id: Id,
  personId: Id,
  votedOn: CivilDate,
  totalVotes: z.number().int(),
  highVotes: z.number().int(),
  lowVotes: z.number().int(),
  /** Low votes / total, 2 decimals (the leader trigger fires above 50%). */
  lowPct: z.number(),
  note: z.string(),
});
export type ConfidenceVoteView = z.infer<typeof ConfidenceVoteView>;
export const ConfidenceVoteList = conductListOf(ConfidenceVoteView);
export type ConfidenceVoteList = z.infer<typeof ConfidenceVoteList>;

const votes = Int32(0, 100000);
export const CreateConfidenceVoteRequest = z
  .object({
    votedOn: CivilDate,
    totalVotes: votes.min(1),
    highVotes: votes,
    lowVotes: votes,
    note: Text(TEXT.longNote).default(''),
  })
  .refine((v) => v.highVotes + v.lowVotes <= v.totalVotes, { path: ['lowVotes'], message: 'v.conduct.votes_sum' });
export type CreateConfidenceVoteRequest = z.infer<typeof CreateConfidenceVoteRequest>;

// ---- degradation conclusion (kết luận suy thoái) ----
export const DegradationView = z.object({ id: Id, personId: Id, concludedOn: CivilDate, text: z.string(), decisionRef: z.string().nullable() });
export type DegradationView = z.infer<typeof DegradationView>;
export const DegradationList = conductListOf(DegradationView);
export type DegradationList = z.infer<typeof DegradationList>;

export const CreateDegradationRequest = z.object({ concludedOn: CivilDate, text, decisionRef: ref });
export type CreateDegradationRequest = z.infer<typeof CreateDegradationRequest>;

// ---- shortcoming (hạn chế, khuyết điểm) ----
export const ShortcomingView = z.object({
  id: Id,
  /** The person concerned; null for a collective's shortcoming (then `unitId`). */
  personId: Id.nullable(),
  unitId: Id.nullable(),
  notedOn: CivilDate,
  text: z.string(),
  fixedOn: CivilDate.nullable(),
  version: z.number().int(),
  actions: z.object({ fix: z.boolean() }),
});
export type ShortcomingView = z.infer<typeof ShortcomingView>;
export const ShortcomingList = conductListOf(ShortcomingView);
export type ShortcomingList = z.infer<typeof ShortcomingList>;

export const CreateShortcomingRequest = z.object({ notedOn: CivilDate, text });
export type CreateShortcomingRequest = z.infer<typeof CreateShortcomingRequest>;

/** Marks a shortcoming fixed on a date (not before it was noted, not in the future). */
export const FixShortcomingRequest = z.object({ version: Version, fixedOn: CivilDate });
export type FixShortcomingRequest = z.infer<typeof FixShortcomingRequest>;

// ---- member status (miễn sinh hoạt, đình chỉ, nghỉ ốm, thai sản) ----
export const MemberStatusKind = z.enum(['exempted', 'suspended', 'sick_leave', 'maternity_leave']);
export type MemberStatusKind = z.infer<typeof MemberStatusKind>;

export const MemberStatusView = z.object({
  id: Id,
  personId: Id,
  kind: MemberStatusKind,
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
  note: z.string(),
});
export type MemberStatusView = z.infer<typeof MemberStatusView>;
export const MemberStatusList = conductListOf(MemberStatusView);
export type MemberStatusList = z.infer<typeof MemberStatusList>;

/** validTo is the last day (inclusive); open-ended when absent. Overlapping one of the same kind is refused. */
export const CreateMemberStatusRequest = z
  .object({
    kind: MemberStatusKind,
    validFrom: CivilDate,
    validTo: CivilDate.nullish(),
    note: Text(TEXT.longNote).default(''),
  })
  .refine((s) => !s.validTo || s.validTo >= s.validFrom, { path: ['validTo'], message: 'v.date_order' });
export type CreateMemberStatusRequest = z.infer<typeof CreateMemberStatusRequest>;
