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
  DecisionVote,
  PersonMoves,
  ProposalDocuments,
  ProposalList,
  ProposalListQuery,
  ProposalRequest,
  ProposalView,
} from '../../../contracts/personnel.js';
import type { DB } from '../../db/schema.js';
import { AppError, fieldError, invalid, notFound } from '../../errors.js';
import { covers, requireAction, unitCoverage } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { type CheckConfig, type ChecksResult, type ProposalFacts, loadCheckConfig, runChecks } from './personnel.checks.js';
import { assertCanRead, mayDecide, mayPropose, readAccess } from './personnel.policy.js';
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
export function refuse(checks: readonly RuleCheck[], cfg: CheckConfig, locale: Locale): AppError {
  const label = labeller(cfg, locale);
  return invalid(...checks.map((c) => ({ field: fieldOfCheck(c.code), key: c.code, params: checkParams(c, locale, label) })));
}

export async function previewChecks(
  db: Db,
  actor: Actor,
  locale: Locale,
  body: ProposalRequest,
  today: string = todayInVietnam(),
): Promise<ChecksView> {
  const r = await resolve(db, actor, locale, body);
  const cfg = await loadCheckConfig(db, body.effectiveDate, today);
  return checksView(await runChecks(db, cfg, r.facts), cfg, locale);
}

/** `today` is the day the proposal is made on (the demo seed proposes on the days of its year of moves). */
export async function propose(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  body: ProposalRequest,
  today: string = todayInVietnam(),
): Promise<ProposalView> {
  const r = await resolve(trx, actor, locale, body);
  const cfg = await loadCheckConfig(trx, body.effectiveDate, today);
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
    proposed_on: today,
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

export function snapshot(p: q.ProposalRow) {
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

export async function factsOfRow(db: Db, p: q.ProposalRow): Promise<ProposalFacts> {
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

export function approvingLevelOf(cfg: CheckConfig, f: ProposalFacts): string | null {
  const code = f.post?.ladder_code ?? f.fromTenure?.ladder_code ?? null;
  return code ? (cfg.ladder.byCode.get(code)?.approving_level ?? null) : null;
}

export async function buildView(db: Db, actor: Actor, locale: Locale, p: q.ProposalRow, access: 'all' | 'own'): Promise<ProposalView> {
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

const summary = (r: Awaited<ReturnType<typeof q.decidedAbout>>[number]) => ({
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

export async function listProposals(db: Db, actor: Actor, query: ProposalListQuery): Promise<ProposalList> {
  requireAction(actor, 'personnel.read');
  const unit = await q.unitName(db, query.unitId);
  if (!unit || !covers(actor, 'personnel.read', await unitCoverage(db, query.unitId))) throw notFound();
  const { page, pageSize } = query;
  const { rows, total } = await q.proposalsUnder(
    db,
    query.unitId,
    { status: query.status, kind: query.kind },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: rows.map(summary), total, page, pageSize, actions: { propose: await mayPropose(db, actor, query.unitId) } };
}

export async function myMoves(db: Db, actor: Actor) {
  requireAction(actor, 'personnel.read_own');
  return { items: (await q.decidedAbout(db, actor.personId!)).map(summary) };
}

/** The person page's timeline: the decided moves about the person the reader may see (404 like a missing person otherwise). */
export async function personMoves(db: Db, actor: Actor, personId: string): Promise<PersonMoves> {
  const person = await q.personById(db, personId);
  const self = actor.personId !== null && actor.personId === personId;
  if (!person || (!self && !covers(actor, 'personnel.read', await unitCoverage(db, person.unit_id)))) throw notFound();
  const items: PersonMoves['items'] = [];
  for (const m of await q.decidedMovesOf(db, personId)) {
    if ((await readAccess(db, actor, m)) === null) continue;
    items.push({
      id: m.id,
      kind: m.kind,
      effectiveDate: m.effective_date,
      plannedEndDate: m.planned_end_date,
      decision: { ref: m.decision_ref ?? '', date: m.decision_date ?? '', signer: m.signer ?? '' },
      tenures: m.links.map((l) => ({ id: l.tenure_id, effect: l.effect })),
    });
  }
  return { items };
}
