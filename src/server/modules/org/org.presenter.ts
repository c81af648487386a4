// Presenters: the fields each response carries, listed explicitly.
import type { OrgUnitKind, OrgUnitNode, OrgUnitRef, OrgUnitView, PostView } from '../../../contracts/org.js';
import { OrgUnitKindOrder } from '../../../contracts/org.js';
import { fullName } from '../../../domain/names.js';
import type { PostRow } from './org.posts.queries.js';
import type { NodeRow, UnitRow } from './org.tree.queries.js';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Siblings: by kind order (Party, government, Front, mass organisations, territories), then name. */
export function byKindThenName<T extends { kind: string; name: string }>(a: T, b: T): number {
  const ka = OrgUnitKindOrder[a.kind as OrgUnitKind] ?? 99;
  const kb = OrgUnitKindOrder[b.kind as OrgUnitKind] ?? 99;
  return ka - kb || collator.compare(a.name, b.name);
}

export function presentUnit(u: UnitRow): OrgUnitView {
  return {
    id: u.id,
    kind: u.kind as OrgUnitKind,
    name: u.name,
    shortName: u.short_name,
    adminUnitId: u.admin_unit_id,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    version: u.version,
  };
}

export function presentNode(u: NodeRow): OrgUnitNode {
  return {
    id: u.id,
    kind: u.kind as OrgUnitKind,
    name: u.name,
    shortName: u.short_name,
    validFrom: u.valid_from,
    validTo: u.valid_to,
    childCount: u.child_count,
  };
}

export function presentNodes(rows: NodeRow[]): OrgUnitNode[] {
  return [...rows].sort(byKindThenName).map(presentNode);
}

export function presentRef(u: { id: string; kind: string; name: string }, inScope: boolean): OrgUnitRef {
  return { id: u.id, kind: u.kind as OrgUnitKind, name: u.name, inScope };
}

export interface HolderRow {
  id: string;
  post_id: string;
  start_date: string;
  end_date: string | null;
  person_id: string;
  family_name: string;
  middle_name: string;
  given_name: string;
}

/** A post with its holders: names only, no personal data. */
export function presentPost(p: PostRow, holders: HolderRow[], canWrite: boolean): PostView {
  return {
    id: p.id,
    unitId: p.unit_id,
    title: p.title,
    isHead: p.is_head,
    isKey: p.is_key,
    cadreGroup: p.cadre_group,
    rank: p.rank,
    validFrom: p.valid_from,
    validTo: p.valid_to,
    version: p.version,
    holders: holders
      .filter((h) => h.post_id === p.id)
      .map((h) => ({
        tenureId: h.id,
        personId: h.person_id,
        fullName: fullName({ familyName: h.family_name, middleName: h.middle_name, givenName: h.given_name }),
        startDate: h.start_date,
        endDate: h.end_date,
      })),
    actions: { edit: canWrite, close: canWrite && p.valid_to === null },
  };
}
