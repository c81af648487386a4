// Personnel proposals from the organising body's proposal to the competent level's decision: preview the
// checks, propose (refused with every blocking rule named when a hard rule fails), read, list, decide
// (number, date, signer, the vote where needed, exceptions where the rules allow one) — an approved move
// ends and starts the tenures itself in the same transaction, each linked to the decision and audited.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { PERSONNEL_RULES } from '../../../domain/personnel/index.js';
import { type RuleCheck, blockingChecks, worstOutcome } from '../../../domain/planning/index.js';
import type {
  ChecksView,
  DecideRequest,
  DecisionVote,
  ProposalDocuments,
  ProposalList,
  ProposalRequest,
  ProposalView,
} from '../../../contracts/personnel.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, invalid, notFound } from '../../errors.js';
import { covers, requireAction, unitCoverage } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { type CheckConfig, type ChecksResult, type ProposalFacts, loadCheckConfig, runChecks, termOn } from './personnel.checks.js';
import { assertCanDecide, assertCanRead, mayDecide, mayPropose } from './personnel.policy.js';
import { checkParams, checksView, fieldOfCheck, kindWord, labeller } from './personnel.presenter.js';
import * as q from './personnel.queries.js';

type Trx = Transaction<DB>;
type Db = Kysely<DB>;

const POSTLESS = new Set(['removal', 'dismissal']);
const NEEDS_FROM = new Set(['removal', 'dismissal', 'reappointment']);
const NEEDS_LADDER = new Set(['appointment', 'nomination', 'rotation', 'reappointment']);
const HAS_END = new Set(['rotation', 'secondment']);

interface Resolved {
  facts: ProposalFacts;
  unitId: string;
}

/** The body checked against the database: who, which post, which tenure ends; 400 naming the field otherwise. */
async function resolve(db: Db, actor: Actor, locale: Locale, body: ProposalRequest): Promise<Resolved> {
  requireAction(actor, 'personnel.propose');
  const person = await q.personById(db, body.personId);
  if (!person || !(await mayPropose(db, actor, person.unit_id))) throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  const kind = kindWord(body.kind, locale);
  let post: q.PostFact | null = null;
  if (!POSTLESS.has(body.kind)) {
    if (body.postId === null) throw fieldError('postId', 'personnel.post.required', { kind });
    post = (await q.postFacts(db, body.postId)) ?? null;
    // A post outside the proposer's scope (another province) reads like a missing one.
    if (!post || !(await mayPropose(db, actor, post.unit_id))) throw fieldError('postId', 'v.unknown_ref', { field: 'postId' });
    const d = body.effectiveDate;
    if (post.valid_from > d || (post.valid_to !== null && post.valid_to <= d) || (post.unit_valid_to !== null && post.unit_valid_to <= d))
      throw fieldError('postId', 'personnel.post.closed', { date: d });
    if (NEEDS_LADDER.has(body.kind) && post.ladder_code === null)
      throw fieldError('postId', 'personnel.post.no_ladder', { kind, rule: PERSONNEL_RULES.higherPost });
  }
  let fromTenure: q.TenureFact | null = null;
  if (body.fromTenureId !== null) {
    fromTenure = (await q.tenuresOfPeople(db, [person.id])).find((t) => t.id === body.fromTenureId) ?? null;
    if (!fromTenure) throw fieldError('fromTenureId', 'v.unknown_ref', { field: 'fromTenureId' });
    const d = body.effectiveDate;
    // Held on the day before the move takes effect (it ends then).
    const dayBefore = addDays(d, -1);
    if (fromTenure.start_date > dayBefore || (fromTenure.end_date !== null && fromTenure.end_date < dayBefore))
      throw fieldError('fromTenureId', 'personnel.from_tenure.not_held', { date: dayBefore });
  } else if (NEEDS_FROM.has(body.kind)) {
    throw fieldError('fromTenureId', 'personnel.from_tenure.required', { kind });
  }
  if (body.kind === 'reappointment' && fromTenure && fromTenure.post_id !== post?.id)
    throw fieldError('fromTenureId', 'personnel.from_tenure.other_post');
  if (HAS_END.has(body.kind) && body.plannedEndDate === null)
    throw fieldError('plannedEndDate', 'personnel.planned_end.required', { rule: PERSONNEL_RULES.rotation });
  if (!HAS_END.has(body.kind) && body.plannedEndDate !== null) throw fieldError('plannedEndDate', 'personnel.planned_end.not_allowed');
  if (body.plannedEndDate !== null && body.plannedEndDate < body.effectiveDate) throw fieldError('plannedEndDate', 'v.date_order');
  const unitId = post?.unit_id ?? fromTenure!.unit_id;
  return {
    facts: {
      kind: body.kind,
      person,
      post,
      fromTenure,
      effectiveDate: body.effectiveDate,
      plannedEndDate: body.plannedEndDate,
      specialProcedure: body.specialProcedure,
      underInvestigation: body.underInvestigation,
      documents: body.documents,
    },
    unitId,
  };
}

