// Reading commitments: one's own of a year, one by id, the committee's lists of a unit's subtree, and
// what the year's evaluation shows (Quy định 366-QĐ/TW, Điều 6).
import type { Kysely } from 'kysely';
import {
  type CommitmentOverview,
  type CommitmentStage,
  CommitmentStages,
  type CommitmentView,
  type EvaluationCommitment,
  type MyCommitment,
} from '../../../contracts/commitments.js';
import { type Assessment, commitmentOutcome } from '../../../domain/commitments.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../../http/context.js';
import { accessTo, actionsOf, assertOverview, requireOwnPerson } from './commitments.policy.js';
import { nameOf, presentCommitment, presentForEvaluation, presentRules } from './commitments.presenter.js';
import * as q from './commitments.queries.js';
import { loadCommitmentRules } from './commitments.settings.js';

export const currentYear = () => Number(todayInVietnam().slice(0, 4));

export async function commitmentDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<CommitmentView> {
  const row = await q.commitmentById(db, id);
  if (!row) throw notFound();
  const access = await accessTo(db, actor, { unitId: row.unit_id, personId: row.person_id });
  if (!access.read) throw notFound();
  const [actions, rules] = await Promise.all([q.actionsOf(db, id), loadCommitmentRules(db, row.year)]);
  return presentCommitment(row, actions, rules, actionsOf(access, row.status));
}

export async function myCommitment(db: Kysely<DB>, actor: Actor, year: number = currentYear()): Promise<MyCommitment> {
  const personId = requireOwnPerson(actor);
  const rules = await loadCommitmentRules(db, year);
  return { year, rules: presentRules(year, rules), commitmentId: await q.commitmentIdOf(db, personId, year) };
}

export async function commitmentOverview(
  db: Kysely<DB>,
  actor: Actor,
  query: { unitId: string; year?: number; stage?: CommitmentStage; page: number; pageSize: number },
): Promise<CommitmentOverview> {
  await assertOverview(db, actor, query.unitId);
  const unit = await q.unitById(db, query.unitId);
  if (!unit) throw notFound();
  const year = query.year ?? currentYear();
  const rules = await loadCommitmentRules(db, year);
  const [stageRows, page] = await Promise.all([
    q.overviewStageCounts(db, query.unitId, year),
    q.overviewRows(db, query.unitId, year, query),
  ]);
  const counts = Object.fromEntries(CommitmentStages.map((s) => [s, 0])) as Record<CommitmentStage, number>;
  for (const r of stageRows) counts[r.stage as CommitmentStage] = Number(r.n);
  const items = page.map((r) => {
    const actions = Number(r.actions);
    const done = Number(r.done);
    const partly = Number(r.partly);
    const assessed = Number(r.assessed);
    const outcome = commitmentOutcome(
      [
        ...Array<'done'>(done).fill('done'),
        ...Array<'partly'>(partly).fill('partly'),
        ...Array<'not_done'>(assessed - done - partly).fill('not_done'),
        ...Array<null>(actions - assessed).fill(null),
      ],
      rules,
    );
    return {
      person: { id: r.person_id, fullName: nameOf(r) },
      unitName: r.unit_name,
      stage: r.stage as CommitmentStage,
      commitmentId: r.commitment_id,
      actionCount: actions,
      outcomePct: outcome.pct,
    };
  });
  return {
    unitId: unit.id,
    unitName: unit.name,
    year,
    counts,
    items,
    total: query.stage ? counts[query.stage] : Object.values(counts).reduce((a, b) => a + b, 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Quy định 366-QĐ/TW, Điều 6: the person's commitment of `year` with its assessment, for their year's
 * evaluation (the caller has already checked the reader may see that evaluation). Null when none was written.
 */
export async function commitmentForEvaluation(db: Kysely<DB>, personId: string, year: number): Promise<EvaluationCommitment | null> {
  const found = await q.commitmentOfPerson(db, personId, year);
  if (!found) return null;
  const rules = await loadCommitmentRules(db, year);
  return presentForEvaluation(found.row, found.actions, rules);
}

/**
 * Quy định 366-QĐ/TW, Điều 6: the fulfilment (0..100) of each evaluated person's commitment of the
 * year, for a general criterion with the source 'commitment'; null while some action is not assessed.
 * People without an approved commitment are absent (the criterion is then entered by hand).
 */
export async function commitmentOutcomesOfPeriod(db: Kysely<DB>, periodId: string, year: number): Promise<Map<string, number | null>> {
  const rows = await q.assessmentCountsOfPeriod(db, periodId, year);
  if (rows.length === 0) return new Map();
  const rules = await loadCommitmentRules(db, year);
  const of = (n: string, a: Assessment | null) => Array<Assessment | null>(Number(n)).fill(a);
  return new Map(
    rows.map((r) => {
      const assessed = [...of(r.done, 'done'), ...of(r.partly, 'partly'), ...of(r.not_done, 'not_done')];
      const rest = Number(r.actions) - assessed.length;
      return [r.person_id, commitmentOutcome([...assessed, ...Array<null>(rest).fill(null)], rules).pct];
    }),
  );
}
