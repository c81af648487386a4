// Helpers for the people-excel API tests: multipart uploads, waiting for a job, reading sheets.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { XLSX_MIME } from '../../../contracts/people-excel.js';
import { type Session, client } from '../../test/harness.js';
import { jobSettled } from '../jobs/index.js';

export function multipart(buf: Buffer, filename = 'danh-sach.xlsx', field = 'file') {
  const boundary = `----canbo${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${XLSX_MIME}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, buf, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads `buf`, waits for the job to end and returns its final view. */
export async function importAndWait(app: FastifyInstance, s: Session, unitId: string, buf: Buffer, mode: 'all' | 'valid' = 'all') {
  const { payload, headers } = multipart(buf);
  const res = await client(app, s).post(`/api/people/import?unitId=${unitId}&mode=${mode}`, payload, { headers });
  if (res.statusCode !== 202) throw new Error(`import refused: ${res.statusCode} ${res.body}`);
  const { jobId } = res.json<{ jobId: string }>();
  await jobSettled(jobId);
  const job = await client(app, s).get(`/api/jobs/${jobId}`);
  return job.json();
}

/** The first worksheet's rows as arrays of plain values (index 0 = column A). */
export async function sheetRows(buf: Buffer, sheet = 0): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheet];
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
