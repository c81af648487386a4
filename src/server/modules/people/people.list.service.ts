// People lists and exports: the actor's read scope, the filters of PeopleQuery, one page of rows
// and, for that page only, the posts held and the hometowns' paths.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { NameLookup, NameLookupQuery, PeoplePage, PeopleQuery } from '../../../contracts/people.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { RetirementSchedule } from '../../../domain/retirement.js';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import { notFound } from '../../errors.js';
import { adminRefOf, nameOf } from './people.presenter.js';
import { unitInSubtrees } from '../org/index.js';
import * as lq from './people.list.queries.js';
import { citizenIdRoots, readScope } from './people.policy.js';
import { type ListContext, type PersonExportRow, presentExportRow, presentListItem } from './people.presenter.js';
import { loadRetirementSchedule } from './people.retirement.js';
import { adminRefs } from './people.service.js';

/** The filters of the list endpoint, without pagination (exports take every matching row). */
export type PeopleFilters = Partial<Omit<PeopleQuery, 'page' | 'pageSize'>>;

/** Scope and filters as SQL criteria; 404 when the requested unit is outside the read scope. */
async function criteriaFor(db: Kysely<DB>, actor: Actor, f: PeopleFilters): Promise<lq.ListCriteria> {
  const scope = readScope(actor);
  if (f.unitId && !(await unitInSubtrees(db, scope.roots, f.unitId))) throw notFound();
  return {
    roots: scope.roots,
    selfId: scope.selfId,
    unitId: f.unitId,
    kind: f.kind,
    cadreGroup: f.cadreGroup,
    gender: f.gender,
    postTitle: f.postTitle,
    q: f.q,
    asOf: f.asOf ?? todayInVietnam(),
  };
}

async function contextFor(
  db: Kysely<DB>,
  rows: Array<{ id: string; hometown_id: string | null; birthplace_id?: string | null }>,
  asOf: string,
  schedule: RetirementSchedule,
): Promise<ListContext> {
  const [held, adminUnits] = await Promise.all([
    lq.postsHeld(
      db,
      rows.map((r) => r.id),
      asOf,
    ),
    adminRefs(
      db,
      rows.flatMap((r) => [r.hometown_id, r.birthplace_id ?? null]),
    ),
  ]);
  const posts = new Map<string, string[]>();
  for (const h of held) posts.set(h.person_id, [...(posts.get(h.person_id) ?? []), h.title]);
  return { schedule, posts, adminUnits };
}

export async function listPeople(db: Kysely<DB>, actor: Actor, query: PeopleQuery): Promise<z.infer<typeof PeoplePage>> {
  const c = await criteriaFor(db, actor, query);
  const offset = (query.page - 1) * query.pageSize;
  if (lq.searchesNames(c)) return searchPeople(db, c, query, offset);
  const schedule = await loadRetirementSchedule(db);
  const [total, rows] = await Promise.all([lq.countPeople(db, c), lq.pageOfPeople(db, c, query.sort, schedule, query.pageSize, offset)]);
  const ctx = await contextFor(db, rows, c.asOf, schedule);
  return { items: rows.map((r) => presentListItem(r, ctx)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * A name search: the ranked page, its posts and hometowns, and the total from one statement, the
 * retirement schedule read meanwhile (the retirement order alone needs it first).
 */
async function searchPeople(db: Kysely<DB>, c: lq.ListCriteria, query: PeopleQuery, offset: number): Promise<z.infer<typeof PeoplePage>> {
  const scheduleRead = loadRetirementSchedule(db);
  const orderSchedule = query.sort === 'retirement' ? await scheduleRead : undefined;
  const [schedule, page] = await Promise.all([
    scheduleRead,
    lq.searchPageOfPeople(db, c, query.sort, orderSchedule, query.pageSize, offset),
  ]);
  const total = page.total ?? (await lq.countPeople(db, c));
  const ctx: ListContext = { schedule, posts: new Map(), adminUnits: new Map() };
  for (const r of page.rows) {
    ctx.posts.set(r.id, r.posts);
    if (r.hometown_id && r.hometown_name) {
      ctx.adminUnits.set(
        r.hometown_id,
        adminRefOf({
          id: r.hometown_id,
          name: r.hometown_name,
          parent_name: r.hometown_parent_name,
          grandparent_name: r.hometown_grandparent_name,
        }),
      );
    }
  }
  return { items: page.rows.map((r) => presentListItem(r, ctx)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Every person matching the filters, in the list's order, in pages of `pageSize` (for streaming
 * exports). Same scope and filters as the list endpoint; citizen IDs only where the actor's
 * citizen-ID roles cover the person's unit. Run it inside a REPEATABLE READ transaction
 * (pass the transaction as `db`) if pages must come from one snapshot.
 */
export async function* iteratePeople(
  db: Kysely<DB>,
  actor: Actor,
  filters: PeopleFilters,
  pageSize = 1000,
): AsyncGenerator<PersonExportRow[]> {
  const c = await criteriaFor(db, actor, filters);
  const schedule = await loadRetirementSchedule(db);
  const citizenRoots = citizenIdRoots(actor);
  for (let offset = 0; ; offset += pageSize) {
    const rows = await lq.exportPageOfPeople(db, c, filters.sort ?? 'name', schedule, citizenRoots, pageSize, offset);
    if (rows.length === 0) return;
    const ctx = await contextFor(db, rows, c.asOf, schedule);
    yield rows.map((r) => presentExportRow(r, ctx));
    if (rows.length < pageSize) return;
  }
}

/**
 * Names for pickers and filters (the transparency board's "person" filter, assignees, co-chairs):
 * every signed-in role, within the subtrees of all its role bindings — a cadre finds the colleagues
 * of their commune, whose names the board shows anyway — and nothing but the name and the unit.
 */
export async function lookupNames(db: Kysely<DB>, actor: Actor, query: NameLookupQuery): Promise<NameLookup> {
  const roots = [...new Set(actor.roles.map((r) => r.unitId))];
  if (query.unitId && !(await unitInSubtrees(db, roots, query.unitId))) throw notFound();
  const c: lq.ListCriteria = { roots, selfId: null, unitId: query.unitId, q: query.q, asOf: todayInVietnam() };
  const rows = await lq.pageOfPeople(db, c, 'name', await loadRetirementSchedule(db), query.limit, 0);
  return { items: rows.map((r) => ({ id: r.id, fullName: nameOf(r), unitId: r.unit_id, unitName: r.unit_name })) };
}
