// Training records: read one person's record (the record's levels, the profile, the courses with their
// support claims, the standards of the posts held and planned), edit the profile, add/edit/delete
// courses, record support payments. Every mutation audited in its transaction; stale versions → 409.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  CourseInput,
  CourseView,
  PaymentRequest,
  TrainingRecordView,
  UpdateCourseRequest,
  UpdateProfileRequest,
} from '../../../contracts/training.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { courseIssues, fieldGroupOf, isScienceTechnology, paymentIssue } from '../../../domain/training/index.js';
import type { Selectable } from 'kysely';
import type { DB, TrainingCourseTable } from '../../db/schema.js';
import { AppError, conflict, fieldError, invalid, notFound } from '../../errors.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale, MessageKey } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { loadPlanningSettings, postStandardsOf } from '../planning/index.js';
import { assertCanReadTraining, assertCanWriteTraining } from './training.policy.js';
import * as q from './training.queries.js';
import { claimOf, supportPolicies } from './training.support.js';

type Trx = Transaction<DB>;
type CourseRow = Selectable<TrainingCourseTable>;

async function person(db: Kysely<DB>, id: string) {
  const p = await q.personFacts(db, id);
  if (!p) throw notFound();
  return p;
}

export async function trainingRecord(db: Kysely<DB>, actor: Actor, locale: Locale, personId: string): Promise<TrainingRecordView> {
  const p = await person(db, personId);
  const access = await assertCanReadTraining(db, actor, p);
  const today = todayInVietnam();
  const [profile, courses, settings, policies, standards] = await Promise.all([
    q.profileOf(db, personId),
    q.coursesOf(db, [personId]),
    loadPlanningSettings(db),
    supportPolicies(db),
    postStandardsOf(db, locale, [personId], today),
  ]);
  const payments = await q.paymentsOf(
    db,
    courses.map((c) => c.id),
  );
  const field = fieldGroupOf(profile, p.professional_qualification);
  const left = profile?.left_service_on ?? null;
  return {
    personId: p.id,
    name: fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name }),
    unitId: p.unit_id,
    unitName: p.unit_name,
    educationLevel: p.education_level,
    professionalQualification: p.professional_qualification,
    politicalTheoryLevel: p.political_theory_level,
    stateManagementLevel: p.state_management_level,
    profile: {
      fieldOfStudy: profile?.field_of_study ?? null,
      fieldGroup: field.group,
      fieldGroupSuggested: field.suggested,
      scienceTechnology: isScienceTechnology(field.group, settings.structure.scienceTechnologyFields),
      itLevel: profile?.it_level ?? null,
      foreignLanguage: profile?.foreign_language ?? null,
      defenceSecurity: profile?.defence_security ?? null,
      leftServiceOn: left,
      version: profile?.version ?? 0,
    },
    courses: courses.map((c) => {
      const { policy: _policy, ...support } = claimOf(
        { id: c.id, level: c.level, fieldGroup: c.field_group ?? field.group, endDate: c.end_date, result: c.result },
        policies,
        payments.filter((x) => x.course_id === c.id),
        left,
        today,
      );
      return { ...courseView(c), support };
    }),
    standards: standards.get(personId) ?? [],
    actions: { edit: access.write },
  };
}

function courseView(c: CourseRow): Omit<CourseView, 'support'> {
  return {
    id: c.id,
    name: c.name,
    institution: c.institution,
    startDate: c.start_date,
    endDate: c.end_date,
    mode: c.mode,
    result: c.result,
    certificate: c.certificate,
    level: c.level,
    fieldGroup: c.field_group,
    version: c.version,
  };
}

const auditCourse = (c: CourseRow) => ({ personId: c.person_id, ...courseView(c) });

/** The course checks the API and the import share: dates in order, a result only once the course has ended. */
export function courseInputIssues(c: CourseInput, today: string) {
  const issues: Array<{ field: string; key: MessageKey; params: { start: string } }> = courseIssues({
    startDate: c.startDate,
    endDate: c.endDate,
    result: c.result,
  }).map((i) => ({
    field: i.field,
    key: i.code,
    params: { start: c.startDate },
  }));
  if (issues.length === 0 && c.endDate !== null && c.endDate > today && c.result !== 'in_progress') {
    issues.push({ field: 'result', key: 'training.course.future_result', params: { start: c.endDate } });
  }
  return issues;
}

function checkCourse(c: CourseInput) {
  const issues = courseInputIssues(c, todayInVietnam());
  if (issues.length) throw invalid(...issues.map((i) => ({ ...i, params: { start: formatDay(i.params.start) } })));
}
const formatDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export const courseRow = (personId: string, c: CourseInput) => ({
  person_id: personId,
  name: c.name,
  institution: c.institution,
  start_date: c.startDate,
  end_date: c.endDate,
  mode: c.mode,
  result: c.result,
  certificate: c.certificate,
  level: c.level,
  field_group: c.fieldGroup,
});

