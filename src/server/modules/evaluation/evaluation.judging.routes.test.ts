// Nobody judges their own evaluation (Quy định 366-QĐ/TW, Điều 12–13): an organising member does not
// appraise her own evaluation, the secretary does not decide (nor cancel, nor put in a decision set,
// nor grant the quota exception over) his own; the action is absent from what the server sends and
// the refusal names the rule, in Vietnamese and in English; a standing member's result decided by a
// fellow member is recorded as the collective's decision, by the province as the level above's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, lastAudit } from '../../test/factories.js';
import { client, createTestApp, type Session, signIn, type TestContext } from '../../test/harness.js';
import { type Commune, evaluationOf, openPeriod, seedCommune } from './evaluation.test-support.js';

let ctx: TestContext;
let c: Commune;
let periodId: string;
const people = { organiser: '', secretary: '', chair: '' };
const s = {} as { organiser: Session; secretary: Session; chair: Session; province: Session };
const RULE = 'Quy định 366-QĐ/TW, Điều 12–13';

const row = (id: string) => ctx.db.selectFrom('evaluation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function appraised(personId: string) {
  const e = await evaluationOf(ctx.db, periodId, personId);
  const res = await client(ctx.app, c.sessions.organising).put(`/api/evaluation/${e.id}/appraisal`, {
    version: e.version,
    score: 75,
    level: 'good',
    selfMissing: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  return row(e.id);
}

beforeAll(async () => {
  ctx = await createTestApp();
  c = await seedCommune(ctx.app, ctx.db);
  const unit = c.tree.committeeA;
  people.organiser = await createPerson(ctx.db, unit, { given_name: 'Tổ', cadre_group: 'staff' });
  people.secretary = await createPerson(ctx.db, unit, { given_name: 'Thư', cadre_group: 'staff' });
  people.chair = await createPerson(ctx.db, unit, { given_name: 'Tịch', cadre_group: 'staff' });
  const provincial = await createPerson(ctx.db, c.tree.provinceId, { given_name: 'Tỉnh', cadre_group: 'staff' });
  const sign = async (role: 'organising' | 'standing', unitId: string, personId: string) => {
    const a = await createAccount(ctx.db, role, unitId, { personId });
    return signIn(ctx.app, a.username, a.password);
  };
  s.organiser = await sign('organising', c.tree.communeA, people.organiser);
  s.secretary = await sign('standing', c.tree.communeA, people.secretary);
  s.chair = await sign('standing', c.tree.communeA, people.chair);
  s.province = await sign('standing', c.tree.provinceId, provincial);
  periodId = await openPeriod(ctx.app, c.sessions.organising, { unitId: c.tree.communeA, kind: 'quarter', year: 2026, number: 3 });
}, 60_000);
afterAll(async () => ctx?.close());

describe('appraisal of one’s own evaluation', () => {
  it('is absent from the actions and refused with the rule (vi, en); another member appraises it', async () => {
    const e = await evaluationOf(ctx.db, periodId, people.organiser);
    const own = await client(ctx.app, s.organiser).get(`/api/evaluation/${e.id}`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().actions).toMatchObject({ appraise: false, decide: false, cancelDecision: false });
    // The same member may appraise a colleague: the absence is about the subject, not the role.
    const peer = await evaluationOf(ctx.db, periodId, c.people.peers[0]);
    expect((await client(ctx.app, s.organiser).get(`/api/evaluation/${peer.id}`)).json().actions.appraise).toBe(true);

    const body = { version: e.version, score: 95, level: 'good', selfMissing: true };
    const refused = await client(ctx.app, s.organiser).put(`/api/evaluation/${e.id}/appraisal`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('own_work.evaluation');
    expect(refused.json().message).toContain(RULE);
    expect(refused.json().message).toContain('Không ai tự thẩm định');
    const en = await client(ctx.app, s.organiser).put(`/api/evaluation/${e.id}/appraisal?lang=en`, body);
    expect(en.json().message).toContain('Nobody appraises or decides their own evaluation');
    expect(en.json().message).toContain(RULE);
    const after = await row(e.id);
    expect(after.status).toBe('self_pending');
    expect(after.version).toBe(e.version);

    const ok = await client(ctx.app, c.sessions.organising).put(`/api/evaluation/${e.id}/appraisal`, { ...body, score: 75 });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('decision on one’s own evaluation', () => {
  it('the secretary cannot decide his own; a fellow member decides it as the collective, the province as the level above', async () => {
    const e = await appraised(people.secretary);
    const view = await client(ctx.app, s.secretary).get(`/api/evaluation/${e.id}`);
    expect(view.json().actions).toMatchObject({ decide: false, cancelDecision: false });
    expect((await client(ctx.app, s.chair).get(`/api/evaluation/${e.id}`)).json().actions.decide).toBe(true);

    const body = { version: e.version, score: 75, level: 'good' };
    const refused = await client(ctx.app, s.secretary).put(`/api/evaluation/${e.id}/decision`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'own_work.evaluation' });
    expect(refused.json().message).toContain('tập thể Ban Thường vụ hoặc cấp trên');
    expect((await row(e.id)).status).toBe('appraised');

    const byPeer = await client(ctx.app, s.chair).put(`/api/evaluation/${e.id}/decision`, body);
    expect(byPeer.statusCode, byPeer.body).toBe(200);
    expect((await lastAudit(ctx.db, 'evaluation', e.id))?.after).toMatchObject({ level: 'good', basis: 'collective' });

    // Cancel and re-rate are decisions too.
    const decided = await row(e.id);
    const cancel = await client(ctx.app, s.secretary).post(`/api/evaluation/${e.id}/cancel-decision`, {
      version: decided.version,
      reason: 'Xem lại',
    });
    expect(cancel.statusCode).toBe(403);
    expect(cancel.json().error).toBe('own_work.evaluation');
    const cancelled = await client(ctx.app, s.province).post(`/api/evaluation/${e.id}/cancel-decision`, {
      version: decided.version,
      reason: 'Xem lại',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const again = await row(e.id);
    const byProvince = await client(ctx.app, s.province).put(`/api/evaluation/${e.id}/decision`, { ...body, version: again.version });
    expect(byProvince.statusCode, byProvince.body).toBe(200);
    expect((await lastAudit(ctx.db, 'evaluation', e.id))?.after).toMatchObject({ basis: 'level_above' });
  });

  it('an ordinary cadre decided by the secretary is an individual decision', async () => {
    const e = await appraised(c.people.peers[1]);
    const res = await client(ctx.app, s.secretary).put(`/api/evaluation/${e.id}/decision`, {
      version: e.version,
      score: 75,
      level: 'good',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await lastAudit(ctx.db, 'evaluation', e.id))?.after).toMatchObject({ basis: 'individual' });
  });
});

describe('decision sets and quota exceptions', () => {
  it('the list marks the actor’s own evaluation; a set holding it is refused as a whole, naming the item', async () => {
    const mine = await appraised(people.chair);
    const peer = await appraised(c.people.peers[2]);
    const list = await client(ctx.app, s.chair).get(`/api/evaluation/periods/${periodId}/evaluations?pageSize=500`);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as Array<{ id: string; ownWork: boolean }>;
    expect(items.find((x) => x.id === mine.id)?.ownWork).toBe(true);
    expect(items.find((x) => x.id === peer.id)?.ownWork).toBe(false);

    const set = {
      unitId: mine.unit_id,
      cadreGroup: mine.cadre_group,
      items: [
        { evaluationId: mine.id, version: mine.version, score: 75, level: 'good' },
        { evaluationId: peer.id, version: peer.version, score: 75, level: 'good' },
      ],
    };
    const refused = await client(ctx.app, s.chair).post(`/api/evaluation/periods/${periodId}/decisions`, set);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([expect.objectContaining({ field: 'items.0.evaluationId' })]);
    expect(refused.json().details[0].message).toContain(RULE);
    expect((await row(peer.id)).status).toBe('appraised');
    const bySecretary = await client(ctx.app, s.secretary).post(`/api/evaluation/periods/${periodId}/decisions`, set);
    expect(bySecretary.statusCode, bySecretary.body).toBe(200);
    expect((await row(mine.id)).status).toBe('decided');
  });

  it('nobody grants the quota exception to a group holding their own evaluation', async () => {
    const e = await evaluationOf(ctx.db, periodId, people.chair);
    const body = { unitId: e.unit_id, cadreGroup: e.cadre_group, percent: 25, reason: 'Thành tích nổi bật' };
    const refused = await client(ctx.app, s.chair).post(`/api/evaluation/periods/${periodId}/quota-exceptions`, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'own_work.peer_group' });
    expect(refused.json().message).toContain(RULE);
    expect(await ctx.db.selectFrom('quota_exception').select('id').where('period_id', '=', periodId).execute()).toEqual([]);
    const ok = await client(ctx.app, s.province).post(`/api/evaluation/periods/${periodId}/quota-exceptions`, body);
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
