// Support of the scope-equivalence test: records of ANOTHER commune, one per entity type an
// endpoint can name, and a sampler that builds a valid request body from the OpenAPI schema (so
// the request reaches the record look-up instead of stopping at validation).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { createAccount, createPerson, createUnit, type Subtree } from './factories.js';

export type Entity =
  | 'unit'
  | 'person'
  | 'account'
  | 'post'
  | 'tenure'
  | 'plan'
  | 'notification'
  | 'responsibility'
  | 'indicator'
  | 'task'
  | 'milestone'
  | 'attachment'
  | 'meeting'
  | 'document'
  | 'shortcoming'
  | 'period'
  | 'evaluation'
  | 'job'
  | 'criteriaSet'
  | 'planningPlan'
  | 'planningCandidate'
  | 'commitment'
  | 'personnelProposal'
  | 'cell'
  | 'cellMeeting'
  | 'membership'
  | 'trainingCourse'
  | 'exemplar'
  | 'trainingPlanItem'
  | 'candidate'
  | 'roster'
  | 'memberCheck'
  | 'actionPlan';

type Ids = Partial<Record<string, Entity>>;
export interface Spec {
  /** Path parameters and the entity each names. */
  path?: Ids;
  /** Path parameters fixed to records of the actor's own commune (when the reference varied is elsewhere). */
  ownPath?: Record<string, () => string>;
  /** A query parameter naming a record. */
  query?: [string, Entity];
  /** A body field naming a record (set by `put`). */
  body?: [Entity, (body: Record<string, unknown>, id: string) => void];
  /** Fixed body or query values the sampler cannot guess. */
  fixed?: Record<string, unknown>;
  fixedQuery?: Record<string, string>;
  multipart?: boolean;
}
/** Endpoints that name no record of the organisation (own account, lists, reference data), with the reason. */
export type Exempt = string;

export const P = (entity: Entity): Spec => ({ path: { id: entity } });
export const set = (field: string) => (b: Record<string, unknown>, v: string) => {
  b[field] = v;
};

