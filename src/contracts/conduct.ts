// The inputs of the KHT triggers and of the HTXS gate (Quy định 366-QĐ/TW, Điều 11; Nghị định
// 335/2025/NĐ-CP), recorded per person: discipline decisions, confidence-vote results, degradation
// conclusions, shortcomings from the previous review (and whether each was fixed), and the member
// statuses that exclude a person from evaluation or shorten the time scored (exemption, suspension,
// sick and maternity leave).
import { z } from 'zod';
import { DISCIPLINE_CODES } from '../domain/planning/settings-validate.js';
import { CivilDate, Id, Int32, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

const text = RequiredText(TEXT.longReason);
const ref = Text(TEXT.decisionRef).nullish();

/** The records of one kind for one person, newest first, with what the reader may do. */
export const conductListOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), actions: z.object({ create: z.boolean() }) });

// ---- discipline (kỷ luật) ----
/** The four forms of personal discipline, defined once with the rules that weigh them. */
export const DisciplineKind = z.enum(DISCIPLINE_CODES);
export type DisciplineKind = z.infer<typeof DisciplineKind>;

export const DisciplineView = z.object({
  id: Id,
  personId: Id,
  kind: DisciplineKind,
  decidedOn: CivilDate,
  reason: z.string(),
  decisionRef: z.string().nullable(),
  version: z.number().int(),
  /** When and where the breach was committed (null = at the decision, in the person's unit): a breach at the old unit counts against its period. */
  breachOn: CivilDate.nullable(),
  breachUnitId: Id.nullable(),
});
export type DisciplineView = z.infer<typeof DisciplineView>;
export const DisciplineList = conductListOf(DisciplineView);
export type DisciplineList = z.infer<typeof DisciplineList>;

export const CreateDisciplineRequest = z
  .object({
    kind: DisciplineKind,
    decidedOn: CivilDate,
    reason: text,
    decisionRef: ref,
    breachOn: CivilDate.nullish(),
    breachUnitId: Id.nullish(),
  })
  .refine((d) => !d.breachOn || d.breachOn <= d.decidedOn, { path: ['breachOn'], message: 'v.conduct.breach_after_decision' });
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
export const DegradationView = z.object({
  id: Id,
  personId: Id,
  concludedOn: CivilDate,
  text: z.string(),
  decisionRef: z.string().nullable(),
});
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

// ---- records about a unit (Quy định 366-QĐ/TW, Điều 11: collectives' and leaders' conditions) ----

/** Discipline of a Party organisation or unit (kỷ luật tổ chức): its own KHT trigger, and its parent's HTXS gate. */
export const UnitDisciplineKind = z.enum(['reprimand', 'warning', 'dissolution']);
export type UnitDisciplineKind = z.infer<typeof UnitDisciplineKind>;
export const UnitDisciplineView = z.object({
  id: Id,
  unitId: Id,
  kind: UnitDisciplineKind,
  decidedOn: CivilDate,
  breachOn: CivilDate.nullable(),
  reason: z.string(),
  decisionRef: z.string().nullable(),
});
export type UnitDisciplineView = z.infer<typeof UnitDisciplineView>;
export const UnitDisciplineList = conductListOf(UnitDisciplineView);
export type UnitDisciplineList = z.infer<typeof UnitDisciplineList>;
export const CreateUnitDisciplineRequest = z
  .object({ kind: UnitDisciplineKind, decidedOn: CivilDate, breachOn: CivilDate.nullish(), reason: text, decisionRef: ref })
  .refine((d) => !d.breachOn || d.breachOn <= d.decidedOn, { path: ['breachOn'], message: 'v.conduct.breach_after_decision' });
export type CreateUnitDisciplineRequest = z.infer<typeof CreateUnitDisciplineRequest>;

/** Corruption, waste or negative conduct concluded in a unit: the KHT trigger of the leaders who directly lead it. */
export const IncidentKind = z.enum(['corruption', 'waste', 'negative']);
export type IncidentKind = z.infer<typeof IncidentKind>;
export const IncidentView = z.object({
  id: Id,
  unitId: Id,
  kind: IncidentKind,
  concludedOn: CivilDate,
  text: z.string(),
  decisionRef: z.string().nullable(),
});
export type IncidentView = z.infer<typeof IncidentView>;
export const IncidentList = conductListOf(IncidentView);
export type IncidentList = z.infer<typeof IncidentList>;
export const CreateIncidentRequest = z.object({ kind: IncidentKind, concludedOn: CivilDate, text, decisionRef: ref });
export type CreateIncidentRequest = z.infer<typeof CreateIncidentRequest>;
