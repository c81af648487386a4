// Excel import and export of people.
//   GET  /api/people/import/template.xlsx          — empty template with instructions
//   POST /api/people/import?unitId=&mode=all|valid — multipart field "file" (.xlsx ≤ 20 MB) → 202 {jobId}
//        then poll GET /api/jobs/:id (contracts/jobs.ts); errors at GET /api/jobs/:id/errors.xlsx
//   GET  /api/people/export.xlsx?<PeopleQuery filters> — streamed workbook
import { z } from 'zod';
import { Id } from './common.js';
import { PeopleQuery } from './people.js';

export const ImportModes = ['all', 'valid'] as const;
/** all: any bad row refuses the whole file; valid: write the good rows, report the bad ones. */
export const ImportMode = z.enum(ImportModes);
export type ImportMode = z.infer<typeof ImportMode>;

export const ImportQuery = z.object({
  unitId: Id.describe('Target unit: people are placed in it or, by "Mã đơn vị"/"Đơn vị", in its subtree'),
  mode: ImportMode.default('all'),
});
export type ImportQuery = z.infer<typeof ImportQuery>;

export const ImportAccepted = z.object({ jobId: Id });

/** Same filters as GET /api/people, without paging (the whole filtered list is exported). */
export const ExportQuery = PeopleQuery.omit({ page: true, pageSize: true });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
