// Training records (đào tạo, bồi dưỡng), the post standards checked against them, the local
// training-support policy's claims, and the register of exemplary collectives and individuals.
import { z } from 'zod';
import {
  COURSE_LEVELS,
  COURSE_MODES,
  COURSE_RESULTS,
  DEFENCE_GROUPS,
  EXEMPLAR_CAMPAIGNS,
  FIELD_GROUPS,
  RECOGNITION_LEVELS,
} from '../domain/training/index.js';
import { CivilDate, Id, Int32, PageQuery, QueryInt, RequiredText, Text } from './common.js';
import { TEXT } from './limits.js';

export const FieldGroup = z.enum(FIELD_GROUPS);
export const CourseMode = z.enum(COURSE_MODES);
export const CourseResult = z.enum(COURSE_RESULTS);
export const CourseLevel = z.enum(COURSE_LEVELS);
export const DefenceGroup = z.enum(DEFENCE_GROUPS);
export const ExemplarCampaign = z.enum(EXEMPLAR_CAMPAIGNS);
export const RecognitionLevel = z.enum(RECOGNITION_LEVELS);

/** 0 = the profile is written for the first time; otherwise the version read (a stale one answers 409). */
const ProfileVersion = Int32(0).describe('The version read (0 when there is no training profile yet); a stale one answers 409');
const Version = Int32(1).describe('The version read; a stale one answers 409');
const Nullable = (max: number) => Text(max).nullable();

export const UpdateProfileRequest = z.object({
  fieldOfStudy: Nullable(TEXT.name),
  fieldGroup: FieldGroup.nullable(),
  itLevel: Nullable(TEXT.name),
  foreignLanguage: Nullable(TEXT.name),
  defenceSecurity: DefenceGroup.nullable(),
  leftServiceOn: CivilDate.nullable(),
  version: ProfileVersion,
});
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

export const CourseInput = z.object({
  name: RequiredText(TEXT.title),
  institution: RequiredText(TEXT.title),
  startDate: CivilDate,
  endDate: CivilDate.nullable(),
  mode: CourseMode,
  result: CourseResult,
  certificate: Nullable(TEXT.title),
  level: CourseLevel.nullable(),
  fieldGroup: FieldGroup.nullable(),
});
export type CourseInput = z.infer<typeof CourseInput>;
export const UpdateCourseRequest = CourseInput.extend({ version: Version });
export type UpdateCourseRequest = z.infer<typeof UpdateCourseRequest>;
export const DeleteCourseRequest = z.object({ version: Version });

export const PaymentRequest = z.object({
  amount: Int32(1).describe('Đồng, a whole number'),
  paidOn: CivilDate,
  decisionRef: RequiredText(TEXT.decisionRef),
});
export type PaymentRequest = z.infer<typeof PaymentRequest>;

const SupportStatus = z.enum(['not_supported', 'field_not_supported', 'not_completed', 'owed', 'paid', 'broken']);
export const SupportClaimView = z.object({
  status: SupportStatus,
  entitled: z.number(),
  paid: z.number(),
  outstanding: z.number(),
  refund: z.number(),
  serviceUntil: z.string().nullable(),
  /** The policy applied (its citation and the day it took effect), null when none was in force. */
  rule: z.string().nullable(),
  payments: z.array(z.object({ id: Id, amount: z.number(), paidOn: z.string(), decisionRef: z.string() })),
});
export type SupportClaimView = z.infer<typeof SupportClaimView>;

export const CourseView = CourseInput.extend({ id: Id, version: z.number(), support: SupportClaimView });
export type CourseView = z.infer<typeof CourseView>;

const StandardDimension = z.enum(['qualification', 'political_theory', 'state_management']);
export const PostStandardsView = z.object({
  postCode: z.string(),
  title: z.string(),
  /** 'held': a post the person holds now; 'planned': a post they are planned for. */
  relation: z.enum(['held', 'planned']),
  met: z.boolean(),
  checks: z.array(
    z.object({ dimension: StandardDimension, required: z.string(), held: z.string().nullable(), met: z.boolean(), message: z.string() }),
  ),
});
export type PostStandardsView = z.infer<typeof PostStandardsView>;

export const TrainingRecordView = z.object({
  personId: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  /** From the person record (edited there): the words offices write. */
  educationLevel: z.string().nullable(),
  professionalQualification: z.string().nullable(),
  politicalTheoryLevel: z.string().nullable(),
  stateManagementLevel: z.string().nullable(),
  profile: z.object({
    fieldOfStudy: z.string().nullable(),
    fieldGroup: FieldGroup.nullable(),
    /** The group was not chosen: suggested from the degree's words. */
    fieldGroupSuggested: z.boolean(),
    scienceTechnology: z.boolean(),
    itLevel: z.string().nullable(),
    foreignLanguage: z.string().nullable(),
    defenceSecurity: DefenceGroup.nullable(),
    leftServiceOn: z.string().nullable(),
    version: z.number(),
  }),
  courses: z.array(CourseView),
  standards: z.array(PostStandardsView),
  actions: z.object({ edit: z.boolean() }),
});
export type TrainingRecordView = z.infer<typeof TrainingRecordView>;

