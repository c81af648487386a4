// Personnel decisions (bổ nhiệm, giới thiệu ứng cử, bổ nhiệm lại, luân chuyển, điều động, biệt phái, miễn
// nhiệm, cách chức — Quy định 377-QĐ/TW; Quy định 65-QĐ/TW; Nghị định 170/2025/NĐ-CP; Kết luận 210-KL/TW):
// the proposal with its checks, documents and vote, the decision, the tenures it creates, and the dashboards.
import { z } from 'zod';
import { CivilDate, Id, Int32, PageQuery, RequiredText, Text, Version, pageOf } from './common.js';
import { TEXT } from './limits.js';
import { RuleCheckView } from './planning.js';

export const ProposalKinds = [
  'appointment',
  'nomination',
  'reappointment',
  'rotation',
  'transfer',
  'secondment',
  'removal',
  'dismissal',
] as const;
export const ProposalKind = z.enum(ProposalKinds);
export type ProposalKind = z.infer<typeof ProposalKind>;
export const ProposalStatus = z.enum(['proposed', 'approved', 'rejected']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** The appointment file's documents (personnel appraisal, asset declaration done, health certificate). */
export const ProposalDocuments = z.strictObject({
  appraisal: z.boolean(),
  assetDeclaration: z.boolean(),
  health: z.boolean(),
});
export type ProposalDocuments = z.infer<typeof ProposalDocuments>;

/** A proposal as the organising body writes it (also the body of the checks preview). */
export const ProposalRequest = z.strictObject({
  kind: ProposalKind,
  personId: Id,
  /** The post moved to; none for a removal or a dismissal. */
  postId: Id.nullable(),
  /** The tenure the move ends (the post left); required for a removal, a dismissal and a reappointment. */
  fromTenureId: Id.nullable(),
  effectiveDate: CivilDate,
  /** The planned last day of a rotation or a secondment. */
  plannedEndDate: CivilDate.nullable(),
  reason: RequiredText(TEXT.longReason),
  specialProcedure: z.boolean(),
  underInvestigation: z.boolean(),
  documents: ProposalDocuments,
});
export type ProposalRequest = z.infer<typeof ProposalRequest>;

export const DecisionVote = z.strictObject({
  members: Int32(1, 100_000),
  present: Int32(0, 100_000),
  votes: Int32(0, 100_000),
  secret: z.boolean(),
});
export type DecisionVote = z.infer<typeof DecisionVote>;

export const DecideRequest = z.strictObject({
  version: Version,
  outcome: z.enum(['approved', 'rejected']),
  decisionRef: RequiredText(TEXT.decisionRef),
  decisionDate: CivilDate,
  signer: RequiredText(TEXT.displayName),
  note: Text(TEXT.note).optional(),
  vote: DecisionVote.nullable(),
  exceptions: z.array(z.strictObject({ code: RequiredText(TEXT.code * 2), reason: RequiredText(TEXT.longReason) })).max(20),
});
export type DecideRequest = z.infer<typeof DecideRequest>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const ChecksView = z.object({
  checks: z.array(RuleCheckView.extend({ exceptionAllowed: z.boolean() })),
  /** The worst outcome; `blocked` when a failed check cannot be overridden. */
  outcome: z.enum(['pass', 'warn', 'fail']),
  blocked: z.boolean(),
  ratings: z.array(z.object({ year: z.number(), level: z.string().nullable() })),
  needsVote: z.enum(['membership', 'removal']).nullable(),
});
export type ChecksView = z.infer<typeof ChecksView>;

export const ProposalView = z.object({
  id: z.string(),
  kind: ProposalKind,
  status: ProposalStatus,
  person: Ref,
  unit: Ref,
  post: Ref.nullable(),
  fromTenure: z.object({ id: z.string(), post: z.string(), unit: z.string(), startDate: z.string() }).nullable(),
  effectiveDate: z.string(),
  plannedEndDate: z.string().nullable(),
  reason: z.string(),
  specialProcedure: z.boolean(),
  underInvestigation: z.boolean(),
  documents: ProposalDocuments,
  proposedOn: z.string(),
  checks: ChecksView,
  decision: z
    .object({
      ref: z.string(),
      date: z.string(),
      signer: z.string(),
      note: z.string().nullable(),
      vote: DecisionVote.nullable(),
      exceptions: z.array(z.object({ code: z.string(), reason: z.string() })),
    })
    .nullable(),
  tenures: z.array(
    z.object({
      id: z.string(),
      effect: z.enum(['started', 'ended']),
      post: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  version: z.number(),
  actions: z.object({ decide: z.boolean() }),
});
export type ProposalView = z.infer<typeof ProposalView>;

/** One page of a unit subtree's proposals (a province's year has thousands): 1-based page, at most 200 rows, with the total. */
export const ProposalListQuery = PageQuery.extend({
  unitId: Id,
  status: ProposalStatus.optional(),
  kind: ProposalKind.optional(),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;
export const ProposalSummary = z.object({
  id: z.string(),
  kind: ProposalKind,
  status: ProposalStatus,
  person: Ref,
  post: z.string().nullable(),
  unit: z.string(),
  effectiveDate: z.string(),
  outcome: z.enum(['pass', 'warn', 'fail']),
  decisionRef: z.string().nullable(),
});
export const ProposalList = pageOf(ProposalSummary).extend({
  actions: z.object({ propose: z.boolean() }),
});
export type ProposalList = z.infer<typeof ProposalList>;

/** The decided moves about a person the reader may see, each with its decision and the tenures it ended or started (the person page's timeline). */
export const PersonMoves = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: ProposalKind,
      effectiveDate: z.string(),
      plannedEndDate: z.string().nullable(),
      decision: z.object({ ref: z.string(), date: z.string(), signer: z.string() }),
      tenures: z.array(z.object({ id: z.string(), effect: z.enum(['started', 'ended']) })),
    }),
  ),
});
export type PersonMoves = z.infer<typeof PersonMoves>;

/** The person's own decided moves. */
export const MyMoves = z.object({ items: z.array(ProposalSummary) });

export const DashboardQuery = z.object({ unitId: Id, asOf: CivilDate.optional() });

const Holder = z.object({
  personId: z.string(),
  name: z.string(),
  unit: z.string(),
  post: z.string(),
  since: z.string(),
});

export const PersonnelDashboard = z.object({
  unit: Ref,
  asOf: z.string(),
  nonLocal: z.array(
    z.object({
      postCode: z.string(),
      post: z.string(),
      held: z.number(),
      nonLocal: z.number(),
      holders: z.array(Holder.extend({ local: z.boolean(), grounds: z.array(z.string()) })),
    }),
  ),
  twoTerms: z.array(Holder.extend({ consecutive: z.number(), max: z.number(), terms: z.array(z.string()), atLimit: z.boolean() })),
  rotationsEnding: z.array(
    Holder.extend({ plannedEndDate: z.string(), months: z.number(), belowMinimum: z.boolean(), proposalId: z.string() }),
  ),
  vacant: z.array(
    z.object({
      postId: z.string(),
      post: z.string(),
      unitId: z.string(),
      unit: z.string(),
      since: z.string().nullable(),
      days: z.number().nullable(),
    }),
  ),
  waitingEnds: z.array(
    z.object({ personId: z.string(), name: z.string(), unit: z.string(), kind: z.string(), decidedOn: z.string(), endsOn: z.string() }),
  ),
  pipeline: z.array(z.object({ kind: ProposalKind, status: ProposalStatus, count: z.number() })),
});
export type PersonnelDashboard = z.infer<typeof PersonnelDashboard>;
