// The Party-cell rules as configuration (regulation settings 'cells.*', each with its effective date):
// the defaults below are the numbers of DOMAIN.md §5; the [U] ones (quality, dues) are marked
// `uncertain` and every explanation shows them as such. The citations live here, once.

export interface CellSettings {
  /** Điều lệ Đảng, Điều 5: probation from the admission ceremony. */
  probation: { months: number };
  /** Điều lệ Đảng, Điều 1 (from 18); 60 per Quy định 294-QĐ/TW: age at the cell's consideration, in months. */
  admissionAge: { minMonths: number; maxMonths: number };
  /** Điều lệ Đảng, Điều 8: months in a year of skipped meetings or unpaid dues before removal is considered. */
  removal: { months: number };
  /** Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW. */
  meeting: { minMinutes: number; minMinutesCombined: number; documentsLeadHours: number; themedEveryMonths: number };
  /** [U] the 2018 guide's "quality meeting". */
  quality: { attendanceAbovePercent: number; maxExcusedInARow: number };
  /** Hướng dẫn 06-HD/TW: official transfer deadlines in working days. */
  transfer: { fileWithinWorkingDays: number; presentWithinWorkingDays: number };
  /** [U] dues: a percentage of the monthly income, with a floor (VND). */
  dues: { percentOfIncome: number; minimumAmount: number };
}

export const CELL_SETTING_KEYS = {
  probation: 'cells.probation',
  admissionAge: 'cells.admission_age',
  removal: 'cells.removal',
  meeting: 'cells.meeting',
  quality: 'cells.quality',
  transfer: 'cells.transfer',
  dues: 'cells.dues',
} as const satisfies Record<keyof CellSettings, string>;

export const DEFAULT_CELL_SETTINGS: CellSettings = {
  probation: { months: 12 },
  admissionAge: { minMonths: 18 * 12, maxMonths: 60 * 12 },
  removal: { months: 3 },
  meeting: { minMinutes: 90, minMinutesCombined: 120, documentsLeadHours: 24, themedEveryMonths: 3 },
  quality: { attendanceAbovePercent: 85, maxExcusedInARow: 3 },
  transfer: { fileWithinWorkingDays: 60, presentWithinWorkingDays: 30 },
  dues: { percentOfIncome: 1, minimumAmount: 2000 },
};

/** The citation of each rule; `[U]` marks a default DOMAIN.md could not confirm. */
export const CELL_RULES = {
  probation: 'Điều lệ Đảng, Điều 5 (thời kỳ dự bị 12 tháng kể từ ngày kết nạp)',
  admissionAge: 'Điều lệ Đảng, Điều 1; Quy định 294-QĐ/TW (tuổi đời từ 18 đến 60 khi chi bộ xét kết nạp)',
  removal: 'Điều lệ Đảng, Điều 8 (bỏ sinh hoạt chi bộ hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng)',
  meeting: 'Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW (sinh hoạt thường kỳ hằng tháng, chuyên đề ít nhất mỗi quý)',
  quality: '[U] Hướng dẫn 12-HD/BTCTW (2018) (buổi sinh hoạt có chất lượng)',
  transfer: 'Hướng dẫn 06-HD/TW (nộp hồ sơ trong 60 ngày làm việc, trình diện chi bộ mới trong 30 ngày làm việc)',
  membership: 'Điều lệ Đảng, Điều 8; Hướng dẫn 06-HD/TW (đảng viên sinh hoạt chính thức ở một chi bộ)',
  dues: '[U] Quy định 01-QĐ/TW (chế độ đảng phí)',
} as const;
export type CellRule = keyof typeof CELL_RULES;

const posInt = (v: unknown, max = 100_000): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** The settings from their stored values (key → value), checked: a broken row is an error, never a silent default. */
export function cellSettingsFromRows(values: Record<string, unknown>): CellSettings {
  const out = {} as Record<keyof CellSettings, unknown>;
  for (const [field, key] of Object.entries(CELL_SETTING_KEYS) as Array<[keyof CellSettings, string]>) {
    const value = values[key];
    const shape = DEFAULT_CELL_SETTINGS[field] as unknown as Record<string, number>;
    if (typeof value !== 'object' || value === null) throw new Error(`setting ${key} is missing`);
    for (const k of Object.keys(shape)) {
      const v = (value as Record<string, unknown>)[k];
      if (!posInt(v)) throw new Error(`setting ${key}.${k} must be a whole number ≥ 0 (got ${JSON.stringify(v)})`);
    }
    out[field] = value;
  }
  const s = out as CellSettings;
  if (s.admissionAge.minMonths > s.admissionAge.maxMonths) throw new Error('setting cells.admission_age: minMonths > maxMonths');
  if (s.probation.months < 1 || s.removal.months < 1) throw new Error('settings cells.probation / cells.removal must be ≥ 1');
  return s;
}
