// Responsibilities as the API shows them: names of the person, units, term and field; no other
// personal data.
import type { ResponsibilityBrief, ResponsibilityView, WorkFieldView } from '../../../contracts/responsibilities.js';
import { fullName } from '../../../domain/names.js';
import type { Locale } from '../../i18n.js';
import type { ResponsibilityRow } from './responsibilities.queries.js';

export function presentWorkField(row: { code: string; name_vi: string; name_en: string; rank: number }, locale: Locale): WorkFieldView {
  return { code: row.code, name: locale === 'en' ? row.name_en : row.name_vi, rank: row.rank };
}

export function presentBrief(r: ResponsibilityRow, locale: Locale): ResponsibilityBrief {
  return {
    id: r.id,
    personId: r.person_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    termId: r.term_id,
    fieldCode: r.field_code,
    fieldName: r.field_code ? (locale === 'en' ? r.field_name_en : r.field_name_vi) : null,
    areaUnitId: r.area_unit_id,
    areaUnitName: r.area_name,
    note: r.note,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export function presentResponsibility(r: ResponsibilityRow, locale: Locale, canEdit: boolean): ResponsibilityView {
  return {
    ...presentBrief(r, locale),
    personName: fullName({ familyName: r.family_name, middleName: r.middle_name, givenName: r.given_name }),
    termName: r.term_name,
    version: r.version,
    actions: { edit: canEdit },
  };
}

/** What the audit trail keeps of a responsibility. */
export const auditFields = (r: ResponsibilityRow) => ({
  personId: r.person_id,
  unitId: r.unit_id,
  termId: r.term_id,
  fieldCode: r.field_code,
  areaUnitId: r.area_unit_id,
  note: r.note,
  validFrom: r.valid_from,
  validTo: r.valid_to,
});
