// The province-wide view of a term's plans (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): under a unit the
// reader reads plans of, every plan they may see (drafts only where they may read drafts), with the
// posts that have no candidate, the posts over the cap, the units with no plan, the people planned for
// more posts than allowed at one approving level, and the structure of everyone planned against the
// province's configured targets. The gaps and excesses are the domain's planOverview.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { computeStructure, firstDayOfMonth, planOverview } from '../../../domain/planning/index.js';
import type { OverviewQuery, PlanningOverview } from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { fieldError, forbidden, notFound } from '../../errors.js';
import { holds, rootsFor } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { unitInSubtrees, unitNames } from '../org/index.js';
import * as f from './planning.facts.queries.js';
import { planReadAccess } from './planning.policy.js';
import { labeller, presentCheck } from './planning.presenter.js';
import * as q from './planning.queries.js';
import { ladderKindOf, planPosts } from './planning.rules.js';
import { loadLadder, loadPlanningSettings } from './planning.settings.js';

type Db = Kysely<DB>;

export async function planningOverview(db: Db, actor: Actor, locale: Locale, query: OverviewQuery): Promise<PlanningOverview> {
  // 403 for a role that never reads plans (asked before any record, decision 0011).
  if (!holds(actor, 'planning.read') && !holds(actor, 'planning.inspect')) throw forbidden();
  const roots = [...new Set([...rootsFor(actor, 'planning.read'), ...rootsFor(actor, 'planning.inspect')])];
  const unitId = query.unitId ?? roots[0];
  // A unit outside what the reader reads answers like a missing one.
  if (!unitId || !(await unitInSubtrees(db, roots, unitId))) throw notFound();
  const term = await q.termById(db, query.termId);
  if (!term) throw fieldError('termId', 'v.unknown_ref', { field: 'termId' });
  const today = todayInVietnam();
  const settings = await loadPlanningSettings(db, today);
  const ladder = await loadLadder(db);
  const label = labeller(ladder.byCode, locale);
  const names = await unitNames(db, [...roots, unitId]);

  const plans = await q.plansOfTermUnder(db, term.id, unitId);
  const visible: typeof plans = [];
  const access = new Map<string, 'all' | 'approved'>();
  for (const p of plans) {
    const a = await planReadAccess(db, actor, p.unit_id);
    if (a === 'all' || (a === 'approved' && p.status === 'approved')) {
      visible.push(p);
      access.set(p.id, a);
    }
  }
  // A unit's draft the reader may not open is still a plan in the making, not "no plan": named as a draft.
  const drafts = plans.filter((p) => !access.has(p.id) && p.status === 'draft');
  const units = await q.plannedKindUnitsUnder(db, unitId, today);
  const withPlan = new Set(plans.map((p) => p.unit_id));

  // A reader of approved plans only counts approved candidates (the plan page hides proposed top-ups).
  const accessOf = new Map(visible.map((p) => [p.id, access.get(p.id)]));
  const candidates = (
    await q.activeCandidatesOfPlans(
      db,
      visible.map((p) => p.id),
    )
  ).filter((c) => accessOf.get(c.plan_id) === 'all' || c.status === 'approved');
  const entriesOf = (planId: string) =>
    candidates
      .filter((c) => c.plan_id === planId)
      .map((c) => ({ personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level }));

  const rows = visible.map((p) => {
    const kind = ladderKindOf(p.kind);
    const posts = kind ? planPosts(ladder.rows, kind, term.id, settings).posts.map((x) => x.row.code) : [];
    const o = planOverview(ladder.ladder, posts, entriesOf(p.id), settings.caps);
    return {
      planId: p.id,
      unitId: p.unit_id,
      unitName: p.name,
      status: p.status,
      candidates: entriesOf(p.id).length,
      posts: posts.length,
      postsWithoutCandidate: o.withoutCandidate.map((code) => ({ code, title: label('post', code) ?? code })),
      overCap: o.overCap.map((c) => presentCheck(c, locale, label)),
    };
  });

  const people = new Map((await f.peopleFacts(db, [...new Set(candidates.map((c) => c.person_id))])).map((p) => [p.id, p]));
  const all = candidates.map((c) => ({ personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level }));
  const overPosts = planOverview(ladder.ladder, [], all, settings.caps).overPosts.map((x) => {
    const p = people.get(x.personId);
    return {
      personId: x.personId,
      name: p ? fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name }) : '—',
      check: presentCheck(x.check, locale, label),
    };
  });

  // The structure is counted at the term's earliest reference month (the age of "young" then).
  const months = Object.values(settings.age.referenceMonths[term.id] ?? {})
    .filter((m): m is string => !!m)
    .sort();
  const structure = computeStructure(
    [...people.values()].map((p) => ({
      personId: p.id,
      gender: p.gender,
      dateOfBirth: p.date_of_birth,
      ethnicity: p.ethnicity,
      // HOOK: the field of study of the professional qualification (the science-and-technology share)
      // comes from the people module's field-of-study work; until then nobody counts as S&T.
      qualificationField: null,
    })),
    months[0] ? firstDayOfMonth(months[0]) : today,
    settings.structure,
  );

  return {
    term: { id: term.id, name: term.name },
    unit: { id: unitId, name: names.get(unitId) ?? '' },
    roots: roots.map((id) => ({ id, name: names.get(id) ?? '' })),
    asOf: today,
    plans: rows,
    drafts: drafts.map((p) => ({ unitId: p.unit_id, unitName: p.name })),
    unitsWithoutPlan: units.filter((u) => !withPlan.has(u.id)),
    overPosts,
    structure: {
      total: structure.total,
      shares: structure.shares,
      targets: { ...settings.structure.targets },
      checks: structure.checks.map((c) => presentCheck(c, locale, label)),
    },
  };
}
