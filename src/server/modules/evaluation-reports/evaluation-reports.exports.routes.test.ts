// The printable outputs: the self-assessment form (PDF, Excel) with what each reader may see, the
// collective report (PL1) and the published results list — contents parsed back, each audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTexts } from '../../pdf/pdf-texts.test-support.js';
import { lastAudit } from '../../test/factories.js';
import { client, createTestApp, type TestContext } from '../../test/harness.js';
import {
  APPRAISAL_COMMENT,
  DECISION_REASON,
  HIDDEN_APPRAISAL,
  SELF_COMMENT,
  type Scene,
  buildScene,
  xlsxRows,
  xlsxText,
} from './evaluation-reports.test-support.js';

let ctx: TestContext;
let s: Scene;

beforeAll(async () => {
  ctx = await createTestApp();
  s = await buildScene(ctx.app, ctx.db);
}, 90_000);
afterAll(async () => ctx?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const body = (res: { rawPayload: Buffer }) => res.rawPayload;
// Lines break inside words at hyphens and slashes ('366-QĐ/TW'): compare the text without whitespace.
const flat = (x: string) => x.replace(/\s+/g, '');
const pdfText = (buf: Buffer) => flat(pdfTexts(buf).join(''));

describe('GET /api/evaluation/:id/form.(pdf|xlsx)', () => {
  it('401 without a session, 404 for someone else’s form or outside the scope, 400 on a bad id', async () => {
    for (const ext of ['pdf', 'xlsx']) {
      const url = `/api/evaluation/${s.ev.cadre}/form.${ext}`;
      expect((await client(ctx.app, null).get(url)).statusCode).toBe(401);
      expect((await client(ctx.app, s.c.sessions.otherOrganising).get(url)).statusCode).toBe(404);
      expect((await client(ctx.app, s.c.sessions.office).get(url)).statusCode).toBe(404);
      expect((await client(ctx.app, s.sessions.decided).get(url)).statusCode).toBe(404);
      expect((await client(ctx.app, s.c.sessions.organising).get(`/api/evaluation/${crypto.randomUUID()}/form.${ext}`)).statusCode).toBe(
        404,
      );
      const bad = await client(ctx.app, s.c.sessions.organising).get(`/api/evaluation/abc/form.${ext}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].field).toBe('id');
    }
  });

  it('xlsx: the published form of the person with every step, the criteria with max points, the task numbers, signatures; audited', async () => {
    const res = await client(ctx.app, s.c.sessions.cadre).get(`/api/evaluation/${s.ev.cadre}/form.xlsx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    // The file is named in words (RFC 5987 filename*), with an ASCII fallback for old clients.
    const disposition = res.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment; filename="Phieu danh gia, xep loai - quy I nam 2026 - [^"]+\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toMatch(/^Phiếu đánh giá, xếp loại - quý I năm 2026 - .+\.xlsx$/);
    const text = (await xlsxText(body(res))).join('\n');
    expect(text).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, ĐẢNG VIÊN QUÝ I NĂM 2026');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    for (const s2 of [
      SELF_COMMENT,
      APPRAISAL_COMMENT,
      DECISION_REASON,
      'NGƯỜI TỰ ĐÁNH GIÁ',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Số nhiệm vụ được giao: 3',
      'Ý thức tổ chức kỷ luật',
    ])
      expect(text).toContain(s2);
    const rows = await xlsxRows(body(res));
    const row = (label: string) => rows.find((r) => r[1] === label)!;
    // STT | criterion | max | self | appraisal | decision
    expect(row('Ý thức tổ chức kỷ luật')).toEqual([3, 'Ý thức tổ chức kỷ luật', 6, 5.5, 5, null]);
    expect(row('Tiêu chí chung')).toEqual(['A', 'Tiêu chí chung', 30, 29.5, 29, null]);
    expect(row('Tổng cộng')).toEqual([null, 'Tổng cộng', 100, 99.5, 99, 88]);
    expect(row('Xếp loại').slice(3)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);
    expect(await lastAudit(ctx.db, 'evaluation', s.ev.cadre)).toMatchObject({
      action: 'evaluation.export',
      person_id: s.c.people.cadre,
      unit_id: s.c.tree.committeeA,
      after: expect.objectContaining({ document: 'form', format: 'xlsx', viewer: 'self' }),
    });
  });

  it('the person never sees the appraisal before publication, nor an unpublished decision; the manager sees both', async () => {
    const own = (await xlsxText(body(await client(ctx.app, s.sessions.appraised).get(`/api/evaluation/${s.ev.appraised}/form.xlsx`)))).join(
      '\n',
    );
    expect(own).toContain('Tự nhận xét của đồng chí');
    expect(own).not.toContain(HIDDEN_APPRAISAL);
    expect(own).not.toContain('IV. Ý KIẾN THẨM ĐỊNH');
    const undecided = await xlsxRows(body(await client(ctx.app, s.sessions.decided).get(`/api/evaluation/${s.ev.decided}/form.xlsx`)));
    const total = undecided.find((r) => r[1] === 'Tổng cộng')!;
    expect(total.slice(3)).toEqual([80, null, null]);
    const mgr = (
      await xlsxText(body(await client(ctx.app, s.c.sessions.organising).get(`/api/evaluation/${s.ev.decided}/form.xlsx`)))
    ).join('\n');
    expect(mgr).toContain(HIDDEN_APPRAISAL);
    expect(mgr).toContain('V. KẾT QUẢ XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN');
    expect(mgr).toContain('Mức xếp loại hệ thống đề xuất');
    expect(await lastAudit(ctx.db, 'evaluation', s.ev.decided)).toMatchObject({
      action: 'evaluation.export',
      after: expect.objectContaining({ viewer: 'manager' }),
    });
  });

  it('pdf: an A4 document whose text carries the title, the person and the signature blocks; audited', async () => {
    const res = await client(ctx.app, s.c.sessions.standing).get(`/api/evaluation/${s.ev.cadre}/form.pdf`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(body(res).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body(res));
    for (const s2 of [
      'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG',
      'QUÝ I NĂM 2026',
      'NGƯỜI TỰ ĐÁNH GIÁ',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Tiêu chí chung',
      APPRAISAL_COMMENT,
    ])
      expect(text).toContain(flat(s2));
    expect(await lastAudit(ctx.db, 'evaluation', s.ev.cadre)).toMatchObject({
      action: 'evaluation.export',
      after: expect.objectContaining({ format: 'pdf', viewer: 'manager' }),
    });
  });

  it('an excluded person’s form says why, with the rule', async () => {
    const text = pdfText(body(await client(ctx.app, s.c.sessions.organising).get(`/api/evaluation/${s.ev.newMember}/form.pdf`)));
    expect(text).toContain(flat('Đảng viên mới kết nạp chưa đủ 6 tháng'));
    expect(text).toContain(flat('Quy định 366-QĐ/TW'));
  });
});

describe('GET /api/evaluation/periods/:id/collective-report.(pdf|xlsx)', () => {
  const url = (ext: string, q = `?unitId=${s.c.tree.committeeA}`) => `/api/evaluation/periods/${s.periodId}/collective-report.${ext}${q}`;

  it('401, 403 for a role that never reads it, 404 outside the scope, 400 naming the field', async () => {
    for (const ext of ['pdf', 'xlsx']) {
      expect((await client(ctx.app, null).get(url(ext))).statusCode).toBe(401);
      expect((await client(ctx.app, s.c.sessions.cadre).get(url(ext))).statusCode).toBe(403);
      expect((await client(ctx.app, s.c.sessions.otherOrganising).get(url(ext))).statusCode).toBe(404);
      expect((await client(ctx.app, s.c.sessions.organising).get(url(ext, `?unitId=${s.c.tree.communeB}`))).statusCode).toBe(404);
      const bad = await client(ctx.app, s.c.sessions.organising).get(url(ext, ''));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details[0].field).toBe('unitId');
    }
  });

  it('xlsx: indicators, the unit’s tasks, member ratings per group, leadership, the collective’s level; audited', async () => {
    const res = await client(ctx.app, s.c.sessions.standing).get(url('xlsx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const rows = await xlsxRows(body(res));
    const text = rows.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('BÁO CÁO KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TẬP THỂ QUÝ I NĂM 2026');
    expect(rows.find((r) => r[1] === 'Tỷ lệ hồ sơ giải quyết đúng hạn')!.slice(0, 6)).toEqual([
      1,
      'Tỷ lệ hồ sơ giải quyết đúng hạn',
      '%',
      95,
      null,
      null,
    ]);
    // Members: HTXS 1 (peer 0), HTT 1 (cadre), HT 1 (peer 1, decided), KHT 1 (peer 4); 1 excluded (new member).
    const staff = rows.find((r) => r[0] === 'Cán bộ, đảng viên không giữ chức vụ lãnh đạo')!;
    expect(staff.slice(3, 7)).toEqual([1, 1, 1, 1]);
    expect(staff[8]).toBe(1);
    expect(rows.find((r) => r[2] === 'Chủ tịch UBND')).toBeDefined();
    expect(text).toContain('V. XẾP LOẠI TẬP THỂ');
    expect(await lastAudit(ctx.db, 'evaluation_period', s.periodId)).toMatchObject({
      action: 'evaluation.export',
      unit_id: s.c.tree.committeeA,
      after: expect.objectContaining({ document: 'collective_report', format: 'xlsx' }),
    });
  });

  it('pdf: the same report as text', async () => {
    const res = await client(ctx.app, s.c.sessions.inspection).get(url('pdf'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const text = pdfText(body(res));
    for (const s2 of [
      'TẬP THỂ QUÝ I NĂM 2026',
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'III. KẾT QUẢ XẾP LOẠI CÁN BỘ, ĐẢNG VIÊN',
      'Tỷ lệ hồ sơ giải quyết đúng hạn',
    ])
      expect(text).toContain(flat(s2));
    expect(await lastAudit(ctx.db, 'evaluation_period', s.periodId)).toMatchObject({
      action: 'evaluation.export',
      after: expect.objectContaining({ format: 'pdf' }),
    });
  });
});

describe('GET /api/evaluation/periods/:id/published.xlsx', () => {
  const url = (q = '') => `/api/evaluation/periods/${s.periodId}/published.xlsx${q}`;

  it('401, 403 for a role that never reads it, 404 outside the scope, 400 naming the field', async () => {
    expect((await client(ctx.app, null).get(url())).statusCode).toBe(401);
    expect((await client(ctx.app, s.c.sessions.cadre).get(url())).statusCode).toBe(403);
    expect((await client(ctx.app, s.c.sessions.otherStanding).get(url())).statusCode).toBe(404);
    expect((await client(ctx.app, s.c.sessions.standing).get(url(`?unitId=${s.c.tree.communeB}`))).statusCode).toBe(404);
    const bad = await client(ctx.app, s.c.sessions.standing).get(url('?unitId=abc'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('unitId');
  });

  it('lists only the published results with score and level; audited', async () => {
    const res = await client(ctx.app, s.c.sessions.standing).get(url());
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const rows = await xlsxRows(body(res));
    const published = await ctx.db
      .selectFrom('evaluation')
      .select('id')
      .where('period_id', '=', s.periodId)
      .where('status', '=', 'published')
      .execute();
    const listed = rows.filter((r) => typeof r[0] === 'number');
    expect(listed).toHaveLength(published.length);
    const byScore = listed.map((r) => [r[5], r[6]]);
    expect(byScore).toContainEqual([88, 'Hoàn thành tốt nhiệm vụ']);
    expect(byScore).toContainEqual([93, 'Hoàn thành xuất sắc nhiệm vụ']);
    expect(byScore).not.toContainEqual([64, 'Hoàn thành nhiệm vụ']); // decided, not published
    expect(await lastAudit(ctx.db, 'evaluation_period', s.periodId)).toMatchObject({
      action: 'evaluation.export',
      unit_id: s.c.tree.communeA,
      after: expect.objectContaining({ document: 'published_list', rows: published.length }),
    });
  });
});
