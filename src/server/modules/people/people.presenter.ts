// Presenters: every field listed explicitly. The citizen ID is never in a list item and is in a
// detail only when the policy allows it; audit snapshots carry it (the audit presenter masks it).
import type { z } from 'zod';
import type { AdminUnitRef, PersonDetail, PersonListItem, ResidenceView, TenureView } from '../../../contracts/people.js';
import { fullName } from '../../../domain/names.js';
import type { RetirementSchedule } from '../../../domain/retirement.js';
import type { ExportRow, ListRow } from './people.list.queries.js';
import type { PersonAccess } from './people.policy.js';
import type { PersonRow, residencesOf } from './people.queries.js';
import { retirementOf } from './people.retirement.js';
import type { TenureRow } from './tenures.queries.js';

export type AdminRef = NonNullable<z.infer<typeof AdminUnitRef>>;
export type PersonListRow = ListRow;

/** "Xã X, Tỉnh Y": the unit's name followed by its parents'. */
export function adminRefOf(row: { id: string; name: string; parent_name: string | null; grandparent_name: string | null }): AdminRef {
  return { id: row.id, name: row.name, path: [row.name, row.parent_name, row.grandparent_name].filter((s): s is string => !!s).join(', ') };
}

export const nameOf = (r: { family_name: string; middle_name: string; given_name: string }) =>
  fullName({ familyName: r.family_name, middleName: r.middle_name, givenName: r.given_name });

export interface ListContext {
  schedule: RetirementSchedule;
  /** Post titles held at the list's date, by person id. */
  posts: Map<string, string[]>;
  /** Administrative units by id, with their paths. */
  adminUnits: Map<string, AdminRef>;
}

export function presentListItem(row: PersonListRow, ctx: ListContext): z.infer<typeof PersonListItem> {
  return {
    id: row.id,
    fullName: nameOf(row),
    gender: row.gender,
    dateOfBirth: row.date_of_birth,
    kind: row.kind,
    cadreGroup: row.cadre_group,
    unitId: row.unit_id,
    unitName: row.unit_name,
    posts: ctx.posts.get(row.id) ?? [],
    hometownName: row.hometown_id ? (ctx.adminUnits.get(row.hometown_id)?.path ?? null) : null,
    retirementDate: retirementOf(row.gender, row.date_of_birth, ctx.schedule).date,
  };
}

/** An exported row: the list item plus the record's other fields, for Excel round trips. */
export interface PersonExportRow extends z.infer<typeof PersonListItem> {
  familyName: string;
  middleName: string;
  givenName: string;
  birthplaceId: string | null;
  birthplaceName: string | null;
  hometownId: string | null;
  ethnicity: string;
  religion: string;
  /** Only where the actor's citizen-ID roles cover the person's unit; null otherwise. */
  citizenId: string | null;
  educationLevel: string | null;
  professionalQualification: string | null;
  politicalTheoryLevel: string | null;
  stateManagementLevel: string | null;
  partyAdmissionDate: string | null;
  partyFullDate: string | null;
  phone: string | null;
  email: string | null;
}

export function presentExportRow(row: ExportRow, ctx: ListContext): PersonExportRow {
  return {
    ...presentListItem(row, ctx),
    familyName: row.family_name,
    middleName: row.middle_name,
    givenName: row.given_name,
    birthplaceId: row.birthplace_id,
    birthplaceName: row.birthplace_id ? (ctx.adminUnits.get(row.birthplace_id)?.path ?? null) : null,
    hometownId: row.hometown_id,
    ethnicity: row.ethnicity,
    religion: row.religion,
    citizenId: row.citizen_id,
    educationLevel: row.education_level,
    professionalQualification: row.professional_qualification,
    politicalTheoryLevel: row.political_theory_level,
    stateManagementLevel: row.state_management_level,
    partyAdmissionDate: row.party_admission_date,
    partyFullDate: row.party_full_date,
    phone: row.phone,
    email: row.email,
  };
}

