// People (cán bộ, công chức, viên chức, đảng viên): records, lists, tenures.
import { z } from 'zod';
import { CivilDate, Id, pageOf, PageQuery, QueryInt, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

export const PersonKinds = ['cadre', 'civil_servant', 'public_employee', 'party_member'] as const;
export const PersonKind = z.enum(PersonKinds);
export const Gender = z.enum(['male', 'female']);
export const TenureHows = ['elected', 'appointed', 'rotated', 'transferred', 'concurrent'] as const;
export const TenureHow = z.enum(TenureHows);

const name = RequiredText(TEXT.personName);
const optText = (max: number) => Text(max).nullish();

/** Editable fields of a person record (create and update share it). */
export const PersonInput = z
  .object({
    unitId: Id,
    familyName: name,
    middleName: Text(TEXT.personName).default(''),
    givenName: name,
    gender: Gender,
    dateOfBirth: CivilDate,
    birthplaceId: Text(TEXT.adminUnitId).nullish(),
    hometownId: Text(TEXT.adminUnitId).nullish(),
    ethnicity: RequiredText(TEXT.ethnicity).default('Kinh'),
    religion: Text(TEXT.religion).default(''),
    citizenId: z
      .string()
      .regex(/^\d{12}$/, 'v.citizen_id')
      .nullish(),
    educationLevel: optText(TEXT.educationLevel),
    professionalQualification: optText(TEXT.professionalQualification),
    politicalTheoryLevel: optText(TEXT.politicalTheoryLevel),
    stateManagementLevel: optText(TEXT.stateManagementLevel),
    partyAdmissionDate: CivilDate.nullish(),
    partyFullDate: CivilDate.nullish(),
    kind: PersonKind,
    cadreGroup: optText(TEXT.code),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+ .-]{6,20}$/, 'v.invalid_format')
      .nullish(),
    email: z.email().nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.partyFullDate && !p.partyAdmissionDate) ctx.addIssue({ code: 'custom', path: ['partyAdmissionDate'], message: 'v.required' });
    if (p.partyFullDate && p.partyAdmissionDate && p.partyFullDate < p.partyAdmissionDate) {
      ctx.addIssue({ code: 'custom', path: ['partyFullDate'], message: 'v.party_dates' });
    }
  });
export type PersonInput = z.infer<typeof PersonInput>;

export const PersonUpdate = z.object({ version: Version, changes: PersonInput });

export const PeopleSorts = ['name', '-name', 'dateOfBirth', '-dateOfBirth', 'retirement', 'unit'] as const;
export const PeopleQuery = PageQuery.extend({
  q: Text(TEXT.query)
    .optional()
    .describe(
      'Name, folded: "nguyen van an" finds "Nguyễn Văn An". In the name order, whole words rank first, then word starts, then matches inside a word ("yen": Yên before Nguyễn)',
    ),
  unitId: Id.optional().describe('Only people in this unit subtree'),
  kind: PersonKind.optional(),
  cadreGroup: Text(TEXT.code).optional(),
  postTitle: Text(TEXT.query).optional().describe('Holds a post whose title contains this (as of asOf)'),
  gender: Gender.optional(),
  asOf: CivilDate.optional(),
  sort: z.enum(PeopleSorts).default('name'),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** A list row: no citizen ID, no contact data. */
export const PersonListItem = z.object({
  id: Id,
  fullName: z.string(),
  gender: Gender,
  dateOfBirth: CivilDate,
  kind: PersonKind,
  cadreGroup: z.string().nullable(),
  unitId: Id,
  unitName: z.string(),
  posts: z.array(z.string()),
  hometownName: z.string().nullable(),
  retirementDate: CivilDate,
});
export const PeoplePage = pageOf(PersonListItem);

/** GET /api/people/names — names for pickers and filters, for every role (no other personal data). */
export const NameLookupQuery = z.object({
  q: Text(TEXT.query).optional().describe('Name, folded and ranked like the list search'),
  unitId: Id.optional().describe('Only people in this unit subtree'),
  limit: QueryInt(1, 50).default(20),
});
export type NameLookupQuery = z.infer<typeof NameLookupQuery>;
export const NameLookup = z.object({ items: z.array(z.object({ id: Id, fullName: z.string(), unitId: Id, unitName: z.string() })) });
export type NameLookup = z.infer<typeof NameLookup>;

export const AdminUnitRef = z.object({ id: z.string(), name: z.string(), path: z.string() }).nullable();

export const TenureView = z.object({
  id: Id,
  postId: Id,
  postTitle: z.string(),
  unitId: Id,
  unitName: z.string(),
  isHead: z.boolean(),
  isKey: z.boolean(),
  termId: z.string().nullable(),
  termName: z.string().nullable(),
  startDate: CivilDate,
  endDate: CivilDate.nullable(),
  how: TenureHow,
  decisionRef: z.string().nullable(),
  version: z.number().int(),
});

export const ResidenceView = z.object({
  id: Id,
  adminUnit: AdminUnitRef,
  address: z.string(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable(),
});

export const PersonDetail = z.object({
  id: Id,
  version: z.number().int(),
  fullName: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  gender: Gender,
  dateOfBirth: CivilDate,
  birthplace: AdminUnitRef,
  hometown: AdminUnitRef,
  ethnicity: z.string(),
  religion: z.string(),
  /** Present only for roles allowed to see it; null otherwise or when unknown. */
  citizenId: z.string().nullable(),
  citizenIdVisible: z.boolean(),
  educationLevel: z.string().nullable(),
  professionalQualification: z.string().nullable(),
  politicalTheoryLevel: z.string().nullable(),
  stateManagementLevel: z.string().nullable(),
  partyAdmissionDate: CivilDate.nullable(),
  partyFullDate: CivilDate.nullable(),
  kind: PersonKind,
  cadreGroup: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  unitId: Id,
  unitName: z.string(),
  retirement: z.object({ date: CivilDate, ageMonths: z.number().int(), rule: z.string() }),
  tenures: z.array(TenureView),
  residences: z.array(ResidenceView),
  actions: z.object({ edit: z.boolean(), addTenure: z.boolean(), viewAudit: z.boolean() }),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const TenureInput = z
  .object({
    postId: Id,
    termId: Text(TEXT.code).nullish(),
    startDate: CivilDate,
    endDate: CivilDate.nullish(),
    how: TenureHow,
    decisionRef: Text(TEXT.decisionRef).nullish(),
  })
  .refine((t) => !t.endDate || t.endDate >= t.startDate, { path: ['endDate'], message: 'v.date_order' });

export const TenureEnd = z.object({ endDate: CivilDate, version: Version, decisionRef: Text(TEXT.decisionRef).nullish() });

export const ResidenceInput = z
  .object({
    adminUnitId: Text(TEXT.adminUnitId).nullish(),
    address: Text(TEXT.address).default(''),
    validFrom: CivilDate,
    validTo: CivilDate.nullish(),
  })
  .refine((r) => !r.validTo || r.validTo > r.validFrom, { path: ['validTo'], message: 'v.date_order' });

/** Corrects a tenure entered by mistake (tenures are never deleted; the change is audited). */
export const TenureUpdate = z
  .object({
    version: Version,
    termId: Text(TEXT.code).nullish(),
    startDate: CivilDate,
    endDate: CivilDate.nullish(),
    how: TenureHow,
    decisionRef: Text(TEXT.decisionRef).nullish(),
  })
  .refine((t) => !t.endDate || t.endDate >= t.startDate, { path: ['endDate'], message: 'v.date_order' });
