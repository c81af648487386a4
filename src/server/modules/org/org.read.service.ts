// Reading the tree as of a date, limited to the actor's scope.
import type { Kysely } from 'kysely';
import type { OrgUnitDetail, OrgUnitNode, PostView } from '../../../contracts/org.js';
import { foldDiacritics } from '../../../domain/names.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import { notFound } from '../../errors.js';
import { canWriteUnit, readRoots, unitActions } from './org.policy.js';
import * as pq from './org.posts.queries.js';
import { presentNodes, presentPost, presentRef, presentUnit } from './org.presenter.js';
import * as q from './org.tree.queries.js';

type Db = Kysely<DB>;

/** The date at which a unit's surroundings are read: asOf, clamped into the unit's lifetime. */
function dateWithin(u: { valid_from: string; valid_to: string | null }, asOf: string): string {
  if (asOf < u.valid_from) return u.valid_from;
  if (u.valid_to !== null && asOf >= u.valid_to) return dayBefore(u.valid_to);
  return asOf;
}

function dayBefore(d: string): string {
  const dt = new Date(`${d}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() - 1);
  return dt.toISOString().slice(0, 10);
}

/**
 * The actor's scope roots as of `asOf`. A root not valid then (say a commune created by a merger,
 * read before it) stands in with the top units of its history that were; a root that sits under
 * another shown root at that date is left out.
 */
export async function rootsAt(db: Db, actor: Actor, asOf: string): Promise<OrgUnitNode[]> {
  const roots = readRoots(actor);
  const units = await q.unitsByIds(db, roots);
  const shown = new Set<string>();
  for (const u of units) {
    if (u.valid_from <= asOf && (u.valid_to === null || u.valid_to > asOf)) shown.add(u.id);
    else for (const id of await q.topUnitsOfClosureAt(db, u.id, asOf)) shown.add(id);
  }
  const ancestors = await q.ancestorsAt(
    db,
    [...shown].map((id) => ({ id, date: asOf })),
  );
  for (const a of ancestors) if (a.depth > 0 && shown.has(a.id)) shown.delete(a.start_id);
  return presentNodes(await q.nodesByIds(db, [...shown], asOf));
}

export async function childrenOf(db: Db, unitId: string, asOf: string): Promise<OrgUnitNode[]> {
  return presentNodes(await q.childrenAt(db, unitId, asOf));
}

/** Ancestors of each unit (top first, itself excluded) as of a date, cut where the actor's scope ends. */
async function scopedPaths(db: Db, actor: Actor, starts: Array<{ id: string; date: string }>) {
  const rows = await q.ancestorsAt(db, starts);
  const inScope = await q.idsInSubtrees(
    db,
    readRoots(actor),
    rows.map((r) => r.id),
  );
  const paths = new Map<string, typeof rows>();
  for (const r of rows) {
    if (r.depth === 0) continue;
    const list = paths.get(r.start_id) ?? [];
    paths.set(r.start_id, list);
    // rows come by depth: stop climbing at the first ancestor outside the scope
    if (list.length === r.depth - 1 && inScope.has(r.id)) list.push(r);
  }
  return { paths: new Map([...paths].map(([k, v]) => [k, v.reverse()])), inScope };
}

export async function postsOf(db: Db, actor: Actor, unitId: string, asOf: string): Promise<PostView[]> {
  const posts = await pq.postsAt(db, unitId, asOf);
  const holders = await pq.holdersAt(
    db,
    posts.map((p) => p.id),
    asOf,
  );
  const canWrite = await canWriteUnit(db, actor, unitId);
  return posts.map((p) => presentPost(p, holders, canWrite));
}

export async function unitDetail(db: Db, actor: Actor, unitId: string, asOf: string): Promise<OrgUnitDetail> {
  const unit = await q.unitById(db, unitId);
  if (!unit) throw notFound();
  const pathDate = dateWithin(unit, asOf);
  const [{ paths }, children, posts, peopleCount, parents, preds, succs, actions] = await Promise.all([
    scopedPaths(db, actor, [{ id: unitId, date: pathDate }]),
    childrenOf(db, unitId, asOf),
    postsOf(db, actor, unitId, asOf),
    q.peopleCountInSubtree(db, unitId),
    q.parentLinks(db, unitId),
    q.historyLinks(db, unitId, 'predecessor'),
    q.historyLinks(db, unitId, 'successor'),
    unitActions(db, actor, unit),
  ]);
  const refScope = await q.idsInSubtrees(db, readRoots(actor), [
    ...parents.map((p) => p.parent_id),
    ...preds.map((p) => p.id),
    ...succs.map((s) => s.id),
  ]);
  const historyLink = (h: (typeof preds)[number]) => ({
    unit: presentRef(h, refScope.has(h.id)),
    event: { id: h.event_id, kind: h.event_kind, effectiveOn: h.effective_on, decisionRef: h.decision_ref },
  });
  return {
    asOf,
    unit: presentUnit(unit),
    breadcrumb: (paths.get(unitId) ?? []).map((a) => presentRef(a, true)),
    children,
    posts,
    peopleCount,
    history: {
      parents: parents.map((p) => ({
        parent: presentRef({ id: p.parent_id, kind: p.kind, name: p.name }, refScope.has(p.parent_id)),
        validFrom: p.valid_from,
        validTo: p.valid_to,
      })),
      predecessors: preds.map(historyLink),
      successors: succs.map(historyLink),
    },
    actions,
  };
}

export async function searchUnits(db: Db, actor: Actor, opts: { q: string; asOf: string; includeClosed: boolean; kind?: string }) {
  const words = foldDiacritics(opts.q).split(' ').filter(Boolean);
  const rows = await q.searchUnits(db, {
    roots: readRoots(actor),
    words,
    asOf: opts.asOf,
    includeClosed: opts.includeClosed,
    kind: opts.kind,
    limit: 20,
  });
  const { paths } = await scopedPaths(
    db,
    actor,
    rows.map((r) => ({ id: r.id, date: dateWithin(r, opts.asOf) })),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: presentUnit(r).kind,
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    path: (paths.get(r.id) ?? []).map((a) => a.name).join(' › '),
  }));
}

export async function eventsOf(db: Db, actor: Actor, unitId: string) {
  const events = await q.eventsOfUnit(db, unitId);
  const pairs = await q.historyOfEvents(
    db,
    events.map((e) => e.id),
  );
  const ids = pairs.flatMap((p) => [p.predecessor_id, p.successor_id]);
  const [units, inScope] = await Promise.all([q.unitsByIds(db, ids), q.idsInSubtrees(db, readRoots(actor), ids)]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const refs = (list: string[]) =>
    [...new Set(list)]
      .map((id) => byId.get(id))
      .filter((u) => u !== undefined)
      .map((u) => presentRef(u, inScope.has(u.id)));
  return events.map((e) => {
    const mine = pairs.filter((p) => p.event_id === e.id);
    return {
      id: e.id,
      kind: e.kind,
      effectiveOn: e.effective_on,
      decisionRef: e.decision_ref,
      note: e.note,
      predecessors: refs(mine.map((p) => p.predecessor_id)),
      successors: refs(mine.map((p) => p.successor_id)),
    };
  });
}
