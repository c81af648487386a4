// Fields of study (ngành đào tạo) as a short classification, so that a unit's "share of science and
// technology cadres" can be counted (Hướng dẫn 45-HD/BTCTW asks for the structure of the plan; which
// groups count as science and technology is the setting planning.structure.scienceTechnologyFields).
// The record keeps the words of the degree ('Kỹ sư Thủy lợi'); the group is stored beside it, chosen by
// the organising body or, when left empty, suggested from the words by `suggestFieldGroup` [U].
import { foldDiacritics } from '../names.js';

export const FIELD_GROUPS = [
  'natural_sciences',
  'engineering_technology',
  'ict',
  'medicine_pharmacy',
  'agriculture_forestry_fisheries',
  'economics_business',
  'law',
  'politics_administration',
  'social_sciences_humanities',
  'education',
  'other',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

// Order matters: the first rule whose words occur wins ('Xây dựng Đảng' before 'Xây dựng').
const RULES: Array<[FieldGroup, readonly string[]]> = [
  ['politics_administration', ['xay dung dang', 'chinh tri', 'quan ly nha nuoc', 'hanh chinh', 'quan ly cong']],
  ['ict', ['cong nghe thong tin', 'tin hoc', 'khoa hoc may tinh', 'he thong thong tin', 'an toan thong tin']],
  ['agriculture_forestry_fisheries', ['nong nghiep', 'lam nghiep', 'lam sinh', 'thuy san', 'chan nuoi', 'thu y', 'trong trot', 'nong hoc']],
  ['medicine_pharmacy', ['y khoa', 'y te', 'bac si', 'duoc', 'dieu duong', 'y hoc']],
  [
    'engineering_technology',
    ['xay dung', 'thuy loi', 'giao thong', 'co khi', 'dien', 'dia chinh', 'dat dai', 'moi truong', 'ky thuat', 'cong nghe'],
  ],
  ['natural_sciences', ['toan', 'vat ly', 'hoa hoc', 'sinh hoc', 'dia ly tu nhien', 'khoa hoc tu nhien']],
  ['law', ['luat']],
  ['economics_business', ['kinh te', 'ke toan', 'tai chinh', 'ngan hang', 'kinh doanh', 'thuong mai', 'kiem toan']],
  ['education', ['su pham', 'giao duc']],
  ['social_sciences_humanities', ['van hoa', 'lich su', 'xa hoi', 'ngu van', 'bao chi', 'triet hoc', 'tam ly', 'ngon ngu']],
];

/** A suggested group for the words of a degree, or null when there are no words. 'Kỹ sư …' with no rule matched is engineering. */
export function suggestFieldGroup(words: string | null | undefined): FieldGroup | null {
  if (!words || !words.trim()) return null;
  const text = ` ${foldDiacritics(words).toLowerCase().replace(/\s+/g, ' ')} `;
  for (const [group, needles] of RULES) if (needles.some((n) => text.includes(n))) return group;
  return text.includes('ky su') ? 'engineering_technology' : 'other';
}

/** Whether a group counts as science and technology under the setting's list (planning.structure.scienceTechnologyFields). */
export function isScienceTechnology(group: string | null, scienceTechnologyFields: readonly string[]): boolean {
  return group !== null && scienceTechnologyFields.includes(group);
}

/** The group of a person's degree: the one chosen on the training profile, else suggested from the words of the field or of the record's professional qualification. */
export function fieldGroupOf(
  profile: { field_group: string | null; field_of_study: string | null } | undefined,
  qualification: string | null,
): { group: FieldGroup | null; suggested: boolean } {
  if (profile?.field_group) return { group: profile.field_group as FieldGroup, suggested: false };
  return { group: suggestFieldGroup(profile?.field_of_study ?? qualification), suggested: true };
}
