// The personnel dashboards of a unit's subtree at any date (Kết luận 210-KL/TW; Quy định 377-QĐ/TW; Quy
// định 65-QĐ/TW): non-local key leaders and who is local (on which grounds), heads who will have held two
// consecutive terms at the end of the current term, rotations ending in the next 6 months and who served
// less than the minimum, vacant posts and since when, discipline waiting periods ending in the next 6
// months, the proposals by status. Every figure comes with the people behind it.
import type { Kysely } from 'kysely';
import { addDays, addMonths, daysBetween, todayInVietnam } from '../../../domain/dates.js';
import { consecutiveTermsThrough, disciplineWaitingEndsOn, localityOf, rotationServed } from '../../../domain/personnel/index.js';
import type { PersonnelDashboard } from '../../../contracts/personnel.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { covers, requireAction, unitCoverage } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { loadCheckConfig, placeTree, placesOf, termOn } from './personnel.checks.js';
import * as d from './personnel.dashboard.queries.js';
import * as q from './personnel.queries.js';

const AHEAD_MONTHS = 6;

export async function personnelDashboard(
  db: Kysely<DB>,
  actor: Actor,
  locale: Locale,
  unitId: string,
  asOf?: string,
): Promise<PersonnelDashboard> {
  requireAction(actor, 'personnel.read');
  const unit = await q.unitName(db, unitId);
  if (!unit || !covers(actor, 'personnel.read', await unitCoverage(db, unitId))) throw notFound();
  const on = asOf ?? todayInVietnam();
  const cfg = await loadCheckConfig(db, on);
  const { settings, ladder } = cfg;
  const title = (code: string) => {
    const r = ladder.byCode.get(code);
    return r ? (locale === 'vi' ? r.title_vi : r.title_en) : code;
  };
  const codes = [...new Set([...settings.nonLocalPosts, ...settings.termLimits.posts])];
  const holders = await d.holdersOn(db, unitId, on, codes);
  const personIds = [...new Set(holders.map((h) => h.person_id))];
  const tenures = await q.tenuresOfPeople(db, personIds);
  const residences = await q.residencesOfPeople(db, personIds);
  const tenuresBy = groupBy(tenures, (t) => t.person_id);
  const residencesBy = groupBy(residences, (r) => r.person_id);
  const loc = await q.localities(db, [...holders.map((h) => h.unit_id), ...tenures.map((t) => t.unit_id)]);
  const placeOf = (unitId: string) => loc.get(unitId) ?? unitId;
  const ids = [
    ...holders.flatMap((h) => [placeOf(h.unit_id), h.birthplace_id, h.hometown_id]),
    ...residences.map((r) => r.admin_unit_id),
    ...tenures.map((t) => placeOf(t.unit_id)),
  ].filter((x): x is string => x !== null);
  const tree = placeTree(await q.placeEdges(db, ids));
  const holder = (h: d.HolderRow) => ({
    personId: h.person_id,
    name: q.fullName(h),
    unit: h.unit_name,
    post: h.post_title,
    since: h.start_date,
  });

  const nonLocal = settings.nonLocalPosts.map((code) => {
    const rows = holders
      .filter((h) => h.ladder_code === code)
      .map((h) => {
        const mine = (tenuresBy.get(h.person_id) ?? []).filter((t) => t.start_date <= on);
        const l = localityOf(placeOf(h.unit_id), placesOf(h, residencesBy.get(h.person_id) ?? [], mine, loc), on, tree, settings.locality);
        return { ...holder(h), local: l.local, grounds: l.grounds.map((g) => g.ground) };
      });
    return { postCode: code, post: title(code), held: rows.length, nonLocal: rows.filter((r) => !r.local).length, holders: rows };
  });

  const twoTerms = holders
    .filter((h) => settings.termLimits.posts.includes(h.ladder_code))
    .flatMap((h) => {
      const body = ladder.byCode.get(h.ladder_code)?.reference_level === 'state' ? 'state' : 'party';
      const term = termOn(cfg.terms, body, on);
      if (!term) return [];
      const head = (tenuresBy.get(h.person_id) ?? []).map((t) => ({
        postCode: t.ladder_code ?? '',
        place: placeOf(t.unit_id),
        startDate: t.start_date,
        endDate: t.end_date,
      }));
      const run = consecutiveTermsThrough(h.ladder_code, placeOf(h.unit_id), head, cfg.terms, term.id, tree, settings.termLimits);
      const max = settings.termLimits.maxConsecutiveTerms;
      return [
        {
          ...holder(h),
          consecutive: run.count,
          max,
          terms: run.terms.map((id) => cfg.terms.find((t) => t.id === id)?.name ?? id),
          atLimit: run.count >= max,
        },
      ];
    })
    .filter((r) => r.consecutive >= r.max - 1)
    .sort((a, b) => b.consecutive - a.consecutive || a.unit.localeCompare(b.unit, 'vi'));

  const ahead = addMonths(on, AHEAD_MONTHS);
  const rotationsEnding = (await d.rotationsEnding(db, unitId, on, ahead)).map((r) => {
    const served = rotationServed(r.effective_date, r.planned_end_date!, settings.rotation);
    return {
      personId: r.person_id,
      name: q.fullName(r),
      unit: r.unit_name,
      post: r.post_title ?? '',
      since: r.effective_date,
      plannedEndDate: r.planned_end_date!,
      months: served.months,
      belowMinimum: served.belowMinimum,
      proposalId: r.id,
    };
  });

  const vacant = (await d.vacantOn(db, unitId, on)).map((v) => {
    const since = v.last_end ? addDays(v.last_end, 1) : v.valid_from;
    return { postId: v.id, post: v.title, unitId: v.unit_id, unit: v.unit_name, since, days: daysBetween(since, on) };
  });

  const longest = Math.max(0, ...Object.values(settings.appointment.disciplineWaitingMonths).map((m) => m ?? 0));
  const waitingEnds = (await d.disciplinesUnder(db, unitId, addMonths(on, -longest)))
    .map((x) => ({ x, endsOn: disciplineWaitingEndsOn({ kind: x.kind, decidedOn: x.decided_on }, settings.appointment) }))
    .filter((r): r is typeof r & { endsOn: string } => r.endsOn !== null && r.endsOn >= on && r.endsOn <= ahead)
    .map(({ x, endsOn }) => ({
      personId: x.person_id,
      name: q.fullName(x),
      unit: x.unit_name,
      kind: x.kind,
      decidedOn: x.decided_on,
      endsOn,
    }))
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : 1));

  const pipeline = (await d.pipeline(db, unitId)).map((r) => ({ kind: r.kind, status: r.status, count: Number(r.n) }));
  return { unit: { id: unit.id, name: unit.name }, asOf: on, nonLocal, twoTerms, rotationsEnding, vacant, waitingEnds, pipeline };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}
