// The printed documents against the JSON API: the form's PDF and workbook carry the same names and
// numbers as GET /api/evaluation/:id, written the Vietnamese way in the PDF ("5,5", "99,5") and kept
// as numbers with a Vietnamese number format in the workbook; the published list's workbook matches
// the evaluations list, with real dates. The HD 43 heading names the committee as the tree stood at
// the period's end (not one merged away before it), the place of the unit and the form's own date
// (not the download's), and the PDF's pages are numbered.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import { formatNumber } from '../../../domain/numbers.js';
import { tAny } from '../../i18n.js';
import { pdfTexts } from '../../pdf/pdf-texts.test-support.js';
import { createUnit } from '../../test/factories.js';
import { type TestContext, client, createTestApp } from '../../test/harness.js';
import { type Scene, buildScene, xlsxRows } from './evaluation-reports.test-support.js';

let ctx: TestContext;
let s: Scene;
const flat = (x: string) => x.replace(/\s+/g, '');
const vi = (n: number) => formatNumber(n, { decimals: 2 }, 'vi');

beforeAll(async () => {
  ctx = await createTestApp();
  s = await buildScene(ctx.app, ctx.db);
  const { communeA, provinceId } = s.c.tree;
  // The commune stands for an administrative unit (the place of the date line)…
  await ctx.db
    .insertInto('admin_unit')
    .values({
      id: '2025:C:99001',
      era: '2025',
      level: 'commune',
      code: '99001',
      name: 'Xã Thử Nghiệm',
      type: 'xã',
      parent_id: null,
      search_text: 'xa thu nghiem',
    })
    .execute();
  await ctx.db.updateTable('org_unit').set({ admin_unit_id: '2025:C:99001' }).where('id', '=', communeA).execute();
  // …the province has its committee, and the commune had another committee, merged away before the period.
  await createUnit(ctx.db, { kind: 'party_committee', name: 'Đảng bộ tỉnh Thử Nghiệm', parentId: provinceId });
  await createUnit(ctx.db, {
    kind: 'party_committee',
    name: 'Đảng bộ xã A cũ',
    parentId: communeA,
    validFrom: '2020-01-01',
    validTo: '2025-07-01',
  });
  // The form is dated the day the person submitted it, not the day it is downloaded.
  await ctx.db
    .updateTable('evaluation')
    .set({ self_submitted_at: new Date('2026-04-03T02:00:00Z') })
    .where('id', '=', s.ev.cadre)
    .execute();
}, 120_000);
afterAll(async () => ctx?.close());

