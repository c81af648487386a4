// Responsibilities of committee members for a term: a field of work (lĩnh vực) or an area
// (địa bàn: a village, a cell) assigned by a unit. Work fields are reference data.
import { z } from 'zod';
import { CivilDate, Id, RequiredText, Text, Version } from './common.js';
import { TEXT } from './limits.js';

export const WorkFieldView = z.object({ code: z.string(), name: z.string(), rank: z.number().int() });
export const WorkFieldList = z.object({ items: z.array(WorkFieldView) });
export type WorkFieldView = z.infer<typeof WorkFieldView>;

/** Read: any role whose scope covers the assigning unit. unitId covers the unit's subtree. */
export const ResponsibilityQuery = z.object({
  unitId: Id.optional(),
  personId: Id.optional(),
  termId: RequiredText(TEXT.code).optional(),
  asOf: CivilDate.optional().describe('Responsibilities in force on this date. Default: today (Asia/Ho_Chi_Minh)'),
});
export type ResponsibilityQuery = z.infer<typeof ResponsibilityQuery>;

/** What other views (person, unit, task pages) show of a responsibility. */
export const ResponsibilityBrief = z.object({
  id: Id,
  personId: Id,
  unitId: Id,
  unitName: z.string(),
  termId: z.string().nullable(),
  fieldCode: z.string().nullable(),
  fieldName: z.string().nullable(),
  areaUnitId: Id.nullable(),
  areaUnitName: z.string().nullable(),
  note: z.string(),
  validFrom: CivilDate,
  validTo: CivilDate.nullable().describe('Exclusive; null = still in force'),
});
export type ResponsibilityBrief = z.infer<typeof ResponsibilityBrief>;

export const ResponsibilityView = ResponsibilityBrief.extend({
  personName: z.string(),
  termName: z.string().nullable(),
  version: z.number().int(),
  actions: z.object({ edit: z.boolean() }),
});
export type ResponsibilityView = z.infer<typeof ResponsibilityView>;
export const ResponsibilityList = z.object({ items: z.array(ResponsibilityView) });

const note = Text(TEXT.note);

export const CreateResponsibilityRequest = z
  .object({
    personId: Id,
    unitId: Id,
    termId: RequiredText(TEXT.code).nullish(),
    fieldCode: RequiredText(TEXT.code).nullish(),
    areaUnitId: Id.nullish(),
    note: note.default(''),
    validFrom: CivilDate,
    validTo: CivilDate.nullish(),
  })
  .superRefine((r, ctx) => {
    if (!r.fieldCode === !r.areaUnitId)
      ctx.addIssue({ code: 'custom', path: [r.fieldCode ? 'areaUnitId' : 'fieldCode'], message: 'v.field_or_area' });
    if (r.validTo && r.validTo <= r.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'v.date_order' });
  });
export type CreateResponsibilityRequest = z.infer<typeof CreateResponsibilityRequest>;

/** Edit the note or end the responsibility (validTo, exclusive; null reopens it). */
export const UpdateResponsibilityRequest = z.object({
  version: Version,
  note: note.optional(),
  validTo: CivilDate.nullish(),
});
export type UpdateResponsibilityRequest = z.infer<typeof UpdateResponsibilityRequest>;
