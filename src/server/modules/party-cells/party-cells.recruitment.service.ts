// New-member development (decision 0033): the annual targets set by the level above and split downwards
// (a split over the parent's target needs its recorded reason), progress against the target at a date
// beside last year's, and the candidates' pipeline whose admission decision creates the membership
// through the membership service (probation from the ceremony). Refusals name the field and the rule.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  CandidateStage,
  CandidateView,
  CandidatesQuery,
  CreateCandidateRequest,
  ProgressQuery,
  ProgressView,
  StageRequest,
  TargetRequest,
} from '../../../contracts/party-cells-recruitment.js';
import { formatViDate, todayInVietnam } from '../../../domain/dates.js';
import {
  CANDIDATE_STAGES,
  CELL_RULES,
  admissionAge,
  admittedBy,
  currentStage,
  sameDayLastYear,
  splitCheck,
  stageProblem,
} from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, forbidden, notFound } from '../../errors.js';
import { coversAbove, covers, holds, readVerdict, enforce, unitCoverage } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { createMembership } from './party-cells.membership.service.js';
import { manageCell, readCell } from './party-cells.policy.js';
import { CELL_KINDS, cellsUnder, overlappingOfficial, personById } from './party-cells.queries.js';
import * as r from './party-cells.recruitment.queries.js';
import { STAGE_WORDS } from './party-cells.recruitment.messages.js';
import { loadCellSettings } from './party-cells.settings.js';

const TARGET_KINDS: readonly string[] = ['party_committee', ...CELL_KINDS];

const unitOf = r.unitWithKind;

/** The unit's progress for a year at `asOf`: its cells' targets, admissions, last year's beside them, and the pipeline. */
export async function progress(db: Kysely<DB>, actor: Actor, unitId: string, query: z.infer<typeof ProgressQuery>): Promise<ProgressView> {
  const unit = await unitOf(db, unitId);
  if (!unit) throw notFound();
  const coverage = await unitCoverage(db, unit.id);
  enforce(readVerdict(actor, 'cells.read', coverage));
  const asOf = query.asOf ?? todayInVietnam();
  const year = query.year ?? Number(asOf.slice(0, 4));
  const until = asOf.startsWith(String(year)) ? asOf : asOf > `${year}` ? `${year}-12-31` : `${year}-01-01`;
  const lastUntil = sameDayLastYear(until);
  const cells = (await cellsUnder(db, unit.id, until)).filter((c) => c.id !== unit.id);
  const cellIds = (CELL_KINDS as readonly string[]).includes(unit.kind) ? [unit.id] : cells.map((c) => c.id);
  const [targets, decisions, stages] = await Promise.all([
    r.targetsOf(db, [unit.id, ...cells.map((c) => c.id)], [year, year - 1]),
    r.admissions(db, cellIds, `${year - 1}-01-01`, until),
    r.stageCounts(db, cellIds, year),
  ]);
  const targetOf = (id: string, y: number) => targets.find((t) => t.unit_id === id && t.year === y);
  const row = (id: string, name: string, total: boolean) => {
    const dates = decisions.filter((d) => total || d.cell_id === id).map((d) => d.admission_decision_on ?? '');
    const t = targetOf(id, year);
    return {
      unitId: id,
      name,
      total,
      target: t?.target ?? null,
      targetVersion: t?.version ?? null,
      overReason: t?.over_reason ?? null,
      admitted: admittedBy(dates, year, until),
      lastYearToDate: admittedBy(dates, year - 1, lastUntil),
      lastYear: admittedBy(dates, year - 1, `${year - 1}-12-31`),
      lastYearTarget: targetOf(id, year - 1)?.target ?? null,
    };
  };
  const rows = [row(unit.id, unit.name, true), ...cells.map((c) => row(c.id, c.name, false))];
  const own = targetOf(unit.id, year);
  const split = splitCheck(
    own?.target ?? 0,
    (await r.sharesOf(db, unit.id, year)).map((s) => s.target),
  );
  const count = new Map(stages.map((s) => [s.stage, Number(s.n)]));
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    asOf: until,
    rows,
    split: { allocated: split.allocated, remaining: own ? split.remaining : null, over: own ? split.over : false },
    stages: CANDIDATE_STAGES.map((stage) => ({ stage, count: count.get(stage) ?? 0 })),
    actions: {
      setUnitTarget: coversAbove(actor, 'cells.manage', coverage),
      setCellTargets: cells.length > 0 && covers(actor, 'cells.manage', coverage),
      manageCandidates: covers(actor, 'cells.manage', coverage),
    },
  };
}