export const UnitQuery = z.object({ unitId: Id });
export const UnitYearQuery = z.object({ unitId: Id, year: QueryInt(2000, 2100) });

/** Who lacks the standard of a post they hold or are planned for, under a unit, on a day (default today); paged. */
export const StandardsGapQuery = PageQuery.extend({ at: CivilDate.optional() });
export const StandardsGapList = z.object({
  unitId: Id,
  at: z.string(),
  checked: z.number(),
  items: z.array(z.object({ personId: Id, name: z.string(), unitName: z.string(), posts: z.array(PostStandardsView) })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StandardsGapList = z.infer<typeof StandardsGapList>;

/** The training structure of a unit's people (for the charts). */
/** The structure on a day (default today): who was in service then, at the levels held then. */
export const StructureQuery = z.object({ at: CivilDate.optional() });
export const TrainingStructure = z.object({
  unitId: Id,
  at: z.string(),
  total: z.number(),
  qualification: z.record(z.string(), z.number()),
  politicalTheory: z.record(z.string(), z.number()),
  stateManagement: z.record(z.string(), z.number()),
  fieldGroups: z.record(z.string(), z.number()),
  /** IT and foreign language as the profile writes them (the words, 'none' when not recorded). */
  it: z.record(z.string(), z.number()),
  foreignLanguage: z.record(z.string(), z.number()),
  scienceTechnology: z.object({ count: z.number(), pct: z.number().nullable() }),
  /** The same by the unit each person belongs to (for the chart by unit). */
  byUnit: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      total: z.number(),
      university: z.number(),
      politicalHigh: z.number(),
      stateManagement: z.number(),
      it: z.number(),
      foreignLanguage: z.number(),
    }),
  ),
});
export type TrainingStructure = z.infer<typeof TrainingStructure>;

export const SupportQuery = PageQuery.extend({ year: QueryInt(2000, 2100) });
export const SupportList = z.object({
  unitId: Id,
  year: z.number(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totals: z.object({ entitled: z.number(), paid: z.number(), outstanding: z.number(), refund: z.number() }),
  items: z.array(
    z.object({
      personId: Id,
      name: z.string(),
      unitName: z.string(),
      course: z.object({ id: Id, name: z.string(), level: CourseLevel.nullable(), endDate: z.string().nullable() }),
      support: SupportClaimView,
    }),
  ),
});
export type SupportList = z.infer<typeof SupportList>;

export const TrainingImportResult = z.object({
  total: z.number(),
  inserted: z.number(),
  issues: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
export type TrainingImportResult = z.infer<typeof TrainingImportResult>;

// ---- Exemplars
export const NominateRequest = z
  .object({
    subject: z.enum(['person', 'collective']),
    personId: Id.nullable(),
    subjectUnitId: Id.nullable(),
    year: Int32(2000, 2100),
    campaign: ExemplarCampaign,
    achievement: RequiredText(TEXT.longReason),
    source: z.enum(['commendation', 'unit']),
  })
  .describe('A person (personId) or a collective (subjectUnitId), as `subject` says');
export type NominateRequest = z.infer<typeof NominateRequest>;

export const RecogniseRequest = z.object({
  level: RecognitionLevel,
  decisionRef: RequiredText(TEXT.decisionRef),
  decisionDate: CivilDate,
  version: Version,
});
export type RecogniseRequest = z.infer<typeof RecogniseRequest>;
export const DeclineRequest = z.object({ reason: RequiredText(TEXT.longReason), version: Version });
export type DeclineRequest = z.infer<typeof DeclineRequest>;

export const ExemplarView = z.object({
  id: Id,
  subject: z.enum(['person', 'collective']),
  personId: Id.nullable(),
  subjectUnitId: Id.nullable(),
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  year: z.number(),
  campaign: ExemplarCampaign,
  achievement: z.string(),
  source: z.enum(['commendation', 'unit']),
  status: z.enum(['nominated', 'recognised', 'declined']),
  level: RecognitionLevel.nullable(),
  decisionRef: z.string().nullable(),
  decisionDate: z.string().nullable(),
  declineReason: z.string().nullable(),
  version: z.number(),
  actions: z.object({ recognise: z.boolean() }),
});
export type ExemplarView = z.infer<typeof ExemplarView>;

export const ExemplarQuery = z.object({
  unitId: Id,
  year: QueryInt(2000, 2100).optional(),
  campaign: ExemplarCampaign.optional(),
  status: z.enum(['nominated', 'recognised', 'declined']).optional(),
  subject: z.enum(['person', 'collective']).optional(),
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 200).default(25),
});
export type ExemplarQuery = z.infer<typeof ExemplarQuery>;
export const ExemplarReportQuery = z.object({ unitId: Id, year: QueryInt(2000, 2100), campaign: ExemplarCampaign.optional() });
export type ExemplarReportQuery = z.infer<typeof ExemplarReportQuery>;

export const ExemplarList = z.object({ items: z.array(ExemplarView), actions: z.object({ nominate: z.boolean() }) });
export type ExemplarList = z.infer<typeof ExemplarList>;
/** GET /api/exemplars: one page of the register (a province recognises hundreds a year) with the total. */
export const ExemplarPage = ExemplarList.extend({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type ExemplarPage = z.infer<typeof ExemplarPage>;
