// People import: upload a workbook, then follow the job until it ends.
import type { z } from 'zod';
import type { ImportAccepted, ImportMode } from '../../../../contracts/people-excel.js';
import { api } from '../../../lib/api-client.js';

export const TEMPLATE_URL = '/api/people/import/template.xlsx';
export const errorFileUrl = (jobId: string) => `/api/jobs/${jobId}/errors.xlsx`;

export function uploadImport(file: File, unitId: string, mode: ImportMode) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<z.infer<typeof ImportAccepted>>('/api/people/import', form, { unitId, mode });
}
