// The appointment file's documents and the paged proposals list on a real database: 401; 404 outside the
// scope exactly like a missing proposal; 400 naming the form when the decision is not taken yet; the
// proposal, the summary of checks (with the 3 years of ratings) and the decision as PDF and Excel with their
// contents read back, each download audited; the dashboard's lists as Excel; the list paged with its total
// (no silent cut) and 400 naming pageSize past 200.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { pdfTexts } from '../../pdf/pdf-texts.test-support.js';
import { lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { verifyChain } from '../audit/index.js';
import { personnelFixture } from './personnel.test-support.js';

let t: TestContext;
let fx: Awaited<ReturnType<typeof personnelFixture>>;
const as = async (who: string, lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, fx.acc[who].username, fx.acc[who].password), lang);
const today = todayInVietnam();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const flat = (x: string) => x.replace(/\s+/g, '');
const pdfText = (buf: Buffer) => flat(pdfTexts(buf).join(''));

async function xlsxText(body: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => out.push(String(cell.value instanceof Date ? cell.value.toISOString() : cell.value))),
  );
  return out.join('|');
}

const body = (over: Record<string, unknown> = {}) => ({
  kind: 'appointment',
  personId: fx.candidate,
  postId: fx.secretaryPost,
  fromTenureId: fx.candidateTenure,
  effectiveDate: addDays(today, 1),
  plannedEndDate: null,
  reason: 'Kiện toàn chức danh Bí thư Đảng ủy xã',
  specialProcedure: false,
  underInvestigation: false,
  documents: { appraisal: true, assetDeclaration: true, health: true },
  ...over,
});

let appointmentId = '';
let transferId = '';

beforeAll(async () => {
  t = await createTestApp();
  fx = await personnelFixture(t.db);
  const org = await as('organising');
  const a = await org.post('/api/personnel/proposals', body());
  expect(a.statusCode, a.body).toBe(201);
  appointmentId = a.json().id;
  const b = await org.post(
    '/api/personnel/proposals',
    body({ kind: 'transfer', personId: fx.standingPerson, postId: fx.divisionPost, fromTenureId: null }),
  );
  expect(b.statusCode, b.body).toBe(201);
  transferId = b.json().id;
}, 180_000);
afterAll(async () => t?.close());

