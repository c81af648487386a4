// The competent level's decision on a personnel proposal (Quy định 377-QĐ/TW; Nghị định 170/2025/NĐ-CP):
// number, date, signer, the vote where the procedure needs one, exceptions where the rules allow one. An
// approval re-runs every check on the effective date and, in the same transaction, ends the tenure left
// (the day before: one holder per seat and day) and starts the new one, each linked to the decision and
// audited with it.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { PERSONNEL_RULES } from '../../../domain/personnel/index.js';
import { blockingChecks } from '../../../domain/planning/index.js';
import type { DecideRequest, ProposalView } from '../../../contracts/personnel.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, notFound } from '../../errors.js';
import { requireAction } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { type CheckConfig, type ChecksResult, type ProposalFacts, loadCheckConfig, runChecks, termOn } from './personnel.checks.js';
import { assertCanDecide } from './personnel.policy.js';
import * as q from './personnel.queries.js';
import { approvingLevelOf, buildView, factsOfRow, refuse, snapshot } from './personnel.service.js';

type Trx = Transaction<DB>;

export async function decide(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  body: DecideRequest,
  today: string = todayInVietnam(),
): Promise<ProposalView> {
  requireAction(actor, 'personnel.decide');
  const p = await q.proposalById(trx, id, true);
  if (!p) throw notFound();
  const cfg = await loadCheckConfig(trx, p.effective_date, today);
  const f = await factsOfRow(trx, p);
  await assertCanDecide(trx, actor, p, approvingLevelOf(cfg, f));
  if (p.version !== body.version || p.status !== 'proposed') throw conflict();
  if (body.decisionDate > today) throw fieldError('decisionDate', 'personnel.decision.future');
  if (body.decisionDate < p.proposed_on) throw fieldError('decisionDate', 'personnel.decision.before_proposal', { date: p.proposed_on });
  if (body.outcome === 'approved' && body.decisionDate > p.effective_date)
    throw fieldError('decisionDate', 'personnel.decision.after_effective', { date: p.effective_date });

  let result: ChecksResult | null = null;
  const recorded = new Set(body.exceptions.map((e) => e.code));
  if (body.outcome === 'approved') {
    if (p.post_id) await q.lockPost(trx, p.post_id);
    const needs = (await runChecks(trx, cfg, f)).needsVote;
    if (needs !== null && body.vote === null)
      throw fieldError('vote', 'personnel.vote.required', {
        rule: needs === 'removal' ? PERSONNEL_RULES.removalVote : PERSONNEL_RULES.membershipVote,
      });
    if (body.vote && (body.vote.present > body.vote.members || body.vote.votes > body.vote.present))
      throw fieldError('vote', 'personnel.vote.counts');
    result = await runChecks(trx, cfg, f, needs !== null ? body.vote : null);
    body.exceptions.forEach((e, i) => {
      const c = result!.checks.find((x) => x.code === e.code);
      if (!c || c.outcome !== 'fail' || c.exceptionAllowed !== true)
        throw fieldError(`exceptions.${i}.code`, 'personnel.exception.not_allowed', { code: e.code });
    });
    const blocked = blockingChecks(result.checks, recorded);
    if (blocked.length > 0) throw refuse(blocked, cfg, locale);
  }

  const updated = await q.updateProposal(trx, p.id, p.version, {
    status: body.outcome,
    decision_ref: body.decisionRef,
    decision_date: body.decisionDate,
    signer: body.signer,
    decision_note: body.note ?? null,
    vote: body.vote ? JSON.stringify(body.vote) : null,
    exceptions: JSON.stringify(body.exceptions),
    checks: JSON.stringify(result?.checks ?? p.checks),
    decided_by: actor.accountId,
  });
  if (!updated) throw conflict();
  const tenureEvents = body.outcome === 'approved' ? await applyMove(trx, cfg, updated, f, body.decisionRef) : [];
  await recordAudit(trx, audit, [
    {
      action: 'personnel.decide',
      entityType: 'personnel_proposal',
      entityId: p.id,
      personId: p.person_id,
      unitId: p.unit_id,
      before: snapshot(p),
      after: { ...snapshot(updated), tenures: tenureEvents.map((e) => ({ id: e.entityId, effect: e.action })) },
    },
    ...tenureEvents,
  ]);
  return buildView(trx, actor, locale, updated, 'all');
}

const HOW = {
  appointment: 'appointed',
  reappointment: 'appointed',
  rotation: 'rotated',
  transfer: 'transferred',
  secondment: 'transferred',
} as const;

/** The tenures the approved move ends and starts (end the day before the effective date: one holder per day). */
async function applyMove(trx: Trx, cfg: CheckConfig, p: q.ProposalRow, f: ProposalFacts, decisionRef: string) {
  const events: Parameters<typeof recordAudit>[2] = [];
  const dayBefore = addDays(p.effective_date, -1);
  if (f.fromTenure && (f.fromTenure.end_date === null || f.fromTenure.end_date > dayBefore)) {
    const t = f.fromTenure;
    const before = await q.lockTenure(trx, t.id);
    const after = await q.endTenureRow(trx, t.id, before.version, dayBefore, before.decision_ref ?? decisionRef);
    if (!after) throw conflict();
    await q.linkTenure(trx, p.id, t.id, 'ended');
    events.push({
      action: 'tenure.end',
      entityType: 'tenure',
      entityId: t.id,
      personId: p.person_id,
      unitId: t.unit_id,
      before: tenureSnap(before),
      after: { ...tenureSnap(after), proposalId: p.id },
    });
  }
  // A nomination introduces a candidate for election: the tenure begins with the election, recorded then (decision 0023).
  if (p.post_id && f.post && p.kind !== 'nomination' && p.kind !== 'removal' && p.kind !== 'dismissal') {
    const body = f.post.ladder_code && cfg.ladder.byCode.get(f.post.ladder_code)?.reference_level === 'state' ? 'state' : 'party';
    const row = {
      id: randomUUID(),
      person_id: p.person_id,
      post_id: p.post_id,
      term_id: termOn(cfg.terms, body, p.effective_date)?.id ?? null,
      start_date: p.effective_date,
      end_date: null,
      how: HOW[p.kind],
      decision_ref: decisionRef,
    };
    await q.insertTenure(trx, row);
    await q.linkTenure(trx, p.id, row.id, 'started');
    events.push({
      action: 'tenure.create',
      entityType: 'tenure',
      entityId: row.id,
      personId: p.person_id,
      unitId: p.unit_id,
      after: { ...tenureSnap({ ...row, version: 1 }), proposalId: p.id, plannedEndDate: p.planned_end_date },
    });
  }
  return events;
}

function tenureSnap(t: {
  post_id: string;
  term_id: string | null;
  start_date: string;
  end_date: string | null;
  how: string;
  decision_ref: string | null;
  version: number;
}) {
  return {
    postId: t.post_id,
    termId: t.term_id,
    startDate: t.start_date,
    endDate: t.end_date,
    how: t.how,
    decisionRef: t.decision_ref,
    version: t.version,
  };
}