export async function updateProfile(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  personId: string,
  body: UpdateProfileRequest,
): Promise<TrainingRecordView> {
  requireAction(actor, 'training.write');
  const p = await person(trx, personId);
  await assertCanWriteTraining(trx, actor, p);
  if (body.leftServiceOn !== null && body.leftServiceOn > todayInVietnam()) throw fieldError('leftServiceOn', 'training.left.future');
  const before = await q.profileOf(trx, personId, true);
  if ((before?.version ?? 0) !== body.version) throw conflict();
  const values = {
    field_of_study: body.fieldOfStudy,
    field_group: body.fieldGroup,
    it_level: body.itLevel,
    foreign_language: body.foreignLanguage,
    defence_security: body.defenceSecurity,
    left_service_on: body.leftServiceOn,
  };
  const after = before
    ? await q.updateProfile(trx, personId, before.version, values)
    : await q.insertProfile(trx, { person_id: personId, ...values });
  if (!after) throw conflict();
  const { updated_at: _u, ...b } = before ?? { updated_at: null };
  const { updated_at: _a, ...a } = after;
  await recordAudit(trx, audit, [
    {
      action: 'training.profile.update',
      entityType: 'training_profile',
      entityId: personId,
      personId,
      unitId: p.unit_id,
      before: before ? b : null,
      after: a,
    },
  ]);
  return trainingRecord(trx, actor, locale, personId);
}

export async function addCourse(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, personId: string, body: CourseInput) {
  requireAction(actor, 'training.write');
  const p = await person(trx, personId);
  await assertCanWriteTraining(trx, actor, p);
  checkCourse(body);
  const row = await q.insertCourse(trx, { id: randomUUID(), ...courseRow(personId, body) });
  await recordAudit(trx, audit, [
    {
      action: 'training.course.create',
      entityType: 'training_course',
      entityId: row.id,
      personId,
      unitId: p.unit_id,
      after: auditCourse(row),
    },
  ]);
  return trainingRecord(trx, actor, locale, personId);
}

async function writableCourse(trx: Trx, actor: Actor, id: string) {
  // 403 for a role that never edits training, before any record is looked up (decision 0011).
  requireAction(actor, 'training.write');
  const course = await q.courseById(trx, id, true);
  if (!course) throw notFound();
  const p = await person(trx, course.person_id);
  await assertCanWriteTraining(trx, actor, p);
  return { course, p };
}

export async function updateCourse(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, id: string, body: UpdateCourseRequest) {
  const { course, p } = await writableCourse(trx, actor, id);
  if (course.version !== body.version) throw conflict();
  checkCourse(body);
  const row = await q.updateCourse(trx, id, body.version, courseRow(course.person_id, body));
  if (!row) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'training.course.update',
      entityType: 'training_course',
      entityId: id,
      personId: p.id,
      unitId: p.unit_id,
      before: auditCourse(course),
      after: auditCourse(row),
    },
  ]);
  return trainingRecord(trx, actor, locale, p.id);
}

export async function deleteCourse(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, id: string, version: number) {
  const { course, p } = await writableCourse(trx, actor, id);
  if (course.version !== version) throw conflict();
  if ((await q.paymentsOf(trx, [id])).length > 0) throw new AppError(409, 'training.support.paid_exists');
  const row = await q.deleteCourse(trx, id, version);
  if (!row) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'training.course.delete',
      entityType: 'training_course',
      entityId: id,
      personId: p.id,
      unitId: p.unit_id,
      before: auditCourse(course),
    },
  ]);
  return trainingRecord(trx, actor, locale, p.id);
}

/** A payment of the support policy: never more than the policy still grants for the course (the rule is cited). */
export async function recordPayment(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, courseId: string, body: PaymentRequest) {
  const { course, p } = await writableCourse(trx, actor, courseId);
  const today = todayInVietnam();
  if (body.paidOn > today) throw fieldError('paidOn', 'training.support.future');
  const [profile, policies, payments] = await Promise.all([q.profileOf(trx, p.id), supportPolicies(trx), q.paymentsOf(trx, [courseId])]);
  const field = fieldGroupOf(profile, p.professional_qualification);
  const claim = claimOf(
    { id: course.id, level: course.level, fieldGroup: course.field_group ?? field.group, endDate: course.end_date, result: course.result },
    policies,
    payments,
    profile?.left_service_on ?? null,
    today,
  );
  if (!claim.policy) throw fieldError('amount', 'training.support.no_policy');
  const issue = paymentIssue(claim, body.amount);
  if (issue) throw fieldError('amount', issue.code, { rule: claim.rule, max: issue.max.toLocaleString('vi-VN') });
  const row = await q.insertPayment(trx, {
    id: randomUUID(),
    course_id: courseId,
    amount: body.amount,
    paid_on: body.paidOn,
    decision_ref: body.decisionRef,
    recorded_by: actor.accountId,
  });
  await recordAudit(trx, audit, [
    {
      action: 'training.support.pay',
      entityType: 'training_support_payment',
      entityId: row.id,
      personId: p.id,
      unitId: p.unit_id,
      after: { courseId, amount: row.amount, paidOn: row.paid_on, decisionRef: row.decision_ref, rule: claim.rule },
    },
  ]);
  return trainingRecord(trx, actor, locale, p.id);
}