/** One record of each entity type, all under `tree.communeB`. */
export async function foreignRecords(db: Kysely<DB>, tree: Subtree): Promise<Record<Entity, string>> {
  const unit = tree.communeB;
  const person = await createPerson(db, unit, { given_name: 'Ngoài', cadre_group: 'staff' });
  const account = (await createAccount(db, 'cadre', unit, { personId: person })).id;
  const post = randomUUID();
  await db
    .insertInto('post')
    .values({
      id: post,
      unit_id: unit,
      title: 'Phó Chủ tịch',
      is_head: false,
      is_key: false,
      cadre_group: null,
      rank: 5,
      valid_from: '2025-07-01',
    })
    .execute();
  const tenure = randomUUID();
  await db
    .insertInto('tenure')
    .values({ id: tenure, person_id: person, post_id: post, start_date: '2025-08-01', how: 'appointed' })
    .execute();
  const plan = randomUUID();
  await db
    .insertInto('weekly_plan')
    .values({ id: plan, unit_id: unit, person_id: person, week_start: '2030-01-07', status: 'submitted' })
    .execute();
  const notification = randomUUID();
  await db
    .insertInto('notification')
    .values({
      id: notification,
      person_id: person,
      kind: 'task_assigned',
      params: JSON.stringify({ title: 'x' }),
      dedupe_key: randomUUID(),
    })
    .execute();
  const responsibility = randomUUID();
  await db
    .insertInto('responsibility')
    .values({ id: responsibility, person_id: person, unit_id: unit, field_code: null, area_unit_id: unit, valid_from: '2025-08-01' })
    .execute();
  const indicator = randomUUID();
  await db
    .insertInto('indicator')
    .values({ id: indicator, unit_id: unit, year: 2026, code: `ngoai_${indicator.slice(0, 6)}`, name: 'Thu ngân sách', target: 100 })
    .execute();
  const task = randomUUID();
  await db
    .insertInto('task')
    .values({
      id: task,
      unit_id: unit,
      source: 'volunteer',
      title: 'Việc xã khác',
      start_date: '2026-01-05',
      due_date: '2026-12-20',
      work_units: 1,
      status: 'done',
      completed_on: '2026-06-01',
    })
    .execute();
  await db.insertInto('task_assignee').values({ task_id: task, person_id: person, role: 'lead' }).execute();
  const milestone = randomUUID();
  await db
    .insertInto('task_milestone')
    .values({ id: milestone, task_id: task, ordinal: 1, title: 'Mốc 1', due_date: '2026-03-01' })
    .execute();
  const attachment = randomUUID();
  const file = { file_name: 'a.pdf', mime_type: 'application/pdf', size_bytes: 4, sha256: '0'.repeat(64), content: Buffer.from('%PDF') };
  await db
    .insertInto('attachment')
    .values({ id: attachment, owner_type: 'task', owner_id: task, ...file })
    .execute();
  const meeting = randomUUID();
  await db
    .insertInto('meeting')
    .values({ id: meeting, unit_id: unit, kind: 'briefing', title: 'Giao ban xã khác', scheduled_at: new Date('2026-03-02T01:00:00Z') })
    .execute();
  const document = randomUUID();
  await db
    .insertInto('attachment')
    .values({ id: document, owner_type: 'meeting', owner_id: meeting, ...file })
    .execute();
  const shortcoming = randomUUID();
  await db
    .insertInto('shortcoming')
    .values({ id: shortcoming, person_id: person, unit_id: null, period_id: null, noted_on: '2025-12-20', text: 'Hạn chế' })
    .execute();
  const period = randomUUID();
  await db
    .insertInto('evaluation_period')
    .values({
      id: period,
      unit_id: unit,
      kind: 'quarter',
      year: 2026,
      number: 1,
      start_date: '2026-01-01',
      end_date: '2026-03-31',
      self_due: '2026-04-05',
      appraisal_due: '2026-04-10',
      decision_due: '2026-04-15',
    })
    .execute();
  const set = await db.selectFrom('criteria_set').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
  const evaluation = randomUUID();
  await db
    .insertInto('evaluation')
    .values({
      id: evaluation,
      period_id: period,
      person_id: person,
      subject_unit_id: null,
      unit_id: unit,
      cadre_group: 'staff',
      criteria_set_id: set.id,
      status: 'self_pending',
      excluded_reason: null,
      inputs: '{}',
      gate_report: '{}',
    } as never)
    .execute();
  const job = randomUUID();
  await db
    .insertInto('job')
    .values({
      id: job,
      kind: 'people.import',
      account_id: account,
      unit_id: unit,
      status: 'failed',
      total: 1,
      done: 0,
      summary: null,
      error_file: Buffer.from('x'),
      finished_at: new Date(),
    })
    .execute();
  const criteriaSet = randomUUID();
  await db
    .insertInto('criteria_set')
    .values({
      id: criteriaSet,
      family: criteriaSet,
      version_no: 1,
      name: 'Bộ tiêu chí riêng của xã khác',
      appendix: 'PL4',
      general_points: 30,
      results_points: 70,
      results_config: '{}',
      frozen_at: null,
      created_by: null,
      owner_unit_id: unit,
    })
    .execute();
  const planningPlan = randomUUID();
  await db.insertInto('planning_plan').values({ id: planningPlan, unit_id: unit, term_id: 'party-2030-2035', created_by: null }).execute();
  const planningCandidate = randomUUID();
  await db
    .insertInto('planning_candidate')
    .values({
      id: planningCandidate,
      plan_id: planningPlan,
      post_code: 'commune.party.secretary',
      person_id: person,
      target_level: 2,
      source: 'inside',
      training: '[]',
      note: null,
      status: 'proposed',
      added_on: '2026-01-05',
      created_by: null,
    })
    .execute();
  const commitment = randomUUID();
  await db.insertInto('commitment').values({ id: commitment, person_id: person, unit_id: unit, year: 2026, status: 'submitted' }).execute();
  await db
    .insertInto('commitment_action')
    .values(
      [1, 2].map((n) => ({
        id: randomUUID(),
        commitment_id: commitment,
        ordinal: n,
        title: `Việc ${n}`,
        evidence: 'Biên bản',
        due_date: '2026-06-30',
      })),
    )
    .execute();
  const personnelProposal = randomUUID();
  await db
    .insertInto('personnel_proposal')
    .values({
      id: personnelProposal,
      kind: 'transfer',
      person_id: person,
      unit_id: unit,
      post_id: post,
      effective_date: '2026-12-01',
      reason: 'Điều động',
      documents: JSON.stringify({ appraisal: true, assetDeclaration: true, health: true }),
      checks: '[]',
      exceptions: '[]',
      proposed_on: '2026-01-01',
    })
    .execute();
  const cell = await createUnit(db, { kind: 'party_cell', name: 'Chi bộ Ngoài', parentId: unit });
  const cellMeeting = randomUUID();
  await db
    .insertInto('cell_meeting')
    .values({
      id: cellMeeting,
      cell_id: cell,
      kind: 'regular',
      month: '2026-03',
      planned_at: new Date('2026-03-02T01:00:00Z'),
      prep_meeting_on: null,
      documents_posted_at: null,
      started_at: null,
      ended_at: null,
      created_by: null,
    })
    .execute();
  const membership = randomUUID();
  await db
    .insertInto('party_membership')
    .values({
      id: membership,
      person_id: person,
      cell_id: cell,
      kind: 'official',
      from_on: '2025-07-01',
      to_on: null,
      joined_how: 'official_transfer',
      left_how: null,
      admission_decision_on: null,
      ceremony_on: null,
      full_vote_on: null,
      full_decision_on: null,
      age_exception: null,
      card_number: null,
      exempt_from: null,
      exempt_decision: null,
      suspended_from: null,
    })
    .execute();
  const trainingCourse = randomUUID();
  await db
    .insertInto('training_course')
    .values({
      id: trainingCourse,
      person_id: person,
      name: 'Bồi dưỡng kiến thức quốc phòng và an ninh',
      institution: 'Trường Quân sự tỉnh',
      start_date: '2025-03-01',
      end_date: '2025-03-15',
      mode: 'short_course',
      result: 'completed',
      certificate: null,
      level: 'defence_security',
      field_group: null,
    })
    .execute();
  const exemplar = randomUUID();
  await db
    .insertInto('exemplar')
    .values({
      id: exemplar,
      subject: 'person',
      person_id: person,
      subject_unit_id: null,
      unit_id: unit,
      year: 2025,
      campaign: 'ho_chi_minh',
      achievement: 'Gương mẫu',
      source: 'unit',
      nominated_by: null,
    })
    .execute();
  const trainingPlanItem = randomUUID();
  await db
    .insertInto('training_plan_item')
    .values({
      id: trainingPlanItem,
      unit_id: unit,
      year: 2026,
      name: 'Trung cấp lý luận chính trị',
      institution: null,
      level: 'political_intermediate',
      start_date: '2026-03-01',
      end_date: '2026-09-30',
      places: 2,
      created_by: null,
    })
    .execute();
  const candidate = randomUUID();
  await db
    .insertInto('recruitment_candidate')
    .values({ id: candidate, person_id: person, cell_id: cell, outstanding_on: '2026-01-05' })
    .execute();
  const roster = randomUUID();
  await db.insertInto('cell_roster').values({ id: roster, cell_id: cell, month: '2026-03', person_id: person, attended: null }).execute();
  const memberCheck = randomUUID();
  await db
    .insertInto('cell_member_check')
    .values({ id: memberCheck, unit_id: unit, year: 2026, half: 1, due_on: '2026-06-30', created_by: null, done_on: null, done_by: null })
    .execute();
  const actionPlan = randomUUID();
  await db
    .insertInto('action_plan')
    .values({ id: actionPlan, person_id: person, unit_id: unit, post_id: post, year: 2026, status: 'submitted' })
    .execute();
  return {
    actionPlan,
    trainingPlanItem,
    candidate,
    roster,
    memberCheck,
    commitment,
    personnelProposal,
    cell,
    cellMeeting,
    membership,
    trainingCourse,
    exemplar,
    planningPlan,
    planningCandidate,
    unit,
    person,
    account,
    post,
    tenure,
    plan,
    notification,
    responsibility,
    indicator,
    task,
    milestone,
    attachment,
    meeting,
    document,
    shortcoming,
    period,
    evaluation,
    job,
    criteriaSet,
  };
}

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
  pattern?: string;
  $ref?: string;
};

/** A value that satisfies the JSON schema's declared constraints (required properties only). */
export function sample(s: Schema | undefined, defs: Record<string, Schema> = {}): unknown {
  if (!s) return undefined;
  if (s.$ref) return sample(defs[s.$ref.split('/').pop()!], defs);
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((x) => x.type !== 'null') ?? alt[0], defs);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => sample(x, defs) as object));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = sample(s.properties?.[k], defs);
      return out;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items, defs));
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date' || s.pattern?.includes('\\d{4}-')) return '2026-03-02';
      if (s.format === 'date-time') return '2026-03-02T01:00:00.000Z';
      return 'Mẫu thử phạm vi'.padEnd(Math.max(s.minLength ?? 1, 3), 'x');
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    default:
      return undefined;
  }
}