/** 400 naming, for every check that blocks, the field, the rule's citation and its numbers. */
function refuse(checks: readonly RuleCheck[], cfg: CheckConfig, locale: Locale): AppError {
  const label = labeller(cfg, locale);
  return invalid(...checks.map((c) => ({ field: fieldOfCheck(c.code), key: c.code, params: checkParams(c, locale, label) })));
}

export async function previewChecks(db: Db, actor: Actor, locale: Locale, body: ProposalRequest): Promise<ChecksView> {
  const r = await resolve(db, actor, locale, body);
  const cfg = await loadCheckConfig(db, body.effectiveDate);
  return checksView(await runChecks(db, cfg, r.facts), cfg, locale);
}

export async function propose(trx: Trx, actor: Actor, audit: AuditContext, locale: Locale, body: ProposalRequest): Promise<ProposalView> {
  const r = await resolve(trx, actor, locale, body);
  const cfg = await loadCheckConfig(trx, body.effectiveDate);
  const result = await runChecks(trx, cfg, r.facts);
  const blocked = blockingChecks(result.checks);
  if (blocked.length > 0) throw refuse(blocked, cfg, locale);
  const row = await q.insertProposal(trx, {
    id: randomUUID(),
    kind: body.kind,
    person_id: body.personId,
    unit_id: r.unitId,
    post_id: r.facts.post?.id ?? null,
    from_tenure_id: body.fromTenureId,
    effective_date: body.effectiveDate,
    planned_end_date: body.plannedEndDate,
    reason: body.reason,
    special_procedure: body.specialProcedure,
    under_investigation: body.underInvestigation,
    documents: JSON.stringify(body.documents),
    checks: JSON.stringify(result.checks),
    exceptions: '[]',
    proposed_by: actor.accountId,
    proposed_on: todayInVietnam(),
  });
  await recordAudit(trx, audit, [
    {
      action: 'personnel.propose',
      entityType: 'personnel_proposal',
      entityId: row.id,
      personId: row.person_id,
      unitId: row.unit_id,
      after: { ...snapshot(row), checks: result.checks.map((c) => ({ code: c.code, outcome: c.outcome })) },
    },
  ]);
  return buildView(trx, actor, locale, row, 'all');
}

function snapshot(p: q.ProposalRow) {
  return {
    kind: p.kind,
    status: p.status,
    postId: p.post_id,
    fromTenureId: p.from_tenure_id,
    effectiveDate: p.effective_date,
    plannedEndDate: p.planned_end_date,
    reason: p.reason,
    specialProcedure: p.special_procedure,
    underInvestigation: p.under_investigation,
    documents: p.documents,
    decisionRef: p.decision_ref,
    decisionDate: p.decision_date,
    signer: p.signer,
    vote: p.vote,
    exceptions: p.exceptions,
  };
}

async function factsOfRow(db: Db, p: q.ProposalRow): Promise<ProposalFacts> {
  const person = (await q.personById(db, p.person_id))!;
  const post = p.post_id ? ((await q.postFacts(db, p.post_id)) ?? null) : null;
  const fromTenure = p.from_tenure_id
    ? ((await q.tenuresOfPeople(db, [p.person_id])).find((t) => t.id === p.from_tenure_id) ?? null)
    : null;
  return {
    kind: p.kind,
    person,
    post,
    fromTenure,
    effectiveDate: p.effective_date,
    plannedEndDate: p.planned_end_date,
    specialProcedure: p.special_procedure,
    underInvestigation: p.under_investigation,
    documents: p.documents as ProposalDocuments,
  };
}

function approvingLevelOf(cfg: CheckConfig, f: ProposalFacts): string | null {
  const code = f.post?.ladder_code ?? f.fromTenure?.ladder_code ?? null;
  return code ? (cfg.ladder.byCode.get(code)?.approving_level ?? null) : null;
}

