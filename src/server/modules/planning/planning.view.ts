// A plan as it stood at the end of a day (decision 0019): its posts with their candidates, each with
// every rule check, age at the reference month, months left, qualifications and three years of
// ratings; the caps, committees, structure, ballots, approvals and the actions the reader may take.
import type { Kysely } from 'kysely';
import { lastDayOfMonth, todayInVietnam, toCivilDate } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import {
  type PlanEntry,
  type PlanningSettings,
  checkCandidatesPerPost,
  checkCommitteeSeats,
  computeStructure,
  firstDayOfMonth,
  referenceMonthFor,
  tallyBallot,
} from '../../../domain/planning/index.js';
import type { RetirementSchedule } from '../../../domain/retirement.js';
import { fieldGroupOf } from '../../../domain/training/index.js';
import type { BallotTallyView, CandidateView, PlanView, TrainingEntry } from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { loadRetirementSchedule } from '../people/index.js';
import * as f from './planning.facts.queries.js';
import { canApprove, canPrepare } from './planning.policy.js';
import { type Labeller, labeller, presentCheck } from './planning.presenter.js';
import * as q from './planning.queries.js';
import { type PlanPost, ageFacts, candidateChecks, ladderKindOf, planPosts } from './planning.rules.js';
import { type LoadedLadder, loadLadder, loadPlanningSettings } from './planning.settings.js';
import { standardCodes } from './planning.qualifications.js';

type Db = Kysely<DB>;

export interface PlanContext {
  plan: q.PlanRow;
  unit: { id: string; kind: string; name: string };
  term: { id: string; name: string; start_year: number; end_year: number };
  kind: 'commune' | 'province';
  settings: PlanningSettings;
  ladder: LoadedLadder;
  schedule: RetirementSchedule;
  posts: PlanPost[];
  concurrent: q.LadderRow[];
}

export async function loadPlanContext(db: Db, plan: q.PlanRow, on: string = todayInVietnam()): Promise<PlanContext> {
  const [unit, term, settings, ladder, schedule] = await Promise.all([
    f.unitById(db, plan.unit_id),
    q.termById(db, plan.term_id),
    loadPlanningSettings(db, on),
    loadLadder(db),
    loadRetirementSchedule(db, on),
  ]);
  const kind = ladderKindOf(unit!.kind)!;
  const { posts, concurrent } = planPosts(ladder.rows, kind, term!.id, settings);
  return { plan, unit: unit!, term: term!, kind, settings, ladder, schedule, posts, concurrent };
}

/** The yearly review-and-top-up window of `today`'s year (setting planning.cadence). */
export function reviewWindow(settings: PlanningSettings, today: string) {
  const year = Number(today.slice(0, 4));
  const c = settings.cadence;
  const from = toCivilDate(year, c.reviewFromMonth, 1);
  const to = toCivilDate(year, c.reviewToMonth, lastDayOfMonth(year, c.reviewToMonth));
  return { from, to, open: today >= from && today <= to };
}

/** Status of a candidate row as of the end of `asOf`. */
function statusAsOf(c: q.CandidateRow, asOf: string): CandidateView['status'] {
  if (c.removed_on !== null && c.removed_on <= asOf) return 'removed';
  if (c.approved_on !== null && c.approved_on <= asOf) return 'approved';
  return 'proposed';
}

export const entriesOf = (rows: readonly q.CandidateRow[]): PlanEntry[] =>
  rows.map((c) => ({ personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level }));

