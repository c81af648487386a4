// Test support of the evaluation API: a commune with people, a head post, accounts per role, the
// default criteria sets assigned, tasks written straight into the tables, and opening a period
// through the API up to the end of its job.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../db/schema.js';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { client, type Session, signIn } from '../../test/harness.js';
import { assignDefaultCriteria } from '../criteria/index.js';
import { jobSettled } from '../jobs/index.js';

export interface TestTask {
  unitId: string;
  personId: string;
  dueDate: string;
  completedOn?: string | null;
  role?: 'lead' | 'support';
  workUnits?: number;
  qualityOk?: boolean | null;
  majorErrors?: number | null;
  exceeded?: boolean | null;
  objectiveCause?: boolean | null;
  status?: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  title?: string;
}

export async function insertTask(db: Kysely<DB>, t: TestTask): Promise<string> {
  const id = randomUUID();
  const status = t.status ?? (t.completedOn ? 'done' : 'in_progress');
  await db
    .insertInto('task')
    .values({
      id,
      unit_id: t.unitId,
      source: 'slip',
      title: t.title ?? `Nhiệm vụ ${id.slice(0, 6)}`,
      start_date: '2025-12-01',
      due_date: t.dueDate,
      work_units: t.workUnits ?? 1,
      status,
      completed_on: status === 'done' ? (t.completedOn ?? null) : null,
      quality_ok: t.qualityOk ?? null,
      major_errors: t.majorErrors ?? null,
      exceeded: t.exceeded ?? null,
      objective_cause: t.objectiveCause ?? null,
    })
    .execute();
  if (t.role === 'support') {
    // A support assignee needs a lead: a placeholder person of the same unit.
    const lead = await createPerson(db, t.unitId, { given_name: 'Chủ trì' });
    await db
      .insertInto('task_assignee')
      .values([
        { task_id: id, person_id: lead, role: 'lead' },
        { task_id: id, person_id: t.personId, role: 'support' },
      ])
      .execute();
  } else {
    await db.insertInto('task_assignee').values({ task_id: id, person_id: t.personId, role: 'lead' }).execute();
  }
  return id;
}

/** A task of Q1 2026 done on time with quality. */
export const goodTask = (unitId: string, personId: string, over: Partial<TestTask> = {}): TestTask => ({
  unitId,
  personId,
  dueDate: '2026-02-20',
  completedOn: '2026-02-18',
  qualityOk: true,
  majorErrors: 0,
  exceeded: false,
  ...over,
});

export interface Commune {
  tree: Subtree;
  /** The commune's Party committee (a collective). */
  partyA: string;
  people: { cadre: string; peers: string[]; newMember: string; leader: string; outsider: string };
  sessions: {
    organising: Session;
    standing: Session;
    inspection: Session;
    cadre: Session;
    leader: Session;
    otherOrganising: Session;
    otherStanding: Session;
    office: Session;
  };
}

export async function seedCommune(app: FastifyInstance, db: Kysely<DB>): Promise<Commune> {
  const tree = await createSubtree(db);
  await assignDefaultCriteria(db, tree.provinceId, '2025-01-01');
  const partyA = (await db.selectFrom('org_unit_link').select('child_id').where('parent_id', '=', tree.communeA).execute())
    .map((r) => r.child_id)
    .find((id) => id !== tree.committeeA)!;
  const unit = tree.committeeA;
  const cadre = await createPerson(db, unit, { given_name: 'Cán', cadre_group: 'staff' });
  const peers = [];
  for (let i = 0; i < 5; i++) peers.push(await createPerson(db, unit, { given_name: `Bạn${i}`, cadre_group: 'staff' }));
  const newMember = await createPerson(db, unit, { given_name: 'Mới', cadre_group: 'staff', party_admission_date: '2026-01-05' });
  const leader = await createPerson(db, unit, { given_name: 'Lãnh', cadre_group: 'leader_commune' });
  const post = randomUUID();
  await db
    .insertInto('post')
    .values({
      id: post,
      unit_id: unit,
      title: 'Chủ tịch UBND',
      is_head: true,
      is_key: true,
      cadre_group: 'leader_commune',
      rank: 1,
      valid_from: '2025-07-01',
    })
    .execute();
  await db
    .insertInto('tenure')
    .values({ id: randomUUID(), person_id: leader, post_id: post, start_date: '2025-07-01', how: 'elected' })
    .execute();
  const outsider = await createPerson(db, tree.communeB, { given_name: 'Ngoài', cadre_group: 'staff' });
  const sign = async (role: Parameters<typeof createAccount>[1], unitId: string, personId?: string) => {
    const a = await createAccount(db, role, unitId, { personId });
    return signIn(app, a.username, a.password);
  };
  return {
    tree,
    partyA,
    people: { cadre, peers, newMember, leader, outsider },
    sessions: {
      organising: await sign('organising', tree.communeA),
      standing: await sign('standing', tree.communeA),
      inspection: await sign('inspection', tree.communeA),
      cadre: await sign('cadre', unit, cadre),
      leader: await sign('cadre', unit, leader),
      otherOrganising: await sign('organising', tree.communeB),
      otherStanding: await sign('standing', tree.communeB),
      office: await sign('office', tree.communeA),
    },
  };
}

/** POST /periods, wait for its job, expect it succeeded; returns the period id. */
export async function openPeriod(app: FastifyInstance, session: Session, body: Record<string, unknown>): Promise<string> {
  // Test periods lie in the past: their step deadlines are recorded knowingly.
  const res = await client(app, session).post('/api/evaluation/periods', { pastDeadlinesConfirmed: true, ...body });
  expect(res.statusCode, res.body).toBe(202);
  const { jobId, periodId } = res.json();
  await jobSettled(jobId);
  const job = await client(app, session).get(`/api/jobs/${jobId}`);
  expect(job.statusCode, job.body).toBe(200);
  expect(job.json().status, job.body).toBe('succeeded');
  return periodId;
}

/** The evaluation id of a person in a period. */
export async function evaluationOf(db: Kysely<DB>, periodId: string, personId: string) {
  return db
    .selectFrom('evaluation')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
}
