// Test support of the outputs: a commune (evaluation module's seedCommune) with Q1 2026 opened
// through the API and its evaluations at every step — the cadre through the real steps up to
// publication; peers set straight in the table (published, decided only, appraised, pending) with
// accounts of their own; past year periods of HTXS for the commendation runs; an indicator.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { DB } from '../../db/schema.js';
import { createAccount } from '../../test/factories.js';
import { client, type Session, signIn } from '../../test/harness.js';
import { type Commune, evaluationOf, goodTask, insertTask, openPeriod, seedCommune } from '../evaluation/evaluation.test-support.js';

export const SELF_COMMENT = 'Tôi đã hoàn thành đầy đủ các nhiệm vụ được giao trong quý';
export const APPRAISAL_COMMENT = 'Cơ quan tham mưu nhận xét: hoàn thành tốt nhiệm vụ';
export const HIDDEN_APPRAISAL = 'Nhận xét thẩm định chưa công bố';
export const DECISION_REASON = 'Điều chỉnh theo ý kiến của tập thể Ban Thường vụ';
const PL4_SET = 'c3660000-0000-4000-8000-000000000104';

export interface Scene {
  c: Commune;
  periodId: string;
  /** Evaluation ids by who. */
  ev: { cadre: string; published: string; decided: string; appraised: string; pending: string; newMember: string };
  sessions: { decided: Session; appraised: Session };
}

async function setRow(db: Kysely<DB>, periodId: string, personId: string, patch: Record<string, unknown>): Promise<string> {
  const e = await evaluationOf(db, periodId, personId);
  await db.updateTable('evaluation').set(patch).where('id', '=', e.id).execute();
  return e.id;
}

/** A published year period of the commune with one HTXS (or other) result per person. */
async function pastYear(
  db: Kysely<DB>,
  unitId: string,
  year: number,
  results: Array<{ personId: string; unitId: string; level: string; score: number }>,
) {
  const periodId = randomUUID();
  await db
    .insertInto('evaluation_period')
    .values({
      id: periodId,
      unit_id: unitId,
      kind: 'year',
      year,
      number: 0,
      start_date: `${year}-01-01`,
      end_date: `${year}-12-31`,
      self_due: `${year}-12-10`,
      appraisal_due: `${year}-12-20`,
      decision_due: `${year}-12-31`,
      status: 'closed',
      closed_at: new Date(`${year + 1}-01-10T03:00:00Z`),
    })
    .execute();
  for (const r of results) {
    await db
      .insertInto('evaluation')
      .values({
        id: randomUUID(),
        period_id: periodId,
        person_id: r.personId,
        unit_id: r.unitId,
        cadre_group: 'staff',
        criteria_set_id: PL4_SET,
        status: 'published',
        decision_score: r.score,
        decision_level: r.level as 'excellent',
        decided_at: new Date(`${year}-12-28T03:00:00Z`),
        published_at: new Date(`${year}-12-30T03:00:00Z`),
      })
      .execute();
  }
}