describe('the form against GET /api/evaluation/:id', () => {
  it('pdf: the same criteria, points and totals in vi-VN digits; the HD 43 heading; numbered pages', async () => {
    const organising = client(ctx.app, s.c.sessions.organising);
    const view = (await organising.get(`/api/evaluation/${s.ev.cadre}`)).json();
    const res = await organising.get(`/api/evaluation/${s.ev.cadre}/form.pdf`);
    expect(res.statusCode).toBe(200);
    const pages = pdfTexts(res.rawPayload);
    const text = flat(pages.join(' '));

    expect(text).toContain(flat(view.subject.name));
    const general = view.criteriaSet.criteria.filter((c: { part: string }) => c.part === 'general');
    expect(general.length).toBeGreaterThan(3);
    general.forEach((c: { code: string; title: string; maxPoints: number }, i: number) => {
      // One table row: number, title, maximum, self, appraisal (the decision column holds totals only).
      const row = [i + 1, c.title, vi(c.maxPoints), vi(view.self.general[c.code]), vi(view.appraisal.general[c.code])].join('');
      expect(text, c.title).toContain(flat(row));
    });
    expect(view.self.general.discipline).toBe(5.5);
    expect(text).toContain(flat(`Tổng cộng ${vi(view.criteriaSet.generalPoints + view.criteriaSet.resultsPoints)} ${vi(view.self.score)}`));
    expect(vi(view.self.score)).toBe('99,5');
    expect(text).toContain(flat(`(${vi(view.decision.score)})`));
    expect(text).not.toMatch(/\d\.\d/); // never a decimal point

    expect(text).toContain(flat('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(text).toContain(flat('ĐẢNG BỘ TỈNH THỬ NGHIỆM'));
    const committee = (
      await ctx.db
        .selectFrom('org_unit')
        .select('name')
        .where('kind', '=', 'party_committee')
        .where('name', 'like', 'Đảng bộ xã An%')
        .executeTakeFirstOrThrow()
    ).name;
    expect(text).toContain(flat(committee.toLocaleUpperCase('vi-VN')));
    expect(text).not.toContain(flat('ĐẢNG BỘ XÃ A CŨ'));
    expect(text).toContain(flat('Thử Nghiệm, ngày 03 tháng 04 năm 2026'));
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((p, i) => expect(flat(p)).toContain(`Trang${i + 1}/${pages.length}`));
  });

  it('xlsx: the same numbers as numbers, in a Vietnamese number format, on an A4 page set up to print', async () => {
    const organising = client(ctx.app, s.c.sessions.organising);
    const view = (await organising.get(`/api/evaluation/${s.ev.cadre}`)).json();
    const res = await organising.get(`/api/evaluation/${s.ev.cadre}/form.xlsx`);
    const rows = await xlsxRows(res.rawPayload);
    const discipline = view.criteriaSet.criteria.find((c: { code: string }) => c.code === 'discipline');
    const row = rows.find((r) => r[1] === discipline.title)!;
    expect(row.slice(2, 5)).toEqual([discipline.maxPoints, view.self.general.discipline, view.appraisal.general.discipline]);
    expect(rows.find((r) => r[1] === 'Tổng cộng')!.slice(3)).toEqual([view.self.score, view.appraisal.score, view.decision.score]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    let decimal: ExcelJS.Cell | null = null;
    ws.eachRow((r) => r.eachCell((c) => (c.value === 5.5 ? (decimal = c) : null)));
    expect(decimal!.numFmt).toBe('[$-42A]#,##0.0');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    // The heading's place-and-date line, in its own cell.
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    expect(texts).toContain('Thử Nghiệm, ngày 03 tháng 04 năm 2026');
  });
});

describe('the published list against GET /api/evaluation/periods/:id/evaluations', () => {
  it('the same people, scores and levels; publication dates as real dates', async () => {
    const organising = client(ctx.app, s.c.sessions.organising);
    const list = (await organising.get(`/api/evaluation/periods/${s.periodId}/evaluations?status=published&pageSize=500`)).json();
    const res = await organising.get(`/api/evaluation/periods/${s.periodId}/published.xlsx?unitId=${s.c.tree.communeA}`);
    expect(res.statusCode).toBe(200);
    const rows = await xlsxRows(res.rawPayload);
    const people = list.items.filter((e: { subject: { kind: string } }) => e.subject.kind === 'person');
    expect(people.length).toBeGreaterThan(1);
    for (const e of people) {
      const row = rows.find((r) => r[1] === e.subject.name);
      expect(row, e.subject.name).toBeDefined();
      expect(row![5]).toBe(e.decision.score);
      expect(row![6]).toBe(tAny('vi', `eval.level.${e.decision.level}`));
      const view = (await organising.get(`/api/evaluation/${e.id}`)).json();
      expect(row![7]).toBeInstanceOf(Date);
      expect((row![7] as Date).toISOString().slice(0, 10)).toBe(todayInVietnam(new Date(view.publishedAt)));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    let date: ExcelJS.Cell | null = null;
    wb.worksheets[0].eachRow((r) => r.eachCell((c) => (c.value instanceof Date ? (date = c) : null)));
    expect(date!.numFmt).toBe('dd/mm/yyyy');
  });
});
