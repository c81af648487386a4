// The procedure's records and the committees' sizes on a real database (decision 0030): 401, 404 outside
// the scope exactly like a missing unit, 403 for the body whose step it is not, 400 naming the field and
// the rule, 409 on a second record or a stale version, the happy path
// with its audit, and the cadence card reading the records.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { lastAudit } from '../../test/factories.js';
import { type PlanningWorld, planningWorld } from './planning.test-support.js';

let t: TestContext;
let w: PlanningWorld;
const as = async (who: keyof PlanningWorld['accounts'], lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, w.accounts[who].username, w.accounts[who].password), lang);

beforeAll(async () => {
  t = await createTestApp();
  w = await planningWorld(t.db);
});
afterAll(async () => t.close());

const today = todayInVietnam();
const year = Number(today.slice(0, 4));
const url = (unitId: string) => `/api/planning/units/${unitId}/procedure`;
type Item = { kind: string; year: number; status: string; doneOn: string | null; documentRef: string | null };
const item = (body: { cadence: { items: Item[] } }, kind: string) => body.cadence.items.find((i) => i.kind === kind && i.year === year);

describe('planning procedure records', () => {
  it('answers 401 without a session', async () => {
    const res = await client(t.app, null).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: today });
    expect(res.statusCode).toBe(401);
  });

  it('shows who may record what on the cadence card, and nothing done yet', async () => {
    const org = (await (await as('organising')).get(`/api/planning/units/${w.tree.communeA}/plans`)).json();
    expect(org.cadence.actions).toEqual({ recordReview: true, recordReport: false });
    expect(item(org, 'yearly_review')?.status).not.toBe('done');
    const standing = (await (await as('standing')).get(`/api/planning/units/${w.tree.communeA}/plans`)).json();
    expect(standing.cadence.actions).toEqual({ recordReview: false, recordReport: true });
  });

  it('answers 404 outside the scope exactly like a missing unit, 403 to a role that never records', async () => {
    const foreign = await (await as('otherOrganising')).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: today });
    const missing = await (await as('otherOrganising')).post(url(randomUUID()), { kind: 'yearly_review', year, doneOn: today });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await (await as('cadre')).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: today })).statusCode).toBe(403);
    // The report is the standing committee's, the review the organising body's.
    const report = { kind: 'approval_report', year, doneOn: today, documentRef: '12-BC/ĐU' };
    expect((await (await as('organising')).post(url(w.tree.communeA), report)).statusCode).toBe(403);
    expect((await (await as('standing')).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: today })).statusCode).toBe(403);
  });

  it('refuses a year outside the term, a future date, a date before the year and a report without its number, naming the field', async () => {
    const org = await as('organising');
    const before = await t.db.selectFrom('planning_procedure_record').select('id').execute();
    const old = await org.post(url(w.tree.communeA), { kind: 'yearly_review', year: 2019, doneOn: today });
    expect(old.statusCode).toBe(400);
    expect(old.json().details[0].field).toBe('year');
    expect(old.json().details[0].message).toContain('Quy định 377-QĐ/TW');
    const future = await org.post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: addDays(today, 1) });
    expect(future.json().details[0].field).toBe('doneOn');
    const early = await org.post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn: `${String(year - 1)}-12-31` });
    expect(early.statusCode).toBe(400);
    expect(early.json().details[0].field).toBe('doneOn');
    const noRef = await (
      await as('standing', 'en')
    ).post(url(w.tree.communeA), { kind: 'approval_report', year, doneOn: today, documentRef: ' ' });
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().details[0]).toMatchObject({ field: 'documentRef' });
    expect(noRef.json().details[0].message).toContain('số văn bản');
    expect(await t.db.selectFrom('planning_procedure_record').select('id').execute()).toEqual(before);
  });

  it('records the review held (audited), once; the card shows it done', async () => {
    const doneOn = `${String(year)}-01-15` <= today ? `${String(year)}-01-15` : today;
    const res = await (
      await as('organising')
    ).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn, note: 'Hội nghị rà soát' });
    expect(res.statusCode).toBe(201);
    expect(item(res.json(), 'yearly_review')).toMatchObject({ status: 'done', doneOn });
    const row = await t.db
      .selectFrom('planning_procedure_record')
      .selectAll()
      .where('unit_id', '=', w.tree.communeA)
      .executeTakeFirstOrThrow();
    const audit = await lastAudit(t.db, 'planning_procedure_record', row.id);
    expect(audit?.action).toBe('planning.procedure.record');
    expect(audit?.after).toMatchObject({ kind: 'yearly_review', year, doneOn, note: 'Hội nghị rà soát' });
    const again = await (await as('organising')).post(url(w.tree.communeA), { kind: 'yearly_review', year, doneOn });
    expect(again.statusCode).toBe(409);
  });

  it('records the report sent by the standing committee with its document number', async () => {
    const res = await (
      await as('standing')
    ).post(url(w.tree.communeA), { kind: 'approval_report', year, doneOn: today, documentRef: '12-BC/ĐU' });
    expect(res.statusCode).toBe(201);
    expect(item(res.json(), 'approval_report')).toMatchObject({ status: 'done', doneOn: today, documentRef: '12-BC/ĐU' });
  });
});

describe('committee sizes', () => {
  const path = '/api/planning/committee-sizes/province/party-2030-2035/executive';

  it('lets only an administrator of a top-level unit edit a size', async () => {
    expect((await client(t.app, null).put(path, { version: 1, fixed: 55 })).statusCode).toBe(401);
    expect((await (await as('organising')).put(path, { version: 1, fixed: 55 })).statusCode).toBe(403);
  });

  it('refuses a size out of range naming the field, an unknown committee term with 404, a stale version with 409', async () => {
    const admin = await as('admin');
    const zero = await admin.put(path, { version: 1, fixed: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().details[0].field).toBe('fixed');
    expect((await admin.put(path, { version: 1, fixed: 1.5 })).statusCode).toBe(400);
    expect(
      (await admin.put('/api/planning/committee-sizes/province/state-2031-2036/executive', { version: 1, fixed: 50 })).statusCode,
    ).toBe(404);
    expect((await admin.put(path, { version: 7, fixed: 55 })).statusCode).toBe(409);
  });

  it('edits the size (audited); the ladder shows it with the next version', async () => {
    const admin = await as('admin');
    const res = await admin.put(path, { version: 1, fixed: 55 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fixed: 55, version: 2 });
    const audit = await lastAudit(t.db, 'planning_committee_size', 'province/party-2030-2035/executive');
    expect(audit).toMatchObject({ action: 'planning.committee_size.update', before: { fixed: 50 }, after: { fixed: 55 } });
    const ladder = (await admin.get('/api/planning/ladder')).json();
    expect(
      ladder.committeeSizes.find(
        (s: { termId: string; unitKind: string; committee: string }) =>
          s.termId === 'party-2030-2035' && s.unitKind === 'province' && s.committee === 'executive',
      ),
    ).toMatchObject({ fixed: 55, version: 2 });
    expect((await admin.put(path, { version: 1, fixed: 60 })).statusCode).toBe(409);
  });
});