export async function buildScene(app: FastifyInstance, db: Kysely<DB>): Promise<Scene> {
  const c = await seedCommune(app, db);
  const u = c.tree.committeeA;
  const [p0, p1, p2, p3, p4] = c.people.peers;
  await insertTask(db, goodTask(u, c.people.cadre, { title: 'Báo cáo quý I', exceeded: true }));
  await insertTask(db, goodTask(u, c.people.cadre, { title: 'Rà soát hồ sơ đảng viên', exceeded: true }));
  await insertTask(db, goodTask(u, c.people.cadre, { title: 'Tiếp công dân', dueDate: '2026-03-10', completedOn: '2026-03-09' }));
  for (const p of c.people.peers) await insertTask(db, goodTask(u, p));
  const periodId = await openPeriod(app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 1 });

  // The cadre through the real steps: self-assessment, appraisal, decision with a reason, publication.
  const general = { politics_ideology: 6, ethics_lifestyle: 6, discipline: 5.5, working_style: 6, self_criticism: 6 };
  let e = await evaluationOf(db, periodId, c.people.cadre);
  const me = client(app, c.sessions.cadre);
  const saved = await me.put(`/api/evaluation/${e.id}/self`, {
    version: e.version,
    general,
    comment: SELF_COMMENT,
    proposedLevel: 'excellent',
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await me.post(`/api/evaluation/${e.id}/self/submit`, { version: saved.json().version })).statusCode).toBe(200);
  e = await evaluationOf(db, periodId, c.people.cadre);
  const appraised = await client(app, c.sessions.organising).put(`/api/evaluation/${e.id}/appraisal`, {
    version: e.version,
    general: { ...general, discipline: 5 },
    level: 'good',
    comment: APPRAISAL_COMMENT,
  });
  expect(appraised.statusCode, appraised.body).toBe(200);
  e = await evaluationOf(db, periodId, c.people.cadre);
  const decided = await client(app, c.sessions.standing).put(`/api/evaluation/${e.id}/decision`, {
    version: e.version,
    score: 88,
    level: 'good',
    reason: DECISION_REASON,
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const published = await client(app, c.sessions.standing).post(`/api/evaluation/periods/${periodId}/publish`, { unitId: c.tree.communeA });
  expect(published.statusCode, published.body).toBe(200);

  // Peers at the other steps (set in the table: the outputs only read them).
  const at = new Date('2026-04-10T03:00:00Z');
  const ev = {
    cadre: e.id,
    newMember: (await evaluationOf(db, periodId, c.people.newMember)).id,
    published: await setRow(db, periodId, p0, {
      status: 'published',
      self_score: 92,
      self_level: 'excellent',
      self_submitted_at: at,
      appraisal_score: 93,
      appraisal_level: 'excellent',
      appraised_at: at,
      decision_score: 93,
      decision_level: 'excellent',
      decided_at: at,
      published_at: at,
    }),
    decided: await setRow(db, periodId, p1, {
      status: 'decided',
      self_score: 80,
      self_level: 'good',
      self_submitted_at: at,
      appraisal_score: 65,
      appraisal_level: 'completed',
      appraisal_comment: HIDDEN_APPRAISAL,
      appraised_at: at,
      decision_score: 64,
      decision_level: 'completed',
      decided_at: at,
    }),
    appraised: await setRow(db, periodId, p2, {
      status: 'appraised',
      self_score: 85,
      self_level: 'good',
      self_comment: 'Tự nhận xét của đồng chí',
      self_submitted_at: at,
      appraisal_score: 75,
      appraisal_level: 'good',
      appraisal_comment: HIDDEN_APPRAISAL,
      appraised_at: at,
    }),
    pending: (await evaluationOf(db, periodId, p3)).id,
  };
  await setRow(db, periodId, p4, {
    status: 'published',
    decision_score: 45,
    decision_level: 'not_completed',
    decided_at: at,
    published_at: at,
  });

  // Year results: the cadre HTXS five years running (2021–2025), peer 0 only in 2025, peer 1 in 2024 only.
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const rows = [{ personId: c.people.cadre, unitId: u, level: 'excellent', score: 95 }];
    if (year === 2025) rows.push({ personId: p0, unitId: u, level: 'excellent', score: 91 });
    if (year === 2024) rows.push({ personId: p1, unitId: u, level: 'excellent', score: 92 });
    if (year === 2025) rows.push({ personId: p1, unitId: u, level: 'good', score: 85 });
    await pastYear(db, c.tree.communeA, year, rows);
  }
  await db
    .insertInto('indicator')
    .values({ id: randomUUID(), unit_id: u, year: 2026, code: 'CT01', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', measure: '%', target: 95 })
    .execute();

  const sign = async (personId: string) => {
    const a = await createAccount(db, 'cadre', u, { personId });
    return signIn(app, a.username, a.password);
  };
  return { c, periodId, ev, sessions: { decided: await sign(p1), appraised: await sign(p2) } };
}

/** The text of every cell of the first worksheet, row by row. */
export async function xlsxText(body: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const lines: string[] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell) => cells.push(cell.value === null || cell.value === undefined ? '' : String(cell.value)));
    lines.push(cells.join(' | '));
  });
  return lines;
}

/** The cells of the first worksheet as values (numbers stay numbers), one array per row. */
export async function xlsxRows(body: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: unknown[][] = [];
  // One value per table cell: a cell merged across grid columns counts once (its master); empty cells read as null.
  ws.eachRow((row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const c = row.getCell(i);
      if (c.isMerged && c.master.address !== c.address) continue;
      cells.push(c.value ?? null);
    }
    out.push(cells);
  });
  return out;
}
