// Unit indicators (chỉ tiêu): a target per unit and year, periodic actual values, progress.
import { z } from 'zod';
import { CivilDate, Decimal, Id, Int32, QueryInt, RequiredText, Text, Version } from './common.js';
import { INDICATOR_VALUE, TEXT } from './limits.js';

export const IndicatorDirection = z.enum(['increase', 'decrease']);
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;

/**
 * Common indicators of a commune, offered as suggestions (any code may be used).
 * `decrease`: lower is better (e.g. a ranking where 1 is best).
 */
export const IndicatorSuggestions = [
  {
    code: 'budget_revenue',
    nameVi: 'Thu ngân sách nhà nước trên địa bàn',
    nameEn: 'State budget revenue',
    measure: 'triệu đồng',
    direction: 'increase',
  },
  { code: 'land_clearance', nameVi: 'Tiến độ giải phóng mặt bằng', nameEn: 'Land clearance progress', measure: '%', direction: 'increase' },
  {
    code: 'new_party_members',
    nameVi: 'Kết nạp đảng viên mới',
    nameEn: 'New Party members admitted',
    measure: 'người',
    direction: 'increase',
  },
  {
    code: 'digital_citizens',
    nameVi: 'Người dân có tài khoản định danh điện tử',
    nameEn: 'Citizens with an electronic identity account',
    measure: '%',
    direction: 'increase',
  },
  {
    code: 'online_public_services',
    nameVi: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến',
    nameEn: 'Share of public services handled online',
    measure: '%',
    direction: 'increase',
  },
  {
    code: 'admin_reform_rank',
    nameVi: 'Xếp hạng chỉ số cải cách hành chính',
    nameEn: 'Administrative reform ranking',
    measure: 'hạng',
    direction: 'decrease',
  },
  // The basic socio-economic targets of Quy định 366-QĐ/TW, Điều 11, under the codes of the setting evaluation.basic_targets.
  { code: 'growth', nameVi: 'Tốc độ tăng trưởng kinh tế', nameEn: 'Economic growth rate', measure: '%', direction: 'increase' },
  {
    code: 'public_investment_disbursement',
    nameVi: 'Tỷ lệ giải ngân vốn đầu tư công',
    nameEn: 'Public-investment disbursement',
    measure: '%',
    direction: 'increase',
  },
  {
    code: 'per_capita_income',
    nameVi: 'Thu nhập bình quân đầu người',
    nameEn: 'Per-capita income',
    measure: 'triệu đồng',
    direction: 'increase',
  },
  { code: 'poverty_reduction', nameVi: 'Giảm tỷ lệ hộ nghèo', nameEn: 'Poverty reduction', measure: '%', direction: 'increase' },
] as const satisfies ReadonlyArray<{ code: string; nameVi: string; nameEn: string; measure: string; direction: IndicatorDirection }>;

export const IndicatorQuery = z.object({
  unitId: Id,
  year: QueryInt(2000, 2100).optional().describe('Default: this year (Asia/Ho_Chi_Minh)'),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

const value = Decimal(INDICATOR_VALUE);

export const IndicatorActualView = z.object({
  periodEnd: CivilDate,
  value: z.number(),
  note: z.string(),
  recordedAt: z.string().describe('ISO timestamp'),
});

export const IndicatorView = z.object({
  id: Id,
  unitId: Id,
  year: z.number().int(),
  code: z.string(),
  name: z.string(),
  measure: z.string(),
  target: z.number(),
  direction: IndicatorDirection,
  version: z.number().int(),
  /** Oldest period first. */
  actuals: z.array(IndicatorActualView),
  latest: z.object({ periodEnd: CivilDate, value: z.number() }).nullable(),
  /**
   * Progress against the target in percent (one decimal; above 100 = beyond the target), null
   * when undefined. increase: latest / target × 100 (null when target <= 0). decrease (lower is
   * better): target / latest × 100; a latest value of 0 counts as 100; null when target < 0 or
   * latest < 0.
   */
  progress: z.number().nullable(),
  actions: z.object({ edit: z.boolean() }),
});
export type IndicatorView = z.infer<typeof IndicatorView>;

export const IndicatorList = z.object({
  items: z.array(IndicatorView),
  actions: z.object({ create: z.boolean() }),
});
export type IndicatorList = z.infer<typeof IndicatorList>;

const name = RequiredText(TEXT.name);
const measure = Text(TEXT.measure);

export const CreateIndicatorRequest = z.object({
  unitId: Id,
  year: Int32(2000, 2100),
  code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'v.indicator_code'),
  name,
  measure: measure.default(''),
  target: value,
  direction: IndicatorDirection.default('increase'),
});
export type CreateIndicatorRequest = z.infer<typeof CreateIndicatorRequest>;

export const UpdateIndicatorRequest = z.object({
  version: Version,
  name,
  measure,
  target: value,
  direction: IndicatorDirection,
});
export type UpdateIndicatorRequest = z.infer<typeof UpdateIndicatorRequest>;

/** Records the value at the end of a period; a second value for the same period replaces it. */
export const RecordActualRequest = z.object({
  periodEnd: CivilDate,
  value,
  note: Text(TEXT.note).default(''),
});
export type RecordActualRequest = z.infer<typeof RecordActualRequest>;
