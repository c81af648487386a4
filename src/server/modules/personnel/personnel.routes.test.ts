// Personnel decisions API on a real database: 401; 404 outside the scope like a missing proposal; 400
// naming the field and the rule (not in the plan, a local candidate for a non-local post through the 2025
// merger, a rotation with 9 years left, a post already held, a decision without number); a post of another
// commune refused like a missing one; the competent level only; nobody decides about themselves; the
// happy path ending and starting the tenures with their audit (the chain verifies); 409 on a stale or a
// second decision; the person sees their own decided move; the dashboard counts the non-local secretary.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { lastAudit, type Subtree } from '../../test/factories.js';
import { verifyChain } from '../audit/index.js';
import { holdLadderPost, qualifiedPerson } from '../planning/planning.test-support.js';
import { personnelFixture, planFor, vacantPost } from './personnel.test-support.js';

let t: TestContext;
let tree: Subtree;
const acc: Record<string, { username: string; password: string }> = {};
const as = async (who: string, lang: 'vi' | 'en' = 'vi') => client(t.app, await signIn(t.app, acc[who].username, acc[who].password), lang);

const today = todayInVietnam();
const effective = addDays(today, 1);
const DOCS = { appraisal: true, assetDeclaration: true, health: true };
let adminOldMerged = '';
let adminElsewhere = '';
let candidate = '';
let candidateTenure = '';
let secretaryPost = '';
let divisionPost = '';
let foreignPost = '';
let standingPerson = '';

beforeAll(async () => {
  t = await createTestApp();
  const fx = await personnelFixture(t.db);
  ({ tree, adminOldMerged, adminElsewhere, candidate, candidateTenure, secretaryPost, divisionPost, foreignPost, standingPerson } = fx);
  Object.assign(acc, fx.acc);
}, 180_000);
afterAll(async () => t?.close());