/** The level above sets a unit's target for the year; the split among siblings and below is checked. */
export async function setTarget(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  unitId: string,
  year: number,
  body: z.infer<typeof TargetRequest>,
) {
  if (!holds(actor, 'cells.manage')) throw forbidden();
  const unit = await unitOf(db, unitId);
  if (!unit) throw notFound();
  const coverage = await unitCoverage(db, unit.id);
  enforce(readVerdict(actor, 'cells.read', coverage));
  if (!coversAbove(actor, 'cells.manage', coverage)) throw fieldError('target', 'cells.target.not_above');
  if (!TARGET_KINDS.includes(unit.kind)) throw fieldError('target', 'cells.target.unit_kind');
  const reason = body.overReason?.trim() || null;
  const parent = await r.parentTarget(db, unit.id, year);
  if (parent && !reason) {
    const others = (await r.sharesOf(db, parent.unit_id, year)).filter((s) => s.unit_id !== unit.id).map((s) => s.target);
    const check = splitCheck(parent.target, [...others, body.target]);
    if (check.over) {
      const parentUnit = await unitOf(db, parent.unit_id);
      throw fieldError('overReason', 'cells.target.over_parent', {
        allocated: check.allocated,
        target: parent.target,
        parent: parentUnit?.name,
      });
    }
  }
  const below = splitCheck(
    body.target,
    (await r.sharesOf(db, unit.id, year)).map((s) => s.target),
  );
  if (below.over && !reason)
    throw fieldError('overReason', 'cells.target.below_split', { allocated: below.allocated, target: body.target });
  await db.transaction().execute(async (trx) => {
    const ok = await r.upsertTarget(
      trx,
      { unit_id: unit.id, year, target: body.target, over_reason: reason, set_by: actor.accountId },
      body.version,
    );
    if (!ok) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'cells.target.set',
        entityType: 'recruitment_target',
        entityId: `${unit.id}:${year}`,
        unitId: unit.id,
        after: { ...body, year },
      },
    ]);
  });
  const row = await r.targetOf(db, unit.id, year);
  if (!row) throw notFound();
  return { unitId: row.unit_id, year: row.year, target: row.target, overReason: row.over_reason, version: row.version };
}

function candidateView(c: r.CandidateRow): CandidateView {
  const dates: Record<CandidateStage, string | null> = {
    outstanding: c.outstanding_on,
    course: c.course_on,
    application: c.application_on,
    verification: c.verification_on,
    considered: c.considered_on,
    decision: c.decision_on,
    ceremony: c.ceremony_on,
  };
  return {
    id: c.id,
    personId: c.person_id,
    name: c.name,
    birthOn: c.date_of_birth,
    cellId: c.cell_id,
    cellName: c.cell_name,
    stage: currentStage(dates),
    dates,
    ageException: c.age_exception,
    membershipId: c.membership_id,
    note: c.note,
    version: c.version,
  };
}

/** The candidates of the unit's cells (still in the pipeline, or admitted this year), paged. */
export async function candidates(db: Kysely<DB>, actor: Actor, unitId: string, query: z.infer<typeof CandidatesQuery>) {
  const unit = await unitOf(db, unitId);
  if (!unit) throw notFound();
  enforce(readVerdict(actor, 'cells.read', await unitCoverage(db, unit.id)));
  const today = todayInVietnam();
  const ids = (CELL_KINDS as readonly string[]).includes(unit.kind) ? [unit.id] : (await cellsUnder(db, unit.id, today)).map((c) => c.id);
  const page = await r.candidatePage(db, ids, Number(today.slice(0, 4)), query.stage, query.page, query.pageSize);
  return { items: page.items.map(candidateView), total: page.total, page: query.page, pageSize: query.pageSize };
}

async function loadCandidate(db: Kysely<DB>, id: string) {
  const c = await r.candidateById(db, id);
  if (!c) throw notFound();
  return c;
}

