// The yearly review (who no longer meets the rules: age passed, rating dropped, disciplined — the
// domain's reviewCandidate) and the immediate removal of a disciplined candidate. The conduct module
// announces each discipline it records (onDisciplineRecorded, through its index); planning listens, so
// conduct never knows planning exists (decision 0019).
import type { Kysely, Transaction } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { checkDisciplineRemoval, formatRuleParams, reviewCandidate } from '../../../domain/planning/index.js';
import type { ReviewView } from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { type Locale, t } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import type { DisciplineRecorded } from '../conduct/index.js';
import * as f from './planning.facts.queries.js';
import { assertCanReadPlan } from './planning.policy.js';
import { auditCandidate, labeller, presentCheck } from './planning.presenter.js';
import * as q from './planning.queries.js';
import { loadPlanningSettings } from './planning.settings.js';
import { loadPlanContext, reviewWindow } from './planning.view.js';

export async function reviewPlan(db: Kysely<DB>, actor: Actor, locale: Locale, planId: string, year?: number): Promise<ReviewView> {
  const plan = await q.planById(db, planId);
  if (!plan) throw notFound();
  const access = await assertCanReadPlan(db, actor, plan);
  const today = todayInVietnam();
  const ctx = await loadPlanContext(db, plan);
  const y = year ?? Number(today.slice(0, 4));
  const windowEnd = reviewWindow(ctx.settings, `${y}-01-01`).to;
  const reviewDate = windowEnd < today ? windowEnd : today;
  const rows = (await q.candidatesAsOf(db, plan.id, reviewDate)).filter((c) => access === 'all' || c.status !== 'proposed');
  const ids = [...new Set(rows.map((c) => c.person_id))];
  const [facts, levels, disciplines] = await Promise.all([
    f.peopleFacts(db, ids),
    f.yearLevels(db, ids, [y - 3, y - 2, y - 1]),
    f.disciplinesOf(db, ids),
  ]);
  const people = new Map(facts.map((p) => [p.id, p]));
  const label = labeller(ctx.ladder.byCode, locale);
  const items = rows.flatMap((c) => {
    const post = ctx.posts.find((p) => p.row.code === c.post_code);
    const person = people.get(c.person_id)!;
    if (!post) return [];
    const result = reviewCandidate(
      {
        gender: person.gender,
        dateOfBirth: person.date_of_birth,
        targetLevel: c.target_level,
        referenceMonth: post.referenceMonth,
        plannedOn: c.approved_on ?? c.added_on,
        ratings: levels.filter((l) => l.person_id === c.person_id).map((l) => ({ year: l.year, level: l.decision_level })),
        disciplines: disciplines
          .filter((d) => d.person_id === c.person_id && d.decided_on <= reviewDate)
          .map((d) => ({ kind: d.kind, decidedOn: d.decided_on })),
        movedAwayOn: null,
      },
      y,
      reviewDate,
      { review: ctx.settings.review, age: ctx.settings.age },
      ctx.schedule,
    );
    if (result.findings.length === 0) return [];
    return [
      {
        candidateId: c.id,
        personId: c.person_id,
        name: fullName({ familyName: person.family_name, middleName: person.middle_name, givenName: person.given_name }),
        postCode: c.post_code,
        postTitle: locale === 'vi' ? post.row.title_vi : post.row.title_en,
        remove: result.remove,
        immediate: result.immediate,
        findings: result.findings.map((x) => presentCheck(x, locale, label)),
      },
    ];
  });
  return { year: y, reviewDate, items };
}

/**
 * Quy định 377-QĐ/TW: a discipline of a configured kind, decided on or after the day the person entered a
 * plan, removes them from it at once — on the day the discipline is recorded (`on`: today, or the day a
 * seed records it).
 */
export async function removeDisciplined(
  trx: Transaction<DB>,
  audit: AuditContext,
  d: DisciplineRecorded,
  on: string = todayInVietnam(),
): Promise<void> {
  const candidacies = await q.activeCandidaciesOfPerson(trx, d.personId);
  if (candidacies.length === 0) return;
  const today = on;
  const settings = await loadPlanningSettings(trx, today);
  const touched = new Set<string>();
  for (const c of candidacies) {
    const check = checkDisciplineRemoval({ kind: d.kind, decidedOn: d.decidedOn }, c.approved_on ?? c.added_on, settings.review);
    if (check.outcome !== 'fail') continue;
    const before = await q.candidateById(trx, c.id);
    const reason = t('vi', 'planning.removed.discipline', {
      ...formatRuleParams({ kind: d.kind, decidedOn: d.decidedOn }, check.rule, 'vi'),
      ref: d.decisionRef ?? '—',
    });
    const removed = await q.removeCandidate(trx, c.id, {
      removed_on: today,
      removal_kind: 'discipline',
      removal_reason: reason,
      discipline_id: d.id,
    });
    if (!removed || !before) continue;
    touched.add(c.plan_id);
    await recordAudit(trx, audit, [
      {
        action: 'planning.candidate.remove',
        entityType: 'planning_candidate',
        entityId: c.id,
        personId: d.personId,
        unitId: c.unit_id,
        before: auditCandidate(before),
        after: { ...auditCandidate(removed), basis: 'discipline', rule: check.rule },
      },
    ]);
  }
  for (const planId of touched) await q.touchPlan(trx, planId);
}