export async function buildPlanView(
  db: Db,
  actor: Actor,
  locale: Locale,
  ctx: PlanContext,
  access: 'all' | 'approved',
  asOf: string = todayInVietnam(),
): Promise<PlanView> {
  const today = todayInVietnam();
  const { plan, ladder, settings, schedule } = ctx;
  const label = labeller(ladder.byCode, locale);
  const rows = await q.candidatesAsOf(db, plan.id, asOf, true);
  const visible = rows.filter((c) => access === 'all' || statusAsOf(c, asOf) !== 'proposed');
  const active = visible.filter((c) => statusAsOf(c, asOf) !== 'removed');
  const removed = visible.filter((c) => statusAsOf(c, asOf) === 'removed');
  const personIds = [...new Set(visible.map((c) => c.person_id))];
  const people = new Map((await f.peopleFacts(db, personIds)).map((p) => [p.id, p]));
  const held = await f.heldLadderCodes(db, personIds, asOf);
  const year = Number(asOf.slice(0, 4));
  const years = [year - 3, year - 2, year - 1];
  const levels = await f.yearLevels(db, personIds, years);
  const entries = entriesOf(active);
  const postByCode = new Map(ctx.posts.map((p) => [p.row.code, p]));

  const candidateView = (c: q.CandidateRow): CandidateView => {
    const person = people.get(c.person_id)!;
    const post = postByCode.get(c.post_code);
    const referenceMonth = post?.referenceMonth ?? referenceMonthFor(settings.age, plan.term_id, ctx.kind) ?? asOf.slice(0, 7);
    const training = c.training as TrainingEntry[];
    const status = statusAsOf(c, asOf);
    const checks =
      post && status !== 'removed'
        ? candidateChecks(
            ladder.ladder,
            post,
            person,
            held.get(c.person_id) ?? [],
            { ...c, personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level, training },
            entries,
            settings,
            schedule,
          ).map((x) => presentCheck(x, locale, label))
        : [];
    return {
      id: c.id,
      personId: c.person_id,
      name: fullName({ familyName: person.family_name, middleName: person.middle_name, givenName: person.given_name }),
      unitName: person.unit_name,
      postCode: c.post_code,
      targetLevel: c.target_level,
      source: c.source,
      status,
      addedOn: c.added_on,
      approvedOn: c.approved_on !== null && c.approved_on <= asOf ? c.approved_on : null,
      removedOn: status === 'removed' ? c.removed_on : null,
      removalKind: status === 'removed' ? c.removal_kind : null,
      removalReason: status === 'removed' ? c.removal_reason : null,
      training,
      note: c.note,
      gender: person.gender,
      dateOfBirth: person.date_of_birth,
      referenceMonth,
      ...ageFacts(person, referenceMonth, schedule),
      qualifications: standardCodes(person),
      ratings: years
        .map((y) => ({ year: y, level: levels.find((l) => l.person_id === c.person_id && l.year === y)?.decision_level ?? null }))
        .reverse(),
      checks,
    };
  };

  const ballots = await q.ballotsOf(db, plan.id);
  const names = new Map(personIds.map((id) => [id, candidateName(people.get(id))]));
  const posts = ctx.posts.map(({ row, referenceMonth }) => {
    const mine = active.filter((c) => c.post_code === row.code);
    const leadership = row.kind === 'leadership';
    return {
      code: row.code,
      title: locale === 'vi' ? row.title_vi : row.title_en,
      rank: row.rank,
      kind: row.kind,
      seats: row.seats,
      cap: leadership ? settings.caps.candidatesPerSeat * row.seats : null,
      referenceMonth,
      standards: row.standards as Record<string, string>,
      capCheck: leadership
        ? presentCheck(
            checkCandidatesPerPost(
              ladder.ladder,
              row.code,
              mine.map((c) => c.person_id),
              settings.caps,
            ),
            locale,
            label,
          )
        : null,
      candidates: mine.map(candidateView),
      ballot: ballotView(
        ballots.filter((b) => b.post_code === row.code && b.held_on <= asOf),
        row,
        settings,
        names,
        locale,
        label,
      ),
    };
  });

  const committees = (await q.committeeSizes(db))
    .filter((s) => s.unit_kind === ctx.kind && s.term_id === plan.term_id)
    .map((s) => {
      const planned = new Set(active.filter((c) => ladder.byCode.get(c.post_code)?.committee === s.committee).map((c) => c.person_id)).size;
      return {
        committee: s.committee,
        fixed: s.fixed,
        planned,
        check: presentCheck(checkCommitteeSeats(s.committee, s.fixed, planned, settings.caps), locale, label),
      };
    });

  const structureOn = firstDayOfMonth(referenceMonthFor(settings.age, plan.term_id, ctx.kind) ?? asOf.slice(0, 7));
  const structure = computeStructure(
    [...new Set(active.map((c) => c.person_id))].map((id) => {
      const p = people.get(id)!;
      return {
        personId: id,
        gender: p.gender,
        dateOfBirth: p.date_of_birth,
        ethnicity: p.ethnicity,
        qualificationField: fieldGroupOf(p, p.professional_qualification).group,
      };
    }),
    structureOn,
    settings.structure,
  );

  const approvals = await q.approvalsAsOf(db, plan.id, asOf);
  const status = approvals.length > 0 ? 'approved' : 'draft';
  const window = reviewWindow(settings, today);
  const current = asOf === today;
  const ownWork = actor.personId !== null && active.some((c) => c.person_id === actor.personId);
  const editable = current && canPrepare(actor, plan.unit_id) && (status === 'draft' || window.open);
  return {
    id: plan.id,
    unitId: plan.unit_id,
    unitName: ctx.unit.name,
    termId: plan.term_id,
    termName: ctx.term.name,
    status,
    version: plan.version,
    asOf,
    approvals: approvals.map((a) => ({ decisionRef: a.decision_ref, decisionDate: a.decision_date, candidates: a.candidates })),
    posts,
    concurrentPosts: ctx.concurrent.map((r) => {
      const w = ladder.byCode.get(r.concurrent_with!);
      return {
        code: r.code,
        title: locale === 'vi' ? r.title_vi : r.title_en,
        withTitle: w ? (locale === 'vi' ? w.title_vi : w.title_en) : r.concurrent_with!,
      };
    }),
    committees,
    structure: { total: structure.total, shares: structure.shares, checks: structure.checks.map((c) => presentCheck(c, locale, label)) },
    removed: removed.map(candidateView),
    reviewWindow: window,
    actions: {
      addCandidate: editable,
      removeCandidate: editable,
      approve: current && canApprove(actor, plan.unit_id) && active.some((c) => c.status === 'proposed') && !ownWork,
      recordBallot: current && canPrepare(actor, plan.unit_id),
    },
    ownWork,
  };
}