export async function createCandidate(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  cellId: string,
  body: z.infer<typeof CreateCandidateRequest>,
) {
  const { cell } = await manageCell(db, actor, cellId);
  const person = await personById(db, body.personId);
  if (!person) throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  const member = await overlappingOfficial(db, person.id, body.outstandingOn);
  if (member) throw fieldError('personId', 'cells.candidate.already_member', { name: person.name, cell: member.cell_name });
  if (await r.openCandidateOf(db, person.id)) throw fieldError('personId', 'cells.candidate.duplicate', { name: person.name });
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await r.insertCandidate(trx, {
      id,
      person_id: person.id,
      cell_id: cell.id,
      outstanding_on: body.outstandingOn,
      note: body.note?.trim() ?? '',
    });
    await recordAudit(trx, ctx, [
      {
        action: 'cells.candidate.create',
        entityType: 'recruitment_candidate',
        entityId: id,
        unitId: cell.id,
        personId: person.id,
        after: body,
      },
    ]);
  });
  return candidateView(await loadCandidate(db, id));
}

const COLUMN = {
  course: 'course_on',
  application: 'application_on',
  verification: 'verification_on',
  considered: 'considered_on',
  decision: 'decision_on',
  ceremony: 'ceremony_on',
} as const;

/** Records a stage's date, in order; the cell's consideration applies the age rule, the decision creates the membership. */
export async function recordStage(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof StageRequest>,
) {
  const c = await loadCandidate(db, id);
  await readCell(db, actor, c.cell_id);
  await manageCell(db, actor, c.cell_id);
  if (c.version !== body.version) throw conflict();
  const view = candidateView(c);
  const words = STAGE_WORDS[locale];
  if (c.decision_on && body.stage !== 'ceremony') throw fieldError('stage', 'cells.candidate.decided');
  const problem = stageProblem(view.dates, body.stage, body.on);
  if (problem?.code === 'cells.candidate.stage_order')
    throw fieldError('stage', problem.code, { rule: CELL_RULES.admissionAge, previous: words[problem.previous] });
  if (problem) throw fieldError('on', problem.code, { previous: words[problem.previous], date: formatViDate(problem.date) });
  const next = CANDIDATE_STAGES[CANDIDATE_STAGES.indexOf(body.stage) + 1];
  const nextOn = next ? view.dates[next] : null;
  if (next && nextOn && body.on > nextOn)
    throw fieldError('on', 'cells.candidate.date_after_next', { next: words[next], date: formatViDate(nextOn) });
  const exception = body.ageException?.trim() || c.age_exception;
  if (body.stage === 'considered') {
    const settings = await loadCellSettings(db, body.on);
    const age = admissionAge(c.date_of_birth, body.on, settings);
    if (!age.ok && !exception)
      throw fieldError('ageException', age.code, {
        rule: CELL_RULES.admissionAge,
        years: Math.floor(age.ageMonths / 12),
        months: age.ageMonths % 12,
        min: settings.admissionAge.minMonths / 12,
        max: settings.admissionAge.maxMonths / 12,
      });
  }
  const set = { [COLUMN[body.stage]]: body.on, age_exception: exception ?? null };
  const audit = (after: Record<string, unknown>) => ({
    action: 'cells.candidate.stage' as const,
    entityType: 'recruitment_candidate' as const,
    entityId: id,
    unitId: c.cell_id,
    personId: c.person_id,
    after,
  });
  if (body.stage === 'decision') {
    await createMembership(
      db,
      actor,
      ctx,
      locale,
      c.cell_id,
      {
        personId: c.person_id,
        kind: 'official',
        fromOn: body.on,
        joinedHow: 'admission',
        admissionDecisionOn: body.on,
        consideredOn: c.considered_on,
        ageException: exception,
      },
      async (trx, membershipId) => {
        if (!(await r.updateCandidate(trx, id, body.version, { ...set, membership_id: membershipId }))) throw conflict();
        await recordAudit(trx, ctx, [audit({ ...body, membershipId })]);
      },
    );
  } else {
    await db.transaction().execute(async (trx) => {
      if (!(await r.updateCandidate(trx, id, body.version, set))) throw conflict();
      if (body.stage === 'ceremony' && c.membership_id) {
        if (!(await r.setCeremony(trx, c.membership_id, body.on))) throw conflict();
      }
      await recordAudit(trx, ctx, [audit(body)]);
    });
  }
  return candidateView(await loadCandidate(db, id));
}
