// The HD 45 forms on a real database: 401, 404 outside the scope (like a missing plan), 400 naming the
// form when there is nothing to print (no decision, no ballot) and on a bad date; the plan, the age
// sheet, the tally and the approval decision as PDF and Excel with their contents read back, each audited.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { pdfTexts } from '../../pdf/pdf-texts.test-support.js';
import { lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { type PlanningWorld, holdLadderPost, planningWorld, qualifiedPerson } from './planning.test-support.js';

let t: TestContext;
let w: PlanningWorld;
const as = async (who: keyof PlanningWorld['accounts'], lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, w.accounts[who].username, w.accounts[who].password), lang);
const SECRETARY = 'commune.party.secretary';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Lines break inside words at hyphens and slashes: compare the text without whitespace.
const flat = (x: string) => x.replace(/\s+/g, '');
const pdfText = (buf: Buffer) => flat(pdfTexts(buf).join(''));

async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => {
    const cells: unknown[] = [];
    row.eachCell((cell) => cells.push(cell.value));
    rows.push(cells);
  });
  return rows;
}

let planId = '';
let version = 0;
const people: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  w = await planningWorld(t.db);
  const org = await as('organising');
  const plan = (await org.post('/api/planning/plans', { unitId: w.tree.communeA, termId: 'party-2030-2035' })).json();
  planId = plan.id;
  version = plan.version;
  for (const [given, dob] of [
    ['Ánh', '1978-02-01'],
    ['Bình', '1982-06-15'],
  ] as const) {
    const p = await qualifiedPerson(t.db, w.tree.communeA, { family_name: 'Nguyễn', given_name: given, date_of_birth: dob });
    await holdLadderPost(t.db, w.tree.communeA, p, 'commune.party.standing_deputy_secretary');
    const res = await org.post(`/api/planning/plans/${planId}/candidates`, { version, postCode: SECRETARY, personId: p, targetLevel: 1 });
    expect(res.statusCode, res.body).toBe(201);
    version = res.json().plan.version;
    people.push(p);
  }
}, 90_000);
afterAll(async () => t?.close());

