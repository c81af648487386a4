// The people spreadsheet format: one column per field, Vietnamese headers. Headers are matched
// after folding diacritics, case and punctuation, so "Ngày sinh (dd/mm/yyyy)" or "NGAY SINH"
// still map. The headers are part of the file format (the template, the error sheet and the export
// use them), so they are fixed Vietnamese strings; explanations go through i18n.
import { foldDiacritics } from '../../../domain/names.js';

export type ColumnKey =
  | 'familyName'
  | 'middleName'
  | 'givenName'
  | 'fullName'
  | 'gender'
  | 'dateOfBirth'
  | 'unitId'
  | 'unitName'
  | 'hometown'
  | 'birthplace'
  | 'ethnicity'
  | 'religion'
  | 'citizenId'
  | 'educationLevel'
  | 'professionalQualification'
  | 'politicalTheoryLevel'
  | 'stateManagementLevel'
  | 'partyAdmissionDate'
  | 'partyFullDate'
  | 'kind'
  | 'cadreGroup'
  | 'phone'
  | 'email';

export type ColumnFormat = 'text' | 'date' | 'enum' | 'digits' | 'place';

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  /** Folded alternative headers (Vietnamese variants and English). */
  aliases: string[];
  required: boolean;
  format: ColumnFormat;
  /** Allowed values as shown to the user (enumerations). */
  values?: Array<{ label: string; value: string }>;
  width: number;
  /** In the template (columns left out are still accepted on import). */
  inTemplate: boolean;
}

export const KIND_VALUES = [
  { label: 'Cán bộ', value: 'cadre' },
  { label: 'Công chức', value: 'civil_servant' },
  { label: 'Viên chức', value: 'public_employee' },
  { label: 'Đảng viên', value: 'party_member' },
];
export const GENDER_VALUES = [
  { label: 'Nam', value: 'male' },
  { label: 'Nữ', value: 'female' },
];

const col = (
  key: ColumnKey,
  header: string,
  format: ColumnFormat,
  width: number,
  aliases: string[] = [],
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({
  key,
  header,
  aliases,
  format,
  width,
  required: false,
  inTemplate: true,
  ...extra,
});

export const COLUMNS: ColumnDef[] = [
  col('familyName', 'Họ', 'text', 12, ['family name', 'surname'], { required: true }),
  col('middleName', 'Tên đệm', 'text', 16, ['ten lot', 'dem', 'middle name']),
  col('givenName', 'Tên', 'text', 12, ['given name', 'first name'], { required: true }),
  col('fullName', 'Họ và tên', 'text', 26, ['ho ten', 'ho va ten khai sinh', 'full name'], { inTemplate: false }),
  col('gender', 'Giới tính', 'enum', 10, ['gender', 'sex'], { required: true, values: GENDER_VALUES }),
  col('dateOfBirth', 'Ngày sinh', 'date', 13, ['ngay thang nam sinh', 'sinh ngay', 'date of birth'], { required: true }),
  col('unitId', 'Mã đơn vị', 'text', 38, ['unit id'], { inTemplate: false }),
  col('unitName', 'Đơn vị', 'text', 30, ['ten don vi', 'don vi cong tac', 'co quan don vi', 'unit']),
  col('hometown', 'Quê quán', 'place', 32, ['que', 'hometown']),
  col('birthplace', 'Nơi sinh', 'place', 32, ['birthplace', 'place of birth']),
  col('ethnicity', 'Dân tộc', 'text', 10, ['ethnicity']),
  col('religion', 'Tôn giáo', 'text', 12, ['religion']),
  col('citizenId', 'Số CCCD', 'digits', 16, [
    'cccd',
    'so can cuoc cong dan',
    'so can cuoc',
    'so dinh danh ca nhan',
    'so dinh danh',
    'citizen id',
  ]),
  col('educationLevel', 'Trình độ học vấn', 'text', 14, [
    'hoc van',
    'giao duc pho thong',
    'trinh do giao duc pho thong',
    'education level',
  ]),
  col('professionalQualification', 'Chuyên môn', 'text', 24, ['trinh do chuyen mon', 'chuyen mon nghiep vu', 'professional qualification']),
  col('politicalTheoryLevel', 'Lý luận chính trị', 'text', 16, ['trinh do ly luan chinh tri', 'llct', 'political theory']),
  col('stateManagementLevel', 'Quản lý nhà nước', 'text', 16, ['trinh do quan ly nha nuoc', 'qlnn', 'state management']),
  col('partyAdmissionDate', 'Ngày vào Đảng', 'date', 14, ['ngay ket nap dang', 'ngay ket nap', 'party admission date']),
  col('partyFullDate', 'Ngày chính thức', 'date', 14, ['ngay vao dang chinh thuc', 'ngay chinh thuc vao dang', 'party full date']),
  col('kind', 'Loại', 'enum', 13, ['loai can bo', 'doi tuong', 'kind'], { required: true, values: KIND_VALUES }),
  col('cadreGroup', 'Nhóm đối tượng', 'text', 18, ['nhom doi tuong can bo', 'nhom can bo', 'cadre group']),
  col('phone', 'Điện thoại', 'digits', 14, ['so dien thoai', 'sdt', 'dt', 'phone']),
  col('email', 'Email', 'text', 26, ['thu dien tu', 'e mail']),
];

/**
 * Headers that are recognised and skipped: a running number, the error column of our own error sheet,
 * and the columns our export adds that the system derives (posts come from tenures, the retirement
 * date from the birth date), so an exported file imports back as it is.
 */
const IGNORED_HEADERS = new Set([
  'stt',
  'tt',
  'so tt',
  'so thu tu',
  'no',
  'loi',
  'errors',
  'error',
  'chuc vu',
  'posts',
  'ngay nghi huu',
  'retirement date',
]);
export const ERROR_HEADER = 'Lỗi';

/** Folds a header: no diacritics, lower case, no "(...)" note, no '*', punctuation as spaces. */
export function foldHeader(text: string): string {
  return foldDiacritics(text.replace(/\([^)]*\)/g, ' ').replace(/[*:_.\-/\\]+/g, ' '));
}