describe('GET /api/personnel/proposals (paged)', () => {
  it('pages the subtree’s proposals with their total: every proposal reachable, none cut', async () => {
    const reader = await as('inspection');
    const q = `/api/personnel/proposals?unitId=${fx.tree.provinceId}`;
    const first = (await reader.get(`${q}&pageSize=1`)).json();
    const second = (await reader.get(`${q}&pageSize=1&page=2`)).json();
    const past = (await reader.get(`${q}&pageSize=1&page=3`)).json();
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect([first.items[0].id, second.items[0].id].sort()).toEqual([appointmentId, transferId].sort());
    expect(past).toMatchObject({ items: [], total: 2, page: 3 });
    const proposed = (await reader.get(`${q}&status=approved`)).json();
    expect(proposed).toMatchObject({ items: [], total: 0 });
  });

  it('400 naming pageSize past 200 or below 1', async () => {
    const reader = await as('inspection', 'en');
    for (const size of ['0', '201']) {
      const res = await reader.get(`/api/personnel/proposals?unitId=${fx.tree.provinceId}&pageSize=${size}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().details[0].field).toBe('pageSize');
    }
  });
});

describe('GET /api/personnel/proposals/:id/<form>.(pdf|xlsx)', () => {
  it('401 without a session; 404 for another commune exactly like a missing proposal', async () => {
    for (const ext of ['pdf', 'xlsx']) {
      expect((await client(t.app, null).get(`/api/personnel/proposals/${appointmentId}/proposal.${ext}`)).statusCode).toBe(401);
      const other = await as('otherOrganising');
      const foreign = await other.get(`/api/personnel/proposals/${appointmentId}/checks.${ext}`);
      const missing = await other.get(`/api/personnel/proposals/${randomUUID()}/checks.${ext}`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
      expect((await (await as('candidate')).get(`/api/personnel/proposals/${appointmentId}/proposal.${ext}`)).statusCode).toBe(404);
    }
  });

  it('400 naming the form before the decision is taken; nothing audited', async () => {
    const res = await (await as('organising')).get(`/api/personnel/proposals/${appointmentId}/decision.pdf`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('form');
    expect(res.json().details[0].message).toContain('chưa được quyết định');
    const xlsx = await (await as('organising')).get(`/api/personnel/proposals/${appointmentId}/decision.xlsx`);
    expect(xlsx.json().details[0].field).toBe('form');
    expect((await lastAudit(t.db, 'personnel_proposal', appointmentId))?.action).toBe('personnel.propose');
  });

  it('prints the proposal (tờ trình) with the post, the file’s documents, the ratings and the checks; audited', async () => {
    const res = await (await as('organising')).get(`/api/personnel/proposals/${appointmentId}/proposal.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('.pdf');
    const text = pdfText(res.rawPayload);
    for (const s of ['ĐẢNGCỘNGSẢNVIỆTNAM', 'TỜTRÌNH', 'bổnhiệm', 'Kínhgửi:BanThườngvụ', 'Giấychứngnhậnsứckhỏe', 'Quyđịnh377-QĐ/TW'])
      expect(text).toContain(s);
    const audit = await lastAudit(t.db, 'personnel_proposal', appointmentId);
    expect(audit).toMatchObject({ action: 'personnel.export' });
  });

  it('prints the summary of checks with the 3 years of ratings as Excel', async () => {
    const res = await (await as('inspection')).get(`/api/personnel/proposals/${appointmentId}/checks.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const text = await xlsxText(res.rawPayload);
    expect(text).toContain('BẢNG TỔNG HỢP RÀ SOÁT');
    expect(text).toContain('Kết luận 210-KL/TW');
    const year = Number(today.slice(0, 4));
    // The last three years' ratings (decided or not yet): each year on its row.
    expect([year - 1, year - 2, year - 3, year, year - 4].filter((y) => text.includes(`|${y}|`)).length).toBeGreaterThanOrEqual(3);
    // The documents check says the file is complete.
    expect(text).toContain('hồ sơ đủ');
  });

  it('prints the decision once approved: number, date, article naming the person and post, the signer', async () => {
    const ps = await as('provinceStanding');
    const v = (await ps.get(`/api/personnel/proposals/${appointmentId}`)).json();
    const ok = await ps.post(`/api/personnel/proposals/${appointmentId}/decide`, {
      version: v.version,
      outcome: 'approved',
      decisionRef: '321-QĐ/TU',
      decisionDate: today,
      signer: 'Nguyễn Văn Ký',
      vote: null,
      exceptions: [],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    for (const ext of ['pdf', 'xlsx'] as const) {
      const res = await ps.get(`/api/personnel/proposals/${appointmentId}/decision.${ext}`);
      expect(res.statusCode).toBe(200);
      const text = ext === 'pdf' ? pdfText(res.rawPayload) : flat(await xlsxText(res.rawPayload));
      for (const s of ['QUYẾTĐỊNH', '321-QĐ/TU', 'Điều1.Bổnhiệm', 'NguyễnVănKý', flat(formatViDate(addDays(today, 1)))])
        expect(text).toContain(s);
    }
    // The person reads their own decided move's decision.
    expect((await (await as('candidate')).get(`/api/personnel/proposals/${appointmentId}/decision.pdf`)).statusCode).toBe(200);
    expect((await verifyChain(t.db)).intact).toBe(true);
  });
});

describe('GET /api/personnel/people/:personId/moves', () => {
  it('links the tenures to the decision that created and ended them; the person sees their own; 404 outside the scope', async () => {
    const own = await (await as('candidate')).get(`/api/personnel/people/${fx.candidate}/moves`);
    expect(own.statusCode).toBe(200);
    const [move] = own.json().items;
    expect(move).toMatchObject({
      id: appointmentId,
      kind: 'appointment',
      decision: { ref: '321-QĐ/TU', date: today, signer: 'Nguyễn Văn Ký' },
    });
    const started = await t.db
      .selectFrom('tenure')
      .select('id')
      .where('person_id', '=', fx.candidate)
      .where('end_date', 'is', null)
      .executeTakeFirstOrThrow();
    expect(move.tenures).toEqual(
      expect.arrayContaining([
        { id: started.id, effect: 'started' },
        { id: fx.candidateTenure, effect: 'ended' },
      ]),
    );
    expect((await (await as('inspection')).get(`/api/personnel/people/${fx.candidate}/moves`)).json().items).toHaveLength(1);
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/personnel/people/${fx.candidate}/moves`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual((await other.get(`/api/personnel/people/${randomUUID()}/moves`)).json());
    // Another person's moves are not the candidate's to read.
    expect((await (await as('candidate')).get(`/api/personnel/people/${fx.standingPerson}/moves`)).statusCode).toBe(404);
  });
});

describe('GET /api/personnel/dashboard.xlsx', () => {
  it('lists the people behind the dashboard’s figures; 404 outside the scope; audited', async () => {
    const ps = await as('provinceStanding');
    const res = await ps.get(`/api/personnel/dashboard.xlsx?unitId=${fx.tree.provinceId}&asOf=${addDays(today, 1)}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const text = await xlsxText(res.rawPayload);
    expect(text).toContain('1/1 không phải người địa phương');
    const p = await t.db.selectFrom('person').selectAll().where('id', '=', fx.candidate).executeTakeFirstOrThrow();
    expect(text).toContain([p.family_name, p.middle_name, p.given_name].filter(Boolean).join(' '));
    expect((await lastAudit(t.db, 'org_unit', fx.tree.provinceId))?.action).toBe('personnel.export');
    expect((await (await as('otherOrganising')).get(`/api/personnel/dashboard.xlsx?unitId=${fx.tree.communeA}`)).statusCode).toBe(404);
  });
});
