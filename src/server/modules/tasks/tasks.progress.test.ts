// Progress reports (JSON and multipart with attachments) and attachment downloads.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../test/harness.js';
import { type World, buildWorld, detail, expectAudit, expectField, issue } from './tasks.test-support.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w?.t.close());

interface Part {
  name: string;
  value: string | Buffer;
  filename?: string;
  type?: string;
}
function multipart(parts: Part[]) {
  const boundary = `----canbo${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disp = p.filename ? `form-data; name="${p.name}"; filename="${p.filename}"` : `form-data; name="${p.name}"`;
    const type = p.filename ? `\r\nContent-Type: ${p.type ?? 'application/octet-stream'}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disp}${type}\r\n\r\n`), Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const report = (s: World['s'][keyof World['s']] | null, id: string, body: unknown) =>
  client(w.t.app, s).post(`/api/tasks/${id}/progress`, body);

describe('POST /api/tasks/:id/progress', () => {
  it('answers 401, 404 from another commune, 403 to a bystander, 400 naming the field', async () => {
    const task = await issue(w);
    expect((await report(null, task.id, { progress: 10 })).statusCode).toBe(401);
    expect((await report(w.s.cadreB, task.id, { progress: 10 })).statusCode).toBe(404);
    expect((await report(w.s.bystander, task.id, { progress: 10 })).statusCode).toBe(403);
    expect((await report(w.s.standing, task.id, { progress: 10 })).statusCode).toBe(403);
    expectField(await report(w.s.lead, task.id, { progress: 101 }), 'progress');
    expectField(await report(w.s.lead, task.id, { note: 'x' }), 'progress');
    expect((await detail(w, w.s.lead, task.id)).progressReports).toEqual([]);
  });

  it('a supporting assignee reports by JSON: progress set, task in progress, audited', async () => {
    const task = await issue(w);
    const res = await report(w.s.support, task.id, { progress: 40, note: 'Đã rà soát 2/5 thôn' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ progress: 40, status: 'in_progress', version: 2 });
    expect(res.json().progressReports).toEqual([
      expect.objectContaining({
        progress: 40,
        note: 'Đã rà soát 2/5 thôn',
        person: { id: w.people.support, fullName: 'Phạm Văn Phối' },
        attachments: [],
      }),
    ]);
    const ev = await expectAudit(w, task.id, 'task.progress');
    expect(ev.after).toMatchObject({ progress: 40, note: 'Đã rà soát 2/5 thôn' });
    expect((await report(w.s.lead, task.id, { progress: 50, version: 1 })).statusCode).toBe(409);
  });

  it('the lead reports with attachments; they download with their type, only within the scope', async () => {
    const task = await issue(w);
    const pdf = Buffer.from('%PDF-1.4 biên bản');
    const csv = Buffer.from('thôn,số hộ\nĐông,120\n');
    const { payload, headers } = multipart([
      { name: 'progress', value: '60' },
      { name: 'note', value: 'Kèm biên bản' },
      { name: 'files', value: pdf, filename: 'biên bản.pdf', type: 'application/pdf' },
      { name: 'files', value: csv, filename: 'so-lieu.csv', type: 'text/csv' },
    ]);
    const res = await client(w.t.app, w.s.lead).post(`/api/tasks/${task.id}/progress`, payload, { headers });
    expect(res.statusCode).toBe(201);
    const files = res.json().progressReports[0].attachments;
    expect(files).toEqual([
      expect.objectContaining({ fileName: 'biên bản.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length }),
      expect.objectContaining({ fileName: 'so-lieu.csv', mimeType: 'text/csv', sizeBytes: csv.length }),
    ]);
    const ev = await expectAudit(w, task.id, 'task.progress');
    expect((ev.after as { attachments: unknown[] }).attachments).toHaveLength(2);
    const pdfId = files.find((f: { fileName: string }) => f.fileName === 'biên bản.pdf').id;
    const down = await client(w.t.app, w.s.bystander).get(`/api/attachments/${pdfId}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('biên bản.pdf')}`);
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect((await client(w.t.app, null).get(`/api/attachments/${pdfId}`)).statusCode).toBe(401);
    expect((await client(w.t.app, w.s.cadreB).get(`/api/attachments/${pdfId}`)).statusCode).toBe(404);
    expect((await client(w.t.app, w.s.standingB).get(`/api/attachments/${pdfId}`)).statusCode).toBe(404);
    expect((await client(w.t.app, w.s.lead).get(`/api/attachments/${randomUUID()}`)).statusCode).toBe(404);
    expectField(await client(w.t.app, w.s.lead).get('/api/attachments/abc'), 'id');
  });

  it('refuses a file over 10 MB naming it, and a bad multipart field, writing nothing', async () => {
    const task = await issue(w);
    const big = multipart([
      { name: 'progress', value: '10' },
      { name: 'files', value: Buffer.alloc(10 * 1024 * 1024 + 1), filename: 'lon.bin' },
    ]);
    expectField(await client(w.t.app, w.s.lead).post(`/api/tasks/${task.id}/progress`, big.payload, { headers: big.headers }), 'files.0');
    const bad = multipart([{ name: 'progress', value: 'nhiều' }]);
    expectField(await client(w.t.app, w.s.lead).post(`/api/tasks/${task.id}/progress`, bad.payload, { headers: bad.headers }), 'progress');
    expect((await detail(w, w.s.lead, task.id)).progressReports).toEqual([]);
  });
});
