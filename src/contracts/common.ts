// Shapes shared by every endpoint: civil dates, ids, pagination, errors — and the building blocks
// that carry the DATABASE's limits (contracts/limits.ts), so that no endpoint accepts a value its
// column cannot store as typed. Bad input is refused with the limit, never cut, rounded or clamped.
import { z } from 'zod';
import { DATE_MAX, DATE_MIN, type DecimalLimit, INT32_MAX, INT32_MIN } from './limits.js';

const isRealDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/** A calendar date 'YYYY-MM-DD' between DATE_MIN and DATE_MAX (year 10000 is refused, not a 500). */
export const CivilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'v.date')
  .refine(isRealDate, 'v.date')
  .check((ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(ctx.value) && (ctx.value < DATE_MIN || ctx.value > DATE_MAX)) {
      ctx.issues.push({ code: 'custom', message: 'v.date_range', input: ctx.value, params: { min: DATE_MIN, max: DATE_MAX } });
    }
  })
  .describe(`Civil date YYYY-MM-DD (${DATE_MIN} – ${DATE_MAX})`);

/** An instant with its offset (ISO 8601), its date within DATE_MIN … DATE_MAX. */
export const DateTime = z.iso
  .datetime({ offset: true })
  .check((ctx) => {
    const day = ctx.value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && (day < DATE_MIN || day > DATE_MAX)) {
      ctx.issues.push({ code: 'custom', message: 'v.date_range', input: ctx.value, params: { min: DATE_MIN, max: DATE_MAX } });
    }
  })
  .describe(`ISO date-time with offset, e.g. 2026-03-02T08:00:00+07:00 (${DATE_MIN} – ${DATE_MAX})`);

/**
 * A UUID in any letter case, yielded in the canonical lower-case spelling that PostgreSQL stores,
 * so every comparison, audit hash and history look-up sees one spelling (decision 0006).
 */
export const Id = z.uuid().overwrite((s) => s.toLowerCase());

/** Characters PostgreSQL `text` cannot store (NUL) or UTF-8 cannot encode (lone surrogates). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isStorableText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/**
 * Free text as stored: refuses NUL and lone surrogates, trims, normalises to Unicode NFC (what the
 * audit hash and the search rely on), then refuses more than `max` characters — never truncates.
 */
export const Text = (max: number) =>
  z.string().refine(isStorableText, 'v.text_chars').trim().normalize('NFC').max(max, 'v.text_max').describe(`At most ${max} characters`);

/** Text that must not be empty after trimming. */
export const RequiredText = (max: number) => Text(max).min(1, 'v.required');

/** Text taken exactly as typed (passwords): only the characters nothing could store are refused. */
export const RawText = (max: number) => z.string().refine(isStorableText, 'v.text_chars').max(max, 'v.text_max');

/** Refuses a number outside min … max with both ends in the message (the JSON schema gets them as meta). */
const inRange = (min: number, max: number) => (ctx: { value: number; issues: unknown[] }) => {
  const v = ctx.value;
  if (typeof v === 'number' && !Number.isNaN(v) && (v < min || v > max)) {
    ctx.issues.push({ code: 'custom', message: 'v.number_range', input: v, params: { min, max } });
  }
};

/** An integer a PostgreSQL `integer` column can hold; narrower bounds are given by the caller. */
export const Int32 = (min = INT32_MIN, max = INT32_MAX) =>
  z.number().check(inRange(min, max)).int('v.integer').meta({ minimum: min, maximum: max });

/** The same, read from a query string ('12' → 12; 'NaN', '1e99', '2147483648' are refused). */
export const QueryInt = (min = INT32_MIN, max = INT32_MAX) =>
  z.coerce.number().check(inRange(min, max)).int('v.integer').meta({ minimum: min, maximum: max });

/** Optimistic-lock version (integer column, starts at 1). */
/**
 * A date a person types for work still to come (a due date, a milestone, a plan item's due date) that
 * lies before today (Asia/Ho_Chi_Minh) is refused unless the request says it knowingly records a past
 * date — work already done, or a deadline set on paper earlier (decisions 0021, 0029).
 */
export const PastDueConfirmed = z
  .boolean()
  .default(false)
  .describe('true to record knowingly a due date that has already passed (otherwise such a date is refused)');

export const Version = Int32(1).describe('The version read; a stale one answers 409');

/** A decimal that fits its numeric(p, s) column exactly: within the range, at most `scale` decimals (never rounded). */
export const Decimal = (limit: DecimalLimit, opts: { min?: number; max?: number } = {}) => {
  const min = opts.min ?? limit.min;
  const max = opts.max ?? limit.max;
  return z
    .number()
    .check(inRange(min, max))
    .check((ctx) => {
      const v = ctx.value;
      if (Number.isFinite(v) && Number(v.toFixed(limit.scale)) !== v) {
        ctx.issues.push({ code: 'custom', message: 'v.decimals', input: v, params: { scale: limit.scale } });
      }
    })
    .meta({ minimum: min, maximum: max, description: `${min} – ${max}, at most ${limit.scale} decimals` });
};

export const ErrorResponse = z.object({
  error: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** One pagination shape everywhere: page is 1-based. */
export const PageQuery = z.object({
  page: QueryInt(1, 100000).default(1),
  pageSize: QueryInt(1, 200).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const OkResponse = z.object({ ok: z.literal(true) });

export const Roles = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'] as const;
export const Role = z.enum(Roles);
export type Role = z.infer<typeof Role>;

export const Locale = z.enum(['vi', 'en']);
