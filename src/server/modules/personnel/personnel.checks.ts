// The checks of one proposal: the facts loaded from the database, run through the domain's pure rules
// (src/domain/personnel), each check passing, failing or warning with its rule and numbers. Which checks a
// kind carries (decision 0023): appointment and nomination — QĐ 377's list; rotation — QĐ 65's; transfer
// and secondment — the post vacant and not higher; reappointment — ratings, discipline; removal — the vote.
// Every move into a post also checks the one-seat rule, the non-local posts and the two-terms limit.
import type { Kysely } from 'kysely';
import { addDays, addMonths, parseCivilDate, todayInVietnam } from '../../../domain/dates.js';
import { type RuleCheck, compareRank, ruleCheck, withExceptions } from '../../../domain/planning/index.js';
import {
  PERSONNEL_RULES,
  PERSONNEL_SETTING_KEYS,
  type PersonnelSettings,
  type PlaceTree,
  type PersonPlaces,
  type TermSpan,
  checkAppointment,
  checkDisciplineWaiting,
  checkMembershipChangeVote,
  checkNonLocal,
  checkRatings,
  checkRemovalVote,
  checkRotation,
  checkSeatFree,
  checkTermLimit,
  personnelSettingsFromRows,
} from '../../../domain/personnel/index.js';
import type { RetirementSchedule } from '../../../domain/retirement.js';
import type { DecisionVote, ProposalDocuments, ProposalKind } from '../../../contracts/personnel.js';
import type { DB, Level } from '../../db/schema.js';
import { loadRetirementSchedule } from '../people/index.js';
import { type LoadedLadder, loadLadder } from '../planning/index.js';
import { getSettings } from '../settings/index.js';
import * as q from './personnel.queries.js';

type Db = Kysely<DB>;

export interface CheckConfig {
  settings: PersonnelSettings;
  ladder: LoadedLadder;
  schedule: RetirementSchedule;
  terms: Array<TermSpan & { body: string; name: string }>;
  /** The day the plans are read on (today; the demo seed passes its anchor). */
  today: string;
}

/** The 'personnel.*' settings in force on `on`. */
export async function loadPersonnelSettings(db: Db, on: string = todayInVietnam()): Promise<PersonnelSettings> {
  return personnelSettingsFromRows(await getSettings(db, Object.values(PERSONNEL_SETTING_KEYS), on));
}

/**
 * Terms as dated spans [U]: a Party term from 1 October of its first year to 30 September of its last, a
 * State term from 1 July to 30 June (congresses and elections fall around then; decision 0023).
 */
export function termSpans(rows: Awaited<ReturnType<typeof q.terms>>): CheckConfig['terms'] {
  return rows.map((t) => {
    const [m, d] = t.body === 'state' ? ['07-01', '06-30'] : ['10-01', '09-30'];
    return { id: t.id, body: t.body, name: t.name, from: `${t.start_year}-${m}`, to: `${t.end_year}-${d}` };
  });
}

export async function loadCheckConfig(db: Db, on: string, today: string = todayInVietnam()): Promise<CheckConfig> {
  const [settings, ladder, schedule, terms] = await Promise.all([
    loadPersonnelSettings(db, on),
    loadLadder(db),
    loadRetirementSchedule(db, on),
    q.terms(db),
  ]);
  return { settings, ladder, schedule, terms: termSpans(terms), today };
}

/** The term of a body in force on a day (the later one where two overlap). */
export function termOn(terms: CheckConfig['terms'], body: string, on: string) {
  return terms.filter((t) => t.body === body && t.from <= on && on <= t.to).sort((a, b) => (a.from < b.from ? 1 : -1))[0] ?? null;
}

export function placeTree(edges: Awaited<ReturnType<typeof q.placeEdges>>): PlaceTree {
  return { predecessors: (id) => edges.predecessors.get(id) ?? [], parent: (id) => edges.parents.get(id) ?? null };
}

