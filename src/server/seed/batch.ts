// SeedBatch: rows of one seed run, collected in memory and then written in foreign-key order with
// chunked multi-row INSERTs. The closure rows are computed from the batch's links and history.
import type { Insertable, Kysely } from 'kysely';
import { foldDiacritics } from '../../domain/names.js';
import type {
  AccountTable,
  DB,
  OrgUnitEventTable,
  OrgUnitHistoryTable,
  OrgUnitLinkTable,
  OrgUnitTable,
  PersonResidenceTable,
  PersonTable,
  PostTable,
  RoleBindingTable,
  TenureTable,
} from '../db/schema.js';
import { insertChunked } from './bulk.js';
import { computeClosure } from './closure.js';
import { Random } from './random.js';

export type UnitRow = Omit<Insertable<OrgUnitTable>, 'version' | 'created_at' | 'updated_at'> & {
  valid_to: string | null;
};
export type LinkRow = Insertable<OrgUnitLinkTable> & { valid_to: string | null };
export type EventRow = Omit<Insertable<OrgUnitEventTable>, 'created_at'>;
export type HistoryRow = Insertable<OrgUnitHistoryTable>;
export type PersonRow = Omit<Insertable<PersonTable>, 'version' | 'created_at' | 'updated_at'>;
export type ResidenceRow = Insertable<PersonResidenceTable>;
export type PostRow = Omit<Insertable<PostTable>, 'version'> & { valid_to: string | null };
export type TenureRow = Omit<Insertable<TenureTable>, 'version' | 'created_at'> & {
  how: TenureTable['how'];
  end_date: string | null;
};
export type AccountRow = Omit<Insertable<AccountTable>, 'disabled' | 'password_changed_at' | 'version' | 'created_at'>;
export type RoleBindingRow = Omit<Insertable<RoleBindingTable>, 'created_at'>;

export interface UnitInput {
  kind: string;
  name: string;
  shortName?: string | null;
  adminUnitId?: string | null;
  validFrom: string;
  validTo?: string | null;
}

export interface PostInput {
  title: string;
  isHead?: boolean;
  isKey?: boolean;
  cadreGroup?: string | null;
  rank?: number;
}

/** org_unit.search_text: the folded name, plus the folded short name when it adds words. */
export function unitSearchText(name: string, shortName?: string | null): string {
  const a = foldDiacritics(name);
  const b = shortName ? foldDiacritics(shortName) : '';
  return b && !a.includes(b) ? `${a} ${b}` : a;
}

export class SeedBatch {
  readonly units: UnitRow[] = [];
  readonly links: LinkRow[] = [];
  readonly events: EventRow[] = [];
  readonly history: HistoryRow[] = [];
  readonly people: PersonRow[] = [];
  readonly residences: ResidenceRow[] = [];
  readonly posts: PostRow[] = [];
  readonly tenures: TenureRow[] = [];
  readonly accounts: AccountRow[] = [];
  readonly roleBindings: RoleBindingRow[] = [];
  private readonly unitById = new Map<string, UnitRow>();

  /** `ids` is the stream every id comes from; keep it separate from the content stream. */
  constructor(private readonly ids: Random) {}

  id(): string {
    return this.ids.uuid();
  }

  getUnit(id: string): UnitRow {
    const u = this.unitById.get(id);
    if (!u) throw new Error(`unknown unit ${id}`);
    return u;
  }

  /** Adds a unit, and its parent link (same validity) when a parent is given. */
  unit(input: UnitInput, parentId?: string | null): string {
    const row: UnitRow = {
      id: this.id(),
      kind: input.kind,
      name: input.name,
      short_name: input.shortName ?? null,
      admin_unit_id: input.adminUnitId ?? null,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      search_text: unitSearchText(input.name, input.shortName),
    };
    this.units.push(row);
    this.unitById.set(row.id, row);
    if (parentId) this.link(parentId, row.id, row.valid_from, row.valid_to);
    return row.id;
  }

  link(parentId: string, childId: string, validFrom: string, validTo: string | null): LinkRow {
    const row: LinkRow = { id: this.id(), parent_id: parentId, child_id: childId, valid_from: validFrom, valid_to: validTo };
    this.links.push(row);
    return row;
  }

  /** A merge or split event with its predecessor → successor links. */
  event(
    kind: 'merge' | 'split',
    effectiveOn: string,
    pairs: Array<{ predecessor: string; successor: string }>,
    decisionRef: string | null,
    note: string | null = null,
  ): string {
    const id = this.id();
    this.events.push({ id, kind, effective_on: effectiveOn, decision_ref: decisionRef, note });
    const seen = new Set<string>();
    for (const p of pairs) {
      const key = p.predecessor + '>' + p.successor;
      if (seen.has(key)) continue;
      seen.add(key);
      this.history.push({ event_id: id, predecessor_id: p.predecessor, successor_id: p.successor });
    }
    return id;
  }

  /** A post of a unit; valid as long as the unit unless told otherwise. */
  post(unitId: string, input: PostInput, validFrom?: string, validTo?: string | null): PostRow {
    const unit = this.getUnit(unitId);
    const row: PostRow = {
      id: this.id(),
      unit_id: unitId,
      title: input.title,
      is_head: input.isHead ?? false,
      is_key: input.isKey ?? false,
      cadre_group: input.cadreGroup ?? null,
      rank: input.rank ?? 100,
      valid_from: validFrom ?? unit.valid_from,
      valid_to: validTo === undefined ? unit.valid_to : validTo,
    };
    this.posts.push(row);
    return row;
  }

  tenure(
    personId: string,
    post: PostRow,
    start: string,
    end: string | null,
    how: TenureRow['how'],
    termId: string | null = null,
    decisionRef: string | null = null,
  ): TenureRow {
    const row: TenureRow = {
      id: this.id(),
      person_id: personId,
      post_id: post.id,
      term_id: termId,
      start_date: start,
      end_date: end,
      how,
      decision_ref: decisionRef,
    };
    this.tenures.push(row);
    return row;
  }

  /** Rows per table, in the order they are written (for progress totals). */
  rowCount(): number {
    return (
      this.units.length +
      this.links.length +
      this.events.length +
      this.history.length +
      this.people.length +
      this.residences.length +
      this.posts.length +
      this.tenures.length +
      this.accounts.length +
      this.roleBindings.length +
      this.closureSizeHint()
    );
  }

  private closure: Array<{ ancestor_id: string; descendant_id: string }> | null = null;

  private closureRows() {
    if (!this.closure) {
      this.closure = computeClosure(
        this.units.map((u) => u.id),
        this.links,
        this.history,
      );
    }
    return this.closure;
  }

  private closureSizeHint(): number {
    return this.closureRows().length;
  }

  /** Writes everything in foreign-key order. Call inside a transaction. */
  async write(db: Kysely<DB>, onRows?: (n: number) => void): Promise<void> {
    await insertChunked(db, 'org_unit', this.units, onRows);
    await insertChunked(db, 'org_unit_link', this.links, onRows);
    await insertChunked(db, 'org_unit_event', this.events, onRows);
    await insertChunked(db, 'org_unit_history', this.history, onRows);
    await insertChunked(db, 'org_unit_closure', this.closureRows(), onRows);
    await insertChunked(db, 'person', this.people, onRows);
    await insertChunked(db, 'person_residence', this.residences, onRows);
    await insertChunked(db, 'post', this.posts, onRows);
    await insertChunked(db, 'tenure', this.tenures, onRows);
    await insertChunked(db, 'account', this.accounts, onRows);
    await insertChunked(db, 'role_binding', this.roleBindings, onRows);
  }
}