describe('GET /api/planning/plans/:id/<form>.(pdf|xlsx)', () => {
  it('401 without a session; 404 for another commune exactly like a missing plan, and for a cadre', async () => {
    for (const ext of ['pdf', 'xlsx']) {
      expect((await client(t.app, null).get(`/api/planning/plans/${planId}/plan.${ext}`)).statusCode).toBe(401);
      const other = await as('otherOrganising');
      const foreign = await other.get(`/api/planning/plans/${planId}/ages.${ext}`);
      const missing = await other.get(`/api/planning/plans/${randomUUID()}/ages.${ext}`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
      expect((await (await as('cadre')).get(`/api/planning/plans/${planId}/plan.${ext}`)).statusCode).toBe(404);
      // The level above reads approved plans only: a draft's forms are as missing as the draft.
      expect((await (await as('provinceOrganising')).get(`/api/planning/plans/${planId}/plan.${ext}`)).statusCode).toBe(404);
    }
  });

  it('400 naming the form when there is nothing to print, and naming asOf on a bad date; nothing audited', async () => {
    const org = await as('organising');
    const decision = await org.get(`/api/planning/plans/${planId}/decision.pdf`);
    expect(decision.statusCode).toBe(400);
    expect(decision.json().details[0]).toMatchObject({ field: 'form' });
    expect(decision.json().details[0].message).toContain('chưa được phê duyệt');
    const tally = await org.get(`/api/planning/plans/${planId}/tally.xlsx`);
    expect(tally.statusCode).toBe(400);
    expect(tally.json().details[0].field).toBe('form');
    const bad = await org.get(`/api/planning/plans/${planId}/plan.pdf?asOf=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('asOf');
    expect((await lastAudit(t.db, 'planning_plan', planId))?.action).toBe('planning.plan.create');
  });

  it('the plan per post as PDF: the Party heading, the post, each candidate with target, age, qualification and ratings; audited', async () => {
    const res = await (await as('organising')).get(`/api/planning/plans/${planId}/plan.pdf`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent((res.headers['content-disposition'] as string).split("filename*=UTF-8''")[1])).toMatch(
      /^Danh sách quy hoạch - .+\.pdf$/,
    );
    const text = pdfText(res.rawPayload);
    for (const s of [
      'ĐẢNGCỘNGSẢNVIỆTNAM',
      'DANHSÁCHQUYHOẠCHCÁNBỘ',
      'BíthưĐảngủy(07/2030)',
      'NguyễnVănÁnh',
      'NguyễnVănBình',
      'Đốitượng1',
      '52tuổi5tháng',
      'Đềxuất',
    ]) {
      expect(text).toContain(s);
    }
    const audit = await lastAudit(t.db, 'planning_plan', planId);
    expect(audit?.action).toBe('planning.export');
    expect(audit?.after).toMatchObject({ document: 'plan', format: 'pdf', asOf: todayInVietnam() });
  });

  it('the age sheet as Excel: months left as numbers, the reference month, the rule met, the citation', async () => {
    const res = await (await as('inspection')).get(`/api/planning/plans/${planId}/ages.xlsx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const rows = await xlsxRows(res.rawPayload);
    const anh = rows.find((r) => r.includes('Nguyễn Văn Ánh'))!;
    expect(anh).toContain('07/2030');
    expect(anh).toContain('Đạt');
    // Born 02/1978, a man: retires at 62 (NĐ 135/2020 schedule) in 2040; 07/2030 leaves > 60 months.
    expect(anh.some((v) => typeof v === 'number' && v > 60 && v < 200)).toBe(true);
    expect(rows.flat().join(' ')).toContain('Quy định 377-QĐ/TW');
    expect((await lastAudit(t.db, 'planning_plan', planId))?.after).toMatchObject({ document: 'ages', format: 'xlsx' });
  });

  it('the tally after a ballot, and the approval decision with its number, date and list, as PDF and Excel', async () => {
    const org = await as('organising');
    const today = todayInVietnam();
    const ballot = await org.post(`/api/planning/plans/${planId}/ballots`, {
      version,
      postCode: SECRETARY,
      round: 1,
      heldOn: today,
      members: 15,
      present: 14,
      votes: [
        { personId: people[0], votes: 12 },
        { personId: people[1], votes: 5 },
      ],
    });
    expect(ballot.statusCode, ballot.body).toBe(200);
    version = ballot.json().version;
    const tally = await org.get(`/api/planning/plans/${planId}/tally.pdf`);
    expect(tally.statusCode, tally.body.slice(0, 300)).toBe(200);
    const tallyText = pdfText(tally.rawPayload);
    for (const s of ['BIÊNBẢNKIỂMPHIẾU', 'vòng1', 'có mặt 14'.replace(/\s/g, ''), 'NguyễnVănÁnh', 'Đạtngưỡng', 'Khôngđạtngưỡng', '85,7%']) {
      expect(tallyText).toContain(s);
    }
    const tallyXlsx = await xlsxRows((await org.get(`/api/planning/plans/${planId}/tally.xlsx`)).rawPayload);
    expect(tallyXlsx.find((r) => r.includes('Nguyễn Văn Ánh'))).toContain(12);

    const approved = await (
      await as('standing')
    ).post(`/api/planning/plans/${planId}/approve`, {
      version,
      decisionRef: '12-QĐ/ĐU',
      decisionDate: today,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const decision = await (await as('provinceOrganising')).get(`/api/planning/plans/${planId}/decision.pdf`);
    expect(decision.statusCode, decision.body.slice(0, 300)).toBe(200);
    const text = pdfText(decision.rawPayload);
    for (const s of [
      'Số:12-QĐ/ĐU',
      'QUYẾTĐỊNH',
      'Quyđịnhsố377-QĐ/TW',
      'Điều1.',
      '2lượtđồngchí',
      'T/MBANTHƯỜNGVỤ',
      'NguyễnVănÁnh',
      'NguyễnVănBình',
    ]) {
      expect(text).toContain(s);
    }
    const xlsx = await (await as('standing')).get(`/api/planning/plans/${planId}/decision.xlsx?lang=en`);
    expect(xlsx.statusCode).toBe(200);
    const words = (await xlsxRows(xlsx.rawPayload)).flat().join(' ');
    expect(words).toContain('DECISION');
    expect(words).toContain('12-QĐ/ĐU');
    expect((await lastAudit(t.db, 'planning_plan', planId))?.after).toMatchObject({ document: 'decision', format: 'xlsx' });
  });

  it('the unit’s cadence: the next term’s plan done the day it was approved; the report upward not recorded, so never done', async () => {
    const res = await (await as('organising')).get(`/api/planning/units/${w.tree.communeA}/plans`);
    expect(res.statusCode).toBe(200);
    const { cadence } = res.json();
    const year = Number(todayInVietnam().slice(0, 4));
    // The Party term in force (2025–2030 while this runs before 2030): its second year builds the next term's plan.
    expect(cadence.termName).toContain('2025');
    const next = cadence.items.find((i: { kind: string }) => i.kind === 'next_term_plan');
    expect(next).toMatchObject({ year: 2026, status: 'done', doneOn: todayInVietnam(), lateDone: year > 2026 });
    expect(next.rule).toContain('377-QĐ/TW');
    const reports = cadence.items.filter((i: { kind: string }) => i.kind === 'approval_report');
    expect(reports.map((i: { year: number }) => i.year)).toEqual(Array.from({ length: year - 2025 }, (_, k) => 2026 + k));
    expect(reports.every((i: { status: string }) => i.status !== 'done')).toBe(true);
  });
});
