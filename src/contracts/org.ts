// Organisation tree (temporal): units, parent links over time, merges and splits, posts, terms.
// Every read takes `asOf` (a civil date, default today in Vietnam): a unit is shown when
// validFrom <= asOf < validTo (validTo exclusive, null = still open).
import { z } from 'zod';
import { CivilDate, Id, Int32, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

export const OrgUnitKinds = [
  'province',
  'district',
  'commune',
  'ward',
  'special_zone',
  'party_committee',
  'executive_committee',
  'standing_committee',
  'advisory_body',
  'inspection_committee',
  'party_cell',
  'party_subcommittee',
  'party_group',
  'peoples_council',
  'peoples_committee',
  'division',
  'front',
  'mass_org',
] as const;
export const OrgUnitKind = z.enum(OrgUnitKinds);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

/** Display order of siblings: Party bodies, then government, the Front, mass organisations, then territories. */
export const OrgUnitKindOrder: Record<OrgUnitKind, number> = {
  party_committee: 10,
  executive_committee: 11,
  standing_committee: 12,
  advisory_body: 13,
  inspection_committee: 14,
  party_subcommittee: 15,
  party_cell: 16,
  party_group: 17,
  peoples_council: 20,
  peoples_committee: 21,
  division: 22,
  front: 30,
  mass_org: 40,
  province: 50,
  district: 51,
  commune: 52,
  ward: 52,
  special_zone: 52,
};

/** District-level units exist only before the 2025 two-tier reform. */
export const DISTRICTS_ABOLISHED_ON = '2025-07-01';

export const AsOfQuery = z.object({ asOf: CivilDate.optional().describe('Default: today (Asia/Ho_Chi_Minh)') });
export const UnitIdParams = z.object({ id: Id });
export const PostIdParams = z.object({ id: Id });

const unitName = RequiredText(TEXT.unitName);
const shortName = Text(TEXT.shortName).nullish();
const decisionRef = Text(TEXT.decisionRef).nullish();
const note = Text(TEXT.longNote).nullish();
const version = Version;

/** A unit as a link target: `inScope` false means the actor may see its name but not open it. */
export const OrgUnitRef = z.object({ id: Id, kind: OrgUnitKind, name: z.string(), inScope: z.boolean() });
export type OrgUnitRef = z.infer<typeof OrgUnitRef>;

/** A row of the tree as of a date. */
export const OrgUnitNode = z.object({
  id: Id,
  kind: OrgUnitKind,
  name: z.string(),
  shortName: z.string().nullable(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
  childCount: z.number().int(),
});
export type OrgUnitNode = z.infer<typeof OrgUnitNode>;
export const OrgUnitNodes = z.object({ asOf: CivilDate, items: z.array(OrgUnitNode) });

/** The unit's own fields. */
export const OrgUnitView = z.object({
  id: Id,
  kind: OrgUnitKind,
  name: z.string(),
  shortName: z.string().nullable(),
  adminUnitId: z.string().nullable(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
  version: z.number().int(),
});
export type OrgUnitView = z.infer<typeof OrgUnitView>;

export const PostHolder = z.object({
  tenureId: Id,
  personId: Id,
  fullName: z.string(),
  startDate: CivilDate,
  endDate: CivilDate.nullable(),
});

export const PostView = z.object({
  id: Id,
  unitId: Id,
  title: z.string(),
  isHead: z.boolean(),
  isKey: z.boolean(),
  cadreGroup: z.string().nullable(),
  rank: z.number().int(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
  version: z.number().int(),
  /** Tenures active at asOf (start <= asOf <= end, end inclusive). */
  holders: z.array(PostHolder),
  actions: z.object({ edit: z.boolean(), close: z.boolean() }),
});
export type PostView = z.infer<typeof PostView>;
export const PostList = z.object({ asOf: CivilDate, items: z.array(PostView) });

export const OrgEventKind = z.enum(['merge', 'split']);
export const OrgEventRef = z.object({ id: Id, kind: OrgEventKind, effectiveOn: CivilDate, decisionRef: z.string().nullable() });

/** A predecessor or successor of the unit, with the event that linked them. */
export const OrgHistoryLink = z.object({ unit: OrgUnitRef, event: OrgEventRef });
export const OrgParentLink = z.object({ parent: OrgUnitRef, validFrom: CivilDate, validTo: CivilDate.nullable() });

export const OrgUnitActions = z.object({
  edit: z.boolean(),
  close: z.boolean(),
  move: z.boolean(),
  merge: z.boolean(),
  split: z.boolean(),
  addPost: z.boolean(),
});
export type OrgUnitActions = z.infer<typeof OrgUnitActions>;

export const OrgUnitDetail = z.object({
  asOf: CivilDate,
  unit: OrgUnitView,
  /** Ancestors (top first, the unit itself excluded) as of asOf — or as of the unit's last day when closed — within the actor's scope. */
  breadcrumb: z.array(OrgUnitRef),
  children: z.array(OrgUnitNode),
  posts: z.array(PostView),
  /** People whose unit lies in this unit's subtree (including its merged predecessors). */
  peopleCount: z.number().int(),
  history: z.object({
    parents: z.array(OrgParentLink),
    predecessors: z.array(OrgHistoryLink),
    successors: z.array(OrgHistoryLink),
  }),
  actions: OrgUnitActions,
});
export type OrgUnitDetail = z.infer<typeof OrgUnitDetail>;

export const OrgSearchQuery = z.object({
  q: RequiredText(TEXT.query).describe('Name without diacritics: "xa an binh" finds "Xã An Bình"'),
  asOf: CivilDate.optional(),
  /** Also units not valid at asOf (closed or not yet opened). */
  includeClosed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  kind: OrgUnitKind.optional(),
});
export const OrgSearchItem = z.object({
  id: Id,
  kind: OrgUnitKind,
  name: z.string(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
  /** Ancestor names within the actor's scope as of asOf, top first, joined by ' › '. */
  path: z.string(),
});
export const OrgSearchResult = z.object({ asOf: CivilDate, items: z.array(OrgSearchItem).max(20) });

export const OrgEventView = z.object({
  id: Id,
  kind: OrgEventKind,
  effectiveOn: CivilDate,
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
  predecessors: z.array(OrgUnitRef),
  successors: z.array(OrgUnitRef),
});
export const OrgEventList = z.object({ items: z.array(OrgEventView) });

// ---- mutations ----

export const CreateUnitRequest = z.object({
  kind: OrgUnitKind,
  name: unitName,
  shortName,
  parentId: Id,
  validFrom: CivilDate,
  adminUnitId: Text(TEXT.adminUnitId).nullish(),
});
export type CreateUnitRequest = z.infer<typeof CreateUnitRequest>;

export const RenameUnitRequest = z.object({ version, name: unitName, shortName });
export const CloseUnitRequest = z.object({ validTo: CivilDate, version });
export const MoveUnitRequest = z.object({ parentId: Id, validFrom: CivilDate, version });

const NewUnit = z.object({ kind: OrgUnitKind, name: unitName, shortName, parentId: Id });

export const MergeRequest = z
  .object({
    sourceIds: z.array(Id).min(1).max(50),
    effectiveOn: CivilDate,
    /** Exactly one of: an existing unit open at effectiveOn, or a new unit opened at effectiveOn. */
    target: z.object({ unitId: Id.optional(), new: NewUnit.optional() }),
    decisionRef,
    note,
    /** Move the people whose unit is one of the sources to the target. */
    movePeopleTo: z.boolean().default(false),
  })
  .superRefine((m, ctx) => {
    if (!m.target.unitId === !m.target.new) ctx.addIssue({ code: 'custom', path: ['target'], message: 'v.merge_target' });
    const min = m.target.unitId ? 1 : 2;
    if (m.sourceIds.length < min)
      ctx.addIssue({ code: 'too_small', origin: 'array', minimum: min, inclusive: true, path: ['sourceIds'], message: 'v.merge_sources' });
    if (new Set(m.sourceIds).size !== m.sourceIds.length) ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: 'v.duplicate_ids' });
    if (m.target.unitId && m.sourceIds.includes(m.target.unitId)) {
      ctx.addIssue({ code: 'custom', path: ['target', 'unitId'], message: 'v.merge_target_source' });
    }
  });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const SplitRequest = z
  .object({
    sourceId: Id,
    effectiveOn: CivilDate,
    /** `childIds`: the source's sub-units (open at effectiveOn) that go under this target; every one must be assigned. */
    targets: z
      .array(NewUnit.extend({ childIds: z.array(Id).max(500).default([]) }))
      .min(2)
      .max(20),
    decisionRef,
    note,
  })
  .superRefine((s, ctx) => {
    const all = s.targets.flatMap((t) => t.childIds);
    if (new Set(all).size !== all.length) ctx.addIssue({ code: 'custom', path: ['targets'], message: 'v.duplicate_ids' });
  });
export type SplitRequest = z.infer<typeof SplitRequest>;

export const MergeResult = z.object({ eventId: Id, targetId: Id, movedPeople: z.number().int() });
export const SplitResult = z.object({ eventId: Id, targetIds: z.array(Id) });

export const CreatePostRequest = z.object({
  title: RequiredText(TEXT.postTitle),
  isHead: z.boolean().default(false),
  isKey: z.boolean().default(false),
  cadreGroup: Text(TEXT.code).nullish(),
  rank: Int32(0, 10000).default(100),
  validFrom: CivilDate,
});
export const UpdatePostRequest = z.object({
  version,
  title: RequiredText(TEXT.postTitle),
  isHead: z.boolean(),
  isKey: z.boolean(),
  cadreGroup: Text(TEXT.code).nullable(),
  rank: Int32(0, 10000),
});
export const ClosePostRequest = z.object({ validTo: CivilDate, version });

export const TermView = z.object({
  id: z.string(),
  body: z.enum(['party', 'state']),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
});
export const TermList = z.object({ items: z.array(TermView) });
