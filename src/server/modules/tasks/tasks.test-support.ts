// Shared world for the tasks API tests: one subtree, people and accounts for every part a task
// involves (assigner, lead, supporting assignee, bystander, another commune), and helpers.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { todayInVietnam } from '../../../domain/dates.js';
import type { Role } from '../../db/schema.js';
import { createAccount, createPerson, createSubtree, lastAudit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

export interface World {
  t: TestContext;
  tree: Subtree;
  people: { assigner: string; lead: string; support: string; bystander: string; personB: string };
  s: {
    standing: Session;
    lead: Session;
    support: Session;
    bystander: Session;
    office: Session;
    standingB: Session;
    cadreB: Session;
    admin: Session;
  };
}

/** Civil date `n` days from today (Vietnam). */
export function day(n: number): string {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  const tree = await createSubtree(t.db);
  const as = async (role: Role, unitId: string, personId?: string) => {
    const acc = await createAccount(t.db, role, unitId, { personId });
    return signIn(t.app, acc.username, acc.password);
  };
  const assigner = await createPerson(t.db, tree.communeA, { family_name: 'Lê', middle_name: 'Văn', given_name: 'Thường' });
  const lead = await createPerson(t.db, tree.committeeA, { family_name: 'Trần', middle_name: 'Thị', given_name: 'Chủ' });
  const support = await createPerson(t.db, tree.cellA, { family_name: 'Phạm', middle_name: 'Văn', given_name: 'Phối' });
  const bystander = await createPerson(t.db, tree.committeeA, { family_name: 'Hoàng', middle_name: 'Văn', given_name: 'Xem' });
  const personB = await createPerson(t.db, tree.communeB, { family_name: 'Võ', middle_name: 'Văn', given_name: 'Bình' });
  return {
    t,
    tree,
    people: { assigner, lead, support, bystander, personB },
    s: {
      standing: await as('standing', tree.communeA, assigner),
      lead: await as('cadre', tree.communeA, lead),
      support: await as('cadre', tree.communeA, support),
      bystander: await as('cadre', tree.communeA, bystander),
      office: await as('office', tree.communeA),
      standingB: await as('standing', tree.communeB),
      cadreB: await as('cadre', tree.communeB, personB),
      admin: await as('admin', tree.provinceId),
    },
  };
}

export const slip = (w: World, over: Record<string, unknown> = {}) => ({
  unitId: w.tree.communeA,
  title: `Rà soát hồ sơ đất đai ${randomUUID().slice(0, 6)}`,
  description: 'Rà soát và báo cáo',
  leadId: w.people.lead,
  supportIds: [w.people.support],
  startDate: day(-5),
  dueDate: day(10),
  priority: 'high',
  workUnits: 2,
  fieldCode: 'land_construction',
  ...over,
});

/** Issues a task slip as the standing member and returns its detail. */
export async function issue(w: World, over: Record<string, unknown> = {}) {
  const res = await client(w.t.app, w.s.standing).post('/api/tasks', slip(w, over));
  if (res.statusCode !== 201) throw new Error(`issue failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export const detail = async (w: World, s: Session, id: string) => (await client(w.t.app, s).get(`/api/tasks/${id}`)).json();

/** The latest audit event of the task has this action, unit and lead. */
export async function expectAudit(w: World, taskId: string, action: string, personId = w.people.lead) {
  const ev = await lastAudit(w.t.db, 'task', taskId);
  expect(ev?.action).toBe(action);
  expect(ev?.unit_id).toBeTruthy();
  expect(ev?.person_id).toBe(personId);
  return ev!;
}

export function expectField(res: { statusCode: number; json: () => { details?: Array<{ field: string }> } }, field: string) {
  expect(res.statusCode).toBe(400);
  expect(res.json().details?.map((d) => d.field)).toContain(field);
}
