// Params of a RuleCheck made ready for a message template (STYLE.md: numbers vi-VN, dates dd/mm/yyyy,
// months mm/yyyy; codes shown through labels, never raw). Post codes and other data-dependent codes are
// labelled by the caller's `label` (it knows the post titles); the enums of these rules have labels here.
import { formatViDate, isCivilDate } from '../dates.js';
import { formatNumber } from '../numbers.js';
import { isCivilMonth } from './months.js';
import type { ParamValue } from './rule-check.js';

export type Locale = 'vi' | 'en';

const LABELS: Record<string, { vi: string; en: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'good' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'completed' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'not completed' },
  none: { vi: 'chưa xếp loại', en: 'not rated' },
  reprimand: { vi: 'khiển trách', en: 'reprimand' },
  warning: { vi: 'cảnh cáo', en: 'warning' },
  removal: { vi: 'cách chức', en: 'removal from office' },
  expulsion: { vi: 'khai trừ', en: 'expulsion' },
  qualification: { vi: 'trình độ chuyên môn', en: 'professional qualification' },
  political_theory: { vi: 'trình độ lý luận chính trị', en: 'political theory' },
  state_management: { vi: 'trình độ quản lý nhà nước', en: 'state management' },
  executive: { vi: 'Ban Chấp hành', en: 'the executive committee' },
  standing: { vi: 'Ban Thường vụ', en: 'the standing committee' },
  inspection: { vi: 'Ủy ban Kiểm tra', en: 'the inspection committee' },
  young: { vi: 'cán bộ trẻ', en: 'young cadres' },
  female: { vi: 'cán bộ nữ', en: 'women' },
  ethnicMinority: { vi: 'cán bộ người dân tộc thiểu số', en: 'ethnic minorities' },
  scienceTechnology: { vi: 'cán bộ khoa học – công nghệ', en: 'science and technology' },
  birthplace: { vi: 'nơi sinh', en: 'birthplace' },
  hometown: { vi: 'quê quán', en: 'hometown' },
  residence: { vi: 'thời gian sinh sống', en: 'years lived' },
  work: { vi: 'thời gian công tác', en: 'years worked' },
  present: { vi: 'số có mặt', en: 'those present' },
  members: { vi: 'tổng số thành viên', en: 'all members' },
};

// Calendar years are written as they are (2025, never 2.025).
const isYearKey = (key: string) => key === 'year' || (/Years?$/.test(key) && !/^(residence|work)Years$/.test(key));

function one(
  v: string | number | boolean | null,
  locale: Locale,
  key: string,
  label?: (key: string, value: string) => string | undefined,
): string {
  if (v === null) return '—';
  if (typeof v === 'number' && isYearKey(key)) return String(v);
  if (typeof v === 'boolean') return locale === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (typeof v === 'number') return formatNumber(v, { decimals: 2 }, locale);
  // isCivilDate / isCivilMonth are type guards on unknown: test a copy so `v` keeps its string type.
  const probe: unknown = v;
  if (isCivilDate(probe)) return formatViDate(v);
  if (isCivilMonth(probe)) return `${v.slice(5, 7)}/${v.slice(0, 4)}`;
  return label?.(key, v) ?? LABELS[v]?.[locale] ?? v;
}

const isList = (v: ParamValue): v is ReadonlyArray<string | number> => Array.isArray(v);

/** Hiển thị theo quy ước (STYLE.md: số vi-VN, ngày dd/mm/yyyy): every param of a check as text for the message template, `rule` kept as is. */
export function formatRuleParams(
  params: Record<string, ParamValue>,
  rule: string,
  locale: Locale,
  label?: (key: string, value: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = { rule };
  for (const [k, v] of Object.entries(params)) {
    out[k] = isList(v) ? v.map((x) => one(x, locale, k, label)).join(', ') : one(v, locale, k, label);
  }
  return out;
}