function candidateName(p: f.PersonFacts | undefined): string {
  return p ? fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name }) : '—';
}

export function ballotView(
  rows: ReadonlyArray<{ round: number; held_on: string; members: number; present: number; votes: unknown }>,
  post: q.LadderRow,
  settings: PlanningSettings,
  names: Map<string, string>,
  locale: Locale,
  label: Labeller,
): BallotTallyView | null {
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => a.round - b.round);
  const seats = post.kind === 'leadership' ? settings.caps.candidatesPerSeat * post.seats : post.seats;
  const rounds = sorted.map((r) => ({
    members: r.members,
    present: r.present,
    votes: Object.fromEntries((r.votes as Array<{ personId: string; votes: number }>).map((v) => [v.personId, v.votes])),
  }));
  const outcome = tallyBallot(rounds, seats, settings.ballot);
  return {
    postCode: post.code,
    seats,
    rounds: outcome.rounds.map((r, i) => ({
      round: sorted[i].round,
      heldOn: sorted[i].held_on,
      members: sorted[i].members,
      present: sorted[i].present,
      quorum: presentCheck(r.quorum, locale, label),
      candidates: r.candidates.map((c) => ({
        personId: c.personId,
        name: names.get(c.personId) ?? '—',
        votes: c.votes,
        pct: c.pct,
        check: presentCheck(c.check, locale, label),
      })),
      selected: r.selected,
      tied: r.tied,
    })),
    selected: outcome.selected,
  };
}