export function presentTenure(t: TenureRow): z.infer<typeof TenureView> {
  return {
    id: t.id,
    postId: t.post_id,
    postTitle: t.post_title,
    unitId: t.unit_id,
    unitName: t.unit_name,
    isHead: t.is_head,
    isKey: t.is_key,
    termId: t.term_id,
    termName: t.term_name,
    startDate: t.start_date,
    endDate: t.end_date,
    how: t.how,
    decisionRef: t.decision_ref,
    version: t.version,
  };
}

type ResidenceRow = Awaited<ReturnType<typeof residencesOf>>[number];

export function presentResidence(r: ResidenceRow, adminUnits: Map<string, AdminRef>): z.infer<typeof ResidenceView> {
  return {
    id: r.id,
    adminUnit: r.admin_unit_id ? (adminUnits.get(r.admin_unit_id) ?? null) : null,
    address: r.address,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export interface DetailContext {
  schedule: RetirementSchedule;
  access: PersonAccess;
  tenures: TenureRow[];
  residences: ResidenceRow[];
  adminUnits: Map<string, AdminRef>;
}

export function presentDetail(p: PersonRow, ctx: DetailContext): PersonDetail {
  const ref = (id: string | null) => (id ? (ctx.adminUnits.get(id) ?? null) : null);
  return {
    id: p.id,
    version: p.version,
    fullName: nameOf(p),
    familyName: p.family_name,
    middleName: p.middle_name,
    givenName: p.given_name,
    gender: p.gender,
    dateOfBirth: p.date_of_birth,
    birthplace: ref(p.birthplace_id),
    hometown: ref(p.hometown_id),
    ethnicity: p.ethnicity,
    religion: p.religion,
    citizenId: ctx.access.citizenId ? p.citizen_id : null,
    citizenIdVisible: ctx.access.citizenId,
    educationLevel: p.education_level,
    professionalQualification: p.professional_qualification,
    politicalTheoryLevel: p.political_theory_level,
    stateManagementLevel: p.state_management_level,
    partyAdmissionDate: p.party_admission_date,
    partyFullDate: p.party_full_date,
    kind: p.kind,
    cadreGroup: p.cadre_group,
    phone: p.phone,
    email: p.email,
    unitId: p.unit_id,
    unitName: p.unit_name,
    retirement: retirementOf(p.gender, p.date_of_birth, ctx.schedule),
    tenures: ctx.tenures.map(presentTenure),
    residences: ctx.residences.map((r) => presentResidence(r, ctx.adminUnits)),
    actions: { edit: ctx.access.write, addTenure: ctx.access.write, viewAudit: ctx.access.audit },
  };
}

/** Every stored field, for the audit trail's before/after. */
export function auditSnapshot(p: Omit<PersonRow, 'unit_name'>) {
  return {
    unitId: p.unit_id,
    familyName: p.family_name,
    middleName: p.middle_name,
    givenName: p.given_name,
    gender: p.gender,
    dateOfBirth: p.date_of_birth,
    birthplaceId: p.birthplace_id,
    hometownId: p.hometown_id,
    ethnicity: p.ethnicity,
    religion: p.religion,
    citizenId: p.citizen_id,
    educationLevel: p.education_level,
    professionalQualification: p.professional_qualification,
    politicalTheoryLevel: p.political_theory_level,
    stateManagementLevel: p.state_management_level,
    partyAdmissionDate: p.party_admission_date,
    partyFullDate: p.party_full_date,
    kind: p.kind,
    cadreGroup: p.cadre_group,
    phone: p.phone,
    email: p.email,
    version: p.version,
  };
}

export function tenureSnapshot(t: {
  post_id: string;
  term_id: string | null;
  start_date: string;
  end_date: string | null;
  how: string;
  decision_ref: string | null;
  version: number;
}) {
  return {
    postId: t.post_id,
    termId: t.term_id,
    startDate: t.start_date,
    endDate: t.end_date,
    how: t.how,
    decisionRef: t.decision_ref,
    version: t.version,
  };
}
