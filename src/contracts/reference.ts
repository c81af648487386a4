// Administrative units (reference data): the 2025 two-tier list and the pre-2025 list.
import { z } from 'zod';
import { QueryInt, RequiredText, Text } from './common.js';
import { TEXT } from './limits.js';

export const AdminUnitEra = z.enum(['2025', 'pre2025']);
export const AdminUnitLevel = z.enum(['province', 'district', 'commune']);

export const AdminUnitsQuery = z.object({
  q: Text(TEXT.query).optional().describe('Name, without diacritics: "ba dinh" finds "Phường Ba Đình"'),
  era: AdminUnitEra.optional(),
  level: AdminUnitLevel.optional(),
  parentId: RequiredText(TEXT.adminUnitId).optional(),
  limit: QueryInt(1, 100).default(20),
});
export type AdminUnitsQuery = z.infer<typeof AdminUnitsQuery>;

export const AdminUnitView = z.object({
  id: z.string().describe("'2025:C:00004', 'pre:D:001', …"),
  code: z.string(),
  name: z.string(),
  type: z.string().describe("'xã', 'phường', 'tỉnh', …"),
  level: AdminUnitLevel,
  era: AdminUnitEra,
  parentId: z.string().nullable(),
  /** The unit and its parents: "Xã X, Tỉnh Y" or "Xã X, Huyện Z, Tỉnh Y". */
  path: z.string(),
});
export type AdminUnitView = z.infer<typeof AdminUnitView>;

export const AdminUnitLink = AdminUnitView.extend({ fullTransfer: z.boolean() });

export const AdminUnitDetail = AdminUnitView.extend({
  /** For pre-2025 units: the 2025 units they became part of. */
  successors: z.array(AdminUnitLink),
  /** For 2025 units: the pre-2025 units they were formed from. */
  predecessors: z.array(AdminUnitLink),
});
export type AdminUnitDetail = z.infer<typeof AdminUnitDetail>;

export const AdminUnitList = z.array(AdminUnitView);