const BY_HEADER = new Map<string, ColumnDef>();
for (const c of COLUMNS) {
  BY_HEADER.set(foldHeader(c.header), c);
  for (const a of c.aliases) BY_HEADER.set(a, c);
}

export interface HeaderMap {
  /** Column position (1-based, as in Excel) → column. */
  columns: Map<number, ColumnDef>;
  unknown: string[];
  duplicated: string[];
}

/** Maps a header row (1-based positions) to columns; empty header cells are ignored. */
export function mapHeaders(headers: Map<number, string>): HeaderMap {
  const columns = new Map<number, ColumnDef>();
  const seen = new Set<ColumnKey>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  for (const [pos, text] of headers) {
    const folded = foldHeader(text);
    if (folded === '' || IGNORED_HEADERS.has(folded)) continue;
    const def = BY_HEADER.get(folded);
    if (!def) unknown.push(text.trim());
    else if (seen.has(def.key)) duplicated.push(text.trim());
    else {
      seen.add(def.key);
      columns.set(pos, def);
    }
  }
  return { columns, unknown, duplicated };
}

/** Required columns absent from the header row (a full-name column stands for the three name columns). */
export function missingColumns(map: HeaderMap): ColumnDef[] {
  const keys = new Set([...map.columns.values()].map((c) => c.key));
  const hasName = keys.has('fullName') || (keys.has('familyName') && keys.has('givenName'));
  return COLUMNS.filter((c) => c.required && !keys.has(c.key) && !(hasName && (c.key === 'familyName' || c.key === 'givenName')));
}

/** Enumeration cell → value: the Vietnamese label or the code, folded. */
export function enumValue(def: ColumnDef, text: string): string | null {
  const folded = foldDiacritics(text);
  const hit = def.values?.find((v) => foldDiacritics(v.label) === folded || v.value === folded);
  return hit ? hit.value : null;
}

export const columnByKey = (key: ColumnKey): ColumnDef => COLUMNS.find((c) => c.key === key)!;