/** A person's places for the locality rule: birthplace, hometown, residences, and work (the tenures' units). */
export function placesOf(
  person: Pick<q.PersonRow, 'birthplace_id' | 'hometown_id'>,
  residences: Awaited<ReturnType<typeof q.residencesOfPeople>>,
  tenures: q.TenureFact[],
  locality: ReadonlyMap<string, string>,
): PersonPlaces {
  return {
    birthplace: person.birthplace_id,
    hometown: person.hometown_id,
    residences: residences
      .filter((r) => r.admin_unit_id !== null)
      .map((r) => ({ place: r.admin_unit_id!, from: r.valid_from, to: r.valid_to })),
    work: tenures.map((t) => ({ place: locality.get(t.unit_id) ?? t.unit_id, from: t.start_date, to: t.end_date })),
  };
}

export interface ProposalFacts {
  kind: ProposalKind;
  person: q.PersonRow;
  post: q.PostFact | null;
  fromTenure: q.TenureFact | null;
  effectiveDate: string;
  plannedEndDate: string | null;
  specialProcedure: boolean;
  underInvestigation: boolean;
  documents: ProposalDocuments;
}

export interface ChecksResult {
  checks: RuleCheck[];
  ratings: Array<{ year: number; level: Level | null }>;
  needsVote: 'membership' | 'removal' | null;
}

const MOVES_INTO_POST: readonly ProposalKind[] = ['appointment', 'nomination', 'reappointment', 'rotation', 'transfer', 'secondment'];
/** [U] A post that first opened within this many months before the move and was never held counts as created for it (QĐ 65). */
const NEW_POST_MONTHS = 6;

/** Quy định 377-QĐ/TW: the appointment file (personnel appraisal, asset declaration, health certificate). */
function checkDocuments(d: ProposalDocuments): RuleCheck {
  const missing = (['appraisal', 'assetDeclaration', 'health'] as const).filter((k) => !d[k]);
  return missing.length === 0
    ? ruleCheck('personnel.documents.ok', 'pass', PERSONNEL_RULES.higherPost, { documents: 3 })
    : ruleCheck('personnel.documents.missing', 'fail', PERSONNEL_RULES.higherPost, { missing: missing.map((m) => `doc.${m}`) });
}