async function buildView(db: Db, actor: Actor, locale: Locale, p: q.ProposalRow, access: 'all' | 'own'): Promise<ProposalView> {
  const cfg = await loadCheckConfig(db, p.effective_date);
  const f = await factsOfRow(db, p);
  // A proposal still waiting shows its checks as of now (a discipline recorded since blocks it); a decided one, as decided.
  const result: ChecksResult =
    p.status === 'proposed' ? await runChecks(db, cfg, f) : { checks: p.checks as RuleCheck[], ratings: [], needsVote: null };
  if (p.status !== 'proposed') {
    const fresh = await runChecks(db, cfg, f);
    result.ratings = fresh.ratings;
    result.needsVote = fresh.needsVote;
  }
  const links = await q.linksOf(db, p.id);
  const name = q.fullName(f.person);
  const exceptions = (p.exceptions as Array<{ code: string; reason: string }>) ?? [];
  const view = checksView(result, cfg, locale);
  if (p.status === 'approved') view.blocked = false;
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    person: { id: f.person.id, name },
    unit: { id: p.unit_id, name: f.post?.unit_name ?? f.fromTenure?.unit_name ?? '' },
    post: f.post ? { id: f.post.id, name: f.post.title } : null,
    fromTenure: f.fromTenure
      ? { id: f.fromTenure.id, post: f.fromTenure.post_title, unit: f.fromTenure.unit_name, startDate: f.fromTenure.start_date }
      : null,
    effectiveDate: p.effective_date,
    plannedEndDate: p.planned_end_date,
    reason: access === 'all' ? p.reason : '',
    specialProcedure: p.special_procedure,
    underInvestigation: p.under_investigation,
    documents: f.documents,
    proposedOn: p.proposed_on,
    checks: view,
    decision:
      p.status === 'proposed'
        ? null
        : {
            ref: p.decision_ref ?? '',
            date: p.decision_date ?? '',
            signer: p.signer ?? '',
            note: p.decision_note,
            vote: (p.vote as DecisionVote | null) ?? null,
            exceptions,
          },
    tenures: links.map((l) => ({ id: l.id, effect: l.effect, post: l.title, startDate: l.start_date, endDate: l.end_date })),
    version: p.version,
    actions: {
      decide:
        access === 'all' &&
        p.status === 'proposed' &&
        p.proposed_by !== actor.accountId &&
        actor.personId !== p.person_id &&
        (await mayDecide(db, actor, p.unit_id, approvingLevelOf(cfg, f))),
    },
  };
}

export async function getProposal(db: Db, actor: Actor, locale: Locale, id: string): Promise<ProposalView> {
  const p = await q.proposalById(db, id);
  if (!p) throw notFound();
  return buildView(db, actor, locale, p, await assertCanRead(db, actor, p));
}

const summary = (r: Awaited<ReturnType<typeof q.proposalsUnder>>[number]) => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  person: { id: r.person_id, name: q.fullName(r) },
  post: r.post_title,
  unit: r.unit_name,
  effectiveDate: r.effective_date,
  outcome: worstOutcome(r.checks as RuleCheck[]),
  decisionRef: r.decision_ref,
});

export async function listProposals(db: Db, actor: Actor, unitId: string, status?: string): Promise<ProposalList> {
  requireAction(actor, 'personnel.read');
  const unit = await q.unitName(db, unitId);
  if (!unit || !covers(actor, 'personnel.read', await unitCoverage(db, unitId))) throw notFound();
  const rows = await q.proposalsUnder(db, unitId, status);
  return { items: rows.map(summary), actions: { propose: await mayPropose(db, actor, unitId) } };
}

export async function myMoves(db: Db, actor: Actor) {
  requireAction(actor, 'personnel.read_own');
  return { items: (await q.decidedAbout(db, actor.personId!)).map(summary) };
}

export async function decide(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  id: string,
  body: DecideRequest,
): Promise<ProposalView> {
  requireAction(actor, 'personnel.decide');
  const p = await q.proposalById(trx, id, true);
  if (!p) throw notFound();
  const cfg = await loadCheckConfig(trx, p.effective_date);
  const f = await factsOfRow(trx, p);
  await assertCanDecide(trx, actor, p, approvingLevelOf(cfg, f));
  if (p.version !== body.version || p.status !== 'proposed') throw conflict();
  const today = todayInVietnam();
  if (body.decisionDate > today) throw fieldError('decisionDate', 'personnel.decision.future');
  if (body.decisionDate < p.proposed_on) throw fieldError('decisionDate', 'personnel.decision.before_proposal', { date: p.proposed_on });
  if (body.outcome === 'approved' && body.decisionDate > p.effective_date)
    throw fieldError('decisionDate', 'personnel.decision.after_effective', { date: p.effective_date });

  let result: ChecksResult | null = null;
  const recorded = new Set(body.exceptions.map((e) => e.code));
  if (body.outcome === 'approved') {
    if (p.post_id) await trx.selectFrom('post').select('id').where('id', '=', p.post_id).forUpdate().execute();
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
    const before = await trx.selectFrom('tenure').selectAll().where('id', '=', t.id).forUpdate().executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('tenure')
      .set({ end_date: dayBefore, decision_ref: before.decision_ref ?? decisionRef, version: before.version + 1 })
      .where('id', '=', t.id)
      .where('version', '=', before.version)
      .returningAll()
      .executeTakeFirst();
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
    await trx.insertInto('tenure').values(row).execute();
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
