// Shapes shared by every endpoint: civil dates, ids, pagination, errors.
import { z } from 'zod';

export const CivilDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'v.date')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'v.date')
  .describe('Civil date YYYY-MM-DD');

/**
 * A UUID in any letter case, yielded in the canonical lower-case spelling that PostgreSQL stores,
 * so every comparison, audit hash and history look-up sees one spelling (decision 0006).
 */
export const Id = z.uuid().overwrite((s) => s.toLowerCase());

export const ErrorResponse = z.object({
  error: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** One pagination shape everywhere: page is 1-based. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const OkResponse = z.object({ ok: z.literal(true) });

export const Roles = ['admin', 'organising', 'standing', 'office', 'cadre', 'cell_secretary', 'inspection'] as const;
export const Role = z.enum(Roles);
export type Role = z.infer<typeof Role>;

export const Locale = z.enum(['vi', 'en']);