/** Every check of the proposal on its effective date (and of its vote, when one is given). */
export async function runChecks(db: Db, cfg: CheckConfig, f: ProposalFacts, vote: DecisionVote | null = null): Promise<ChecksResult> {
  const { settings, ladder } = cfg;
  const on = f.effectiveDate;
  const personTenures = await q.tenuresOfPeople(db, [f.person.id]);
  const before = personTenures.filter((t) => t.start_date < on || (t.start_date <= on && t.id === f.fromTenure?.id));
  const openOn = before.filter((t) => t.end_date === null || t.end_date >= on);
  const currentCodes = [...new Set(openOn.map((t) => t.ladder_code).filter((c): c is string => c !== null))];
  const y0 = parseCivilDate(on).year;
  const years = Array.from({ length: settings.appointment.ratings.shownYears }, (_, i) => y0 - settings.appointment.ratings.shownYears + i);
  const levelRows = await q.yearLevels(db, f.person.id, years);
  const ratings = years.map((year) => ({ year, level: levelRows.find((r) => r.year === year)?.decision_level ?? null }));
  const disciplines = (await q.disciplinesOfPeople(db, [f.person.id])).map((d) => ({ kind: d.kind, decidedOn: d.decided_on }));
  const checks: RuleCheck[] = [];
  const code = f.post?.ladder_code ?? null;
  const ladderRow = code ? ladder.byCode.get(code) : undefined;
  let needsVote: ChecksResult['needsVote'] = null;

  if (f.kind === 'appointment' || f.kind === 'nomination') {
    const planned = await q.plannedCodes(db, f.person.id, cfg.today);
    const current = f.fromTenure ?? openOn.find((t) => t.ladder_code !== null) ?? null;
    checks.push(
      ...checkAppointment(
        ladder.ladder,
        {
          targetPost: code!,
          currentPosts: currentCodes,
          tenures: personTenures.map((t) => ({
            id: t.id,
            postId: t.post_id,
            postCode: t.ladder_code,
            startDate: t.start_date,
            endDate: t.end_date,
          })),
          currentTenureId: current?.id ?? null,
          plannedPosts: planned,
          gender: f.person.gender,
          dateOfBirth: f.person.date_of_birth,
          effectiveDate: on,
          specialProcedure: f.specialProcedure,
          ratings,
          disciplines,
          underInvestigation: f.underInvestigation,
        },
        settings.appointment,
        cfg.schedule,
      ),
    );
  } else if (f.kind === 'rotation') {
    const planned = await q.plannedCodes(db, f.person.id, cfg.today);
    const postTenures = await q.tenuresOfPost(db, f.post!.id);
    const createdForIt = postTenures.length === 0 && f.post!.valid_from >= addMonths(on, -NEW_POST_MONTHS);
    checks.push(
      ...checkRotation(
        ladder.ladder,
        {
          currentPosts: currentCodes,
          targetPost: code!,
          gender: f.person.gender,
          dateOfBirth: f.person.date_of_birth,
          startDate: on,
          plannedEndDate: f.plannedEndDate!,
          inPlan: planned.length > 0,
          postCreatedForRotation: createdForIt,
          ratings,
        },
        settings.rotation,
        settings.appointment.ratings,
        cfg.schedule,
      ),
    );
  } else if (f.kind === 'transfer' || f.kind === 'secondment') {
    if (code !== null && currentCodes.length > 0) {
      const higher = currentCodes.filter((c) => compareRank(ladder.ladder, code, c) === -1);
      const comparable = currentCodes.filter((c) => compareRank(ladder.ladder, code, c) !== null);
      if (comparable.length > 0 && higher.length === comparable.length) {
        checks.push(ruleCheck('personnel.transfer.higher', 'fail', PERSONNEL_RULES.higherPost, { target: code, current: higher[0] }));
      } else {
        checks.push(ruleCheck('personnel.transfer.equal_or_lower', 'pass', PERSONNEL_RULES.higherPost, { target: code }));
      }
    }
    checks.push(checkRatings(ratings, on, { ...settings.appointment.ratings, minLevel: null }));
  } else if (f.kind === 'reappointment') {
    checks.push(checkRatings(ratings, on, settings.appointment.ratings));
    checks.push(checkDisciplineWaiting(disciplines, on, settings.appointment));
  } else {
    checks.push(checkRatings(ratings, on, { ...settings.appointment.ratings, minLevel: null }));
    if (f.kind === 'removal') needsVote = 'removal';
  }

  if (MOVES_INTO_POST.includes(f.kind) && f.post) {
    const others = (await q.tenuresOfPost(db, f.post.id))
      .filter((t) => t.id !== f.fromTenure?.id)
      .map((t) => ({ id: t.id, personId: t.person_id, startDate: t.start_date, endDate: t.end_date }));
    checks.push(checkSeatFree(others, { id: 'proposed', personId: f.person.id, startDate: on, endDate: null }, ladderRow?.seats ?? 1));
    if (code !== null) {
      const residences = await q.residencesOfPeople(db, [f.person.id]);
      const loc = await q.localities(db, [f.post.unit_id, ...personTenures.map((t) => t.unit_id)]);
      const places = placesOf(f.person, residences, before, loc);
      const target = loc.get(f.post.unit_id) ?? f.post.unit_id;
      const ids = [
        target,
        ...[places.birthplace, places.hometown].filter((x): x is string => x !== null),
        ...places.residences.map((r) => r.place),
        ...places.work.map((w) => w.place),
      ];
      const tree = placeTree(await q.placeEdges(db, ids));
      checks.push(checkNonLocal(code, target, places, on, tree, settings));
      const body = ladderRow?.reference_level === 'state' ? 'state' : 'party';
      const term = termOn(cfg.terms, body, on);
      if (term) {
        const head = before
          .filter((t) => t.id !== f.fromTenure?.id || f.kind === 'reappointment')
          .map((t) => ({
            postCode: t.ladder_code ?? '',
            place: loc.get(t.unit_id) ?? t.unit_id,
            startDate: t.start_date,
            endDate: t.end_date === null || t.end_date >= on ? addDays(on, -1) : t.end_date,
          }));
        checks.push(checkTermLimit(code, target, head, cfg.terms, term.id, tree, settings.termLimits));
      }
    }
    if (ladderRow?.kind === 'committee_seat') needsVote = 'membership';
    checks.push(checkDocuments(f.documents));
  }
  if (vote) {
    if (needsVote === 'membership') checks.push(...checkMembershipChangeVote(vote, settings.votes));
    if (needsVote === 'removal') checks.push(checkRemovalVote(vote, settings.votes));
  }
  return { checks: withExceptions(checks, settings.exceptionCodes), ratings, needsVote };
}