const appointment = (over: Record<string, unknown> = {}) => ({
  kind: 'appointment',
  personId: candidate,
  postId: secretaryPost,
  fromTenureId: candidateTenure,
  effectiveDate: effective,
  plannedEndDate: null,
  reason: 'Kiện toàn chức danh Bí thư Đảng ủy xã',
  specialProcedure: false,
  underInvestigation: false,
  documents: DOCS,
  ...over,
});
const proposals = async () =>
  Number(
    (
      await t.db
        .selectFrom('personnel_proposal')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('personnel API', () => {
  let proposalId = '';
  let version = 0;

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(`/api/personnel/proposals/${randomUUID()}`)).statusCode).toBe(401);
  });

  it('previews the checks of an appointment: every rule cited with its numbers, the 3 years of ratings shown', async () => {
    const res = await (await as('organising')).post('/api/personnel/checks', appointment());
    expect(res.statusCode).toBe(200);
    const v = res.json();
    const codes = v.checks.map((c: { code: string }) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'personnel.appointment.higher',
        'personnel.in_plan',
        'personnel.full_term.ok',
        'personnel.discipline.ok',
        'personnel.investigation.ok',
        'personnel.seat.free',
        'personnel.non_local.ok',
        'personnel.term_limit.ok',
        'personnel.documents.ok',
      ]),
    );
    expect(v.blocked).toBe(false);
    expect(v.ratings).toHaveLength(3);
    const full = v.checks.find((c: { code: string }) => c.code === 'personnel.full_term.ok');
    expect(full.message).toContain('Quy định 377-QĐ/TW');
    expect(full.message).toMatch(/\d+ tháng/);
  });

  it('refuses a candidate not in the plan, naming the field and the rule; nothing is stored', async () => {
    const outsider = await qualifiedPerson(t.db, tree.communeA, { birthplace_id: adminElsewhere });
    const before = await proposals();
    const res = await (await as('organising')).post('/api/personnel/proposals', appointment({ personId: outsider, fromTenureId: null }));
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { message: string }) => x.message.includes('quy hoạch'));
    expect(d.field).toBe('personId');
    expect(d.message).toContain('Quy định 377-QĐ/TW');
    expect(await proposals()).toBe(before);
  });

  it('refuses a local candidate for a non-local post: born in an old commune merged into the unit (Kết luận 210-KL/TW)', async () => {
    const local = await qualifiedPerson(t.db, tree.communeA, { birthplace_id: adminOldMerged });
    await planFor(t.db, tree.communeA, local, 'commune.party.secretary');
    const res = await (await as('organising')).post('/api/personnel/proposals', appointment({ personId: local, fromTenureId: null }));
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { message: string }) => x.message.includes('Kết luận 210-KL/TW'));
    expect(d.field).toBe('personId');
    expect(d.message).toContain('nơi sinh');
  });

  it('refuses a post of another commune exactly like a missing one', async () => {
    const org = await as('organising');
    const foreign = await org.post('/api/personnel/proposals', appointment({ postId: foreignPost }));
    const missing = await org.post('/api/personnel/proposals', appointment({ postId: randomUUID() }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.json().details[0].field).toBe('postId');
  });

  it('refuses a rotation with 9 years of working time left (Quy định 65-QĐ/TW)', async () => {
    const older = await qualifiedPerson(t.db, tree.communeA, { date_of_birth: '1974-01-01', birthplace_id: adminElsewhere });
    await holdLadderPost(t.db, tree.communeA, older, 'commune.party.office_chief');
    await planFor(t.db, tree.communeA, older, 'commune.party.building_head');
    const post = await vacantPost(t.db, tree.communeA, 'commune.party.building_head');
    const res = await (
      await as('organising')
    ).post(
      '/api/personnel/proposals',
      appointment({ kind: 'rotation', personId: older, postId: post, fromTenureId: null, plannedEndDate: '2030-12-31' }),
    );
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { message: string }) => x.message.includes('Quy định 65-QĐ/TW') && x.message.includes('120'));
    expect(d.field).toBe('personId');
    const noEnd = await (
      await as('organising')
    ).post('/api/personnel/proposals', appointment({ kind: 'rotation', personId: older, postId: post, fromTenureId: null }));
    expect(noEnd.json().details[0].field).toBe('plannedEndDate');
  });

  it('proposes the appointment (audited)', async () => {
    const res = await (await as('organising')).post('/api/personnel/proposals', appointment());
    expect(res.statusCode).toBe(201);
    const v = res.json();
    proposalId = v.id;
    version = v.version;
    expect(v).toMatchObject({ kind: 'appointment', status: 'proposed', decision: null, tenures: [] });
    expect(v.actions.decide).toBe(false);
    expect((await lastAudit(t.db, 'personnel_proposal', proposalId))?.action).toBe('personnel.propose');
  });

  it('hides the proposal from another commune and from a cadre like a missing one; inspection reads it', async () => {
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/personnel/proposals/${proposalId}`);
    const missing = await other.get(`/api/personnel/proposals/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await (await as('candidate')).get(`/api/personnel/proposals/${proposalId}`)).statusCode).toBe(404);
    expect((await (await as('inspection')).get(`/api/personnel/proposals/${proposalId}`)).statusCode).toBe(200);
    const list = await (await as('inspection')).get(`/api/personnel/proposals?unitId=${tree.provinceId}`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(proposalId);
  });

  const decision = (over: Record<string, unknown> = {}) => ({
    version,
    outcome: 'approved',
    decisionRef: '125-QĐ/TU',
    decisionDate: today,
    signer: 'Nguyễn Văn Bí',
    vote: null,
    exceptions: [],
    ...over,
  });

  it('leaves the decision to the competent level: a commune secretary is decided by the province standing committee', async () => {
    const res = await (await as('communeStanding')).post(`/api/personnel/proposals/${proposalId}/decide`, decision());
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('personnel.decide.not_competent');
    expect((await (await as('organising')).post(`/api/personnel/proposals/${proposalId}/decide`, decision())).statusCode).toBe(403);
  });

  it('refuses a decision without number and a stale version', async () => {
    const ps = await as('provinceStanding');
    const noRef = await ps.post(`/api/personnel/proposals/${proposalId}/decide`, decision({ decisionRef: '' }));
    expect(noRef.statusCode).toBe(400);
    expect(noRef.json().details[0].field).toBe('decisionRef');
    const stale = await ps.post(`/api/personnel/proposals/${proposalId}/decide`, decision({ version: version + 5 }));
    expect(stale.statusCode).toBe(409);
  });

  it('approves: the old tenure ends the day before, the new one begins, both traced to the decision and audited', async () => {
    const res = await (await as('provinceStanding')).post(`/api/personnel/proposals/${proposalId}/decide`, decision());
    expect(res.statusCode).toBe(200);
    const v = res.json();
    expect(v.status).toBe('approved');
    expect(v.decision).toMatchObject({ ref: '125-QĐ/TU', date: today, signer: 'Nguyễn Văn Bí' });
    const tenures = await t.db.selectFrom('tenure').selectAll().where('person_id', '=', candidate).orderBy('start_date').execute();
    expect(tenures).toHaveLength(2);
    expect(tenures[0].end_date).toBe(today);
    expect(tenures[1]).toMatchObject({
      post_id: secretaryPost,
      start_date: effective,
      end_date: null,
      how: 'appointed',
      decision_ref: '125-QĐ/TU',
    });
    expect(v.tenures.map((x: { effect: string }) => x.effect).sort()).toEqual(['ended', 'started']);
    const links = await t.db.selectFrom('personnel_tenure_link').selectAll().where('proposal_id', '=', proposalId).execute();
    expect(links).toHaveLength(2);
    expect((await lastAudit(t.db, 'personnel_proposal', proposalId))?.action).toBe('personnel.decide');
    expect((await lastAudit(t.db, 'tenure', tenures[1].id))?.action).toBe('tenure.create');
    expect((await lastAudit(t.db, 'tenure', tenures[0].id))?.action).toBe('tenure.end');
    const chain = await verifyChain(t.db);
    expect(chain.intact).toBe(true);
  });

  it('filters the list by status and kind (the dashboard’s pipeline drills down to it)', async () => {
    const insp = await as('inspection');
    const ids = async (q: string) =>
      (await insp.get(`/api/personnel/proposals?unitId=${tree.provinceId}${q}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('&status=approved&kind=appointment')).toContain(proposalId);
    expect(await ids('&status=proposed')).not.toContain(proposalId);
    expect(await ids('&kind=rotation')).not.toContain(proposalId);
    const bad = await insp.get(`/api/personnel/proposals?unitId=${tree.provinceId}&kind=promotion`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('kind');
  });

  it('answers 409 to a second decision', async () => {
    const res = await (
      await as('provinceStanding')
    ).post(`/api/personnel/proposals/${proposalId}/decide`, decision({ version: version + 1 }));
    expect(res.statusCode).toBe(409);
  });

  it('shows the person their own decided move', async () => {
    const me = await as('candidate');
    expect((await me.get('/api/personnel/mine')).json().items.map((i: { id: string }) => i.id)).toContain(proposalId);
    expect((await me.get(`/api/personnel/proposals/${proposalId}`)).statusCode).toBe(200);
  });

  it('refuses a move that leaves two people holding the one-seat post on the same day', async () => {
    const other = await qualifiedPerson(t.db, tree.communeA, { birthplace_id: adminElsewhere });
    const res = await (
      await as('organising')
    ).post(
      '/api/personnel/proposals',
      appointment({ kind: 'transfer', personId: other, fromTenureId: null, effectiveDate: addDays(today, 10) }),
    );
    expect(res.statusCode).toBe(400);
    const d = res.json().details.find((x: { message: string }) => x.message.includes('một chức danh'));
    expect(d.field).toBe('postId');
  });

  it('refuses a decision about oneself', async () => {
    const res = await (
      await as('organising')
    ).post(
      '/api/personnel/proposals',
      appointment({ kind: 'transfer', personId: standingPerson, postId: divisionPost, fromTenureId: null }),
    );
    expect(res.statusCode).toBe(201);
    const p = res.json();
    const own = await (await as('provinceStanding')).post(`/api/personnel/proposals/${p.id}/decide`, decision({ version: p.version }));
    expect(own.statusCode).toBe(403);
    expect(own.json().error).toBe('own_work.personnel');
  });

  it('needs the vote for a removal from office', async () => {
    const holder = await qualifiedPerson(t.db, tree.communeA, { birthplace_id: adminElsewhere });
    await holdLadderPost(t.db, tree.communeA, holder, 'commune.pc.vice_chair');
    const tenure = (await t.db.selectFrom('tenure').select('id').where('person_id', '=', holder).executeTakeFirstOrThrow()).id;
    const res = await (
      await as('organising')
    ).post('/api/personnel/proposals', appointment({ kind: 'removal', personId: holder, postId: null, fromTenureId: tenure }));
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.checks.needsVote).toBe('removal');
    const ps = await as('provinceStanding');
    const noVote = await ps.post(`/api/personnel/proposals/${p.id}/decide`, decision({ version: p.version }));
    expect(noVote.statusCode).toBe(400);
    expect(noVote.json().details[0].field).toBe('vote');
    const few = await ps.post(
      `/api/personnel/proposals/${p.id}/decide`,
      decision({ version: p.version, vote: { members: 19, present: 18, votes: 9, secret: true } }),
    );
    expect(few.statusCode).toBe(400);
    expect(few.json().details[0].message).toContain('Nghị định 170/2025/NĐ-CP');
    const ok = await ps.post(
      `/api/personnel/proposals/${p.id}/decide`,
      decision({ version: p.version, vote: { members: 19, present: 18, votes: 15, secret: true } }),
    );
    expect(ok.statusCode).toBe(200);
    const ended = await t.db.selectFrom('tenure').select('end_date').where('id', '=', tenure).executeTakeFirstOrThrow();
    expect(ended.end_date).toBe(today);
  });

  it('counts the non-local secretary on the dashboard, with the people behind it', async () => {
    const res = await (await as('provinceStanding')).get(`/api/personnel/dashboard?unitId=${tree.provinceId}&asOf=${effective}`);
    expect(res.statusCode).toBe(200);
    const sec = res.json().nonLocal.find((r: { postCode: string }) => r.postCode === 'commune.party.secretary');
    expect(sec).toMatchObject({ held: 1, nonLocal: 1 });
    expect(sec.holders[0]).toMatchObject({ personId: candidate, local: false });
    expect(res.json().pipeline.length).toBeGreaterThan(0);
    const past = await (await as('provinceStanding')).get(`/api/personnel/dashboard?unitId=${tree.provinceId}&asOf=${today}`);
    expect(past.json().nonLocal.find((r: { postCode: string }) => r.postCode === 'commune.party.secretary').held).toBe(0);
    expect((await (await as('otherOrganising')).get(`/api/personnel/dashboard?unitId=${tree.communeA}`)).statusCode).toBe(404);
  });
});
