// What the demo's work data needs to know about one staffed commune, read from the seed batch:
// unit subtrees (assignees must sit in the task unit's subtree), the people who work there, who
// writes weekly plans (holders of key or head posts, as the plans module expects), the Party
// committee members, and the village cells that serve as areas of responsibility.
import type { PersonRow, PostRow, SeedBatch, UnitRow } from './batch.js';
import { hashString, type Random, WeightedTable } from './random.js';
import type { CommuneOrg, CommuneStaffing } from './units-factory.js';
import { FIELD_TASKS, FIELDS_BY_BODY, QUARTER_NAMES } from './work-vocab.js';

export interface Area {
  unitId: string;
  /** 'thôn An Lạc', 'khu phố 3' */
  name: string;
}

/** Unit subtrees of the current tree (links still valid), computed once per unit. */
export class Subtrees {
  private readonly children = new Map<string, string[]>();
  private readonly cache = new Map<string, Set<string>>();

  constructor(batch: SeedBatch) {
    for (const l of batch.links) {
      if (l.valid_to !== null) continue;
      const list = this.children.get(l.parent_id) ?? [];
      list.push(l.child_id);
      this.children.set(l.parent_id, list);
    }
  }

  of(unitId: string): Set<string> {
    let set = this.cache.get(unitId);
    if (!set) {
      set = new Set([unitId]);
      const stack = [unitId];
      while (stack.length)
        for (const c of this.children.get(stack.pop()!) ?? [])
          if (!set.has(c)) {
            set.add(c);
            stack.push(c);
          }
      this.cache.set(unitId, set);
    }
    return set;
  }
}

export const WORK_UNITS = new WeightedTable<number>([
  [0.5, 2],
  [1, 5],
  [1.5, 2],
  [2, 3],
  [3, 1.5],
  [4, 0.6],
  [5, 0.4],
]);
export const PRIORITIES = new WeightedTable<'low' | 'normal' | 'high' | 'urgent'>([
  ['low', 7],
  ['normal', 60],
  ['high', 25],
  ['urgent', 8],
]);

/** Each person's share of tasks exceeding requirements (12–40%), stable across runs. */
export function exceedRateOf(personId: string): number {
  return 0.12 + ((hashString(personId) % 1000) / 1000) * 0.28;
}

const CELL_KINDS = new Set(['party_cell', 'party_group', 'party_subcommittee']);

export class CommuneWork {
  /** People of the political system (leaders, civil servants, employees): they get tasks. */
  readonly workers: PersonRow[];
  /** Holders of key or head posts outside the cells: they write weekly plans. */
  readonly writers: PersonRow[];
  /** Members of the Party executive committee 2025–2030 (standing committee included). */
  readonly committee: PersonRow[];
  readonly areas: Area[];
  readonly cellSecretaries: Array<{ person: PersonRow; area: Area }>;
  private readonly role = new Map<string, PersonRow>();
  private readonly roleOf = new Map<string, string>();

  constructor(
    readonly index: number,
    readonly org: CommuneOrg,
    readonly staffing: CommuneStaffing,
    private readonly batch: SeedBatch,
    private readonly subtrees: Subtrees,
  ) {
    const inCommune = subtrees.of(org.unitId);
    const people = batch.people.filter((p) => inCommune.has(p.unit_id));
    this.workers = people.filter((p) => p.kind !== 'party_member');
    for (const l of staffing.leaders) {
      if (!this.role.has(l.role)) this.role.set(l.role, l.person);
      if (!this.roleOf.has(l.person.id)) this.roleOf.set(l.person.id, l.role);
    }
    const byId = new Map(people.map((p) => [p.id, p]));
    const postById = new Map(batch.posts.map((p) => [p.id, p]));
    const open = batch.tenures.filter((t) => t.end_date === null && byId.has(t.person_id));
    const holders = (ok: (post: PostRow) => boolean) => {
      const seen = new Set<string>();
      const out: PersonRow[] = [];
      for (const t of open) {
        const post = postById.get(t.post_id)!;
        if (ok(post) && !seen.has(t.person_id)) {
          seen.add(t.person_id);
          out.push(byId.get(t.person_id)!);
        }
      }
      return out;
    };
    this.writers = holders(
      (post) => (post.is_key || post.is_head) && inCommune.has(post.unit_id) && !CELL_KINDS.has(this.unit(post.unit_id).kind),
    );
    const P = org.posts;
    const committeePosts = new Set([P.secretary, P.deputyStanding, P.deputy, ...P.standingMembers, ...P.executiveMembers].map((p) => p.id));
    this.committee = holders((post) => committeePosts.has(post.id));
    const areaOf = (cellName: string) => cellName.replace(/^Chi bộ /, '').replace(/^Đảng bộ bộ phận /, '');
    this.areas = org.party.cells.filter((c) => !c.agency).map((c) => ({ unitId: c.id, name: areaOf(c.name) }));
    this.cellSecretaries = staffing.cellSecretaries.map((s) => ({
      person: s.person,
      area: { unitId: s.cell.id, name: areaOf(s.cell.name) },
    }));
  }

  unit(id: string): UnitRow {
    return this.batch.getUnit(id);
  }

  get unitId(): string {
    return this.org.unitId;
  }

  /** A leader by staffing role ('secretary', 'pcChair', 'officeChief', …). */
  leader(role: string): PersonRow | undefined {
    return this.role.get(role);
  }

  leaders(prefix: string): PersonRow[] {
    return this.staffing.leaders.filter((l) => l.role.startsWith(prefix)).map((l) => l.person);
  }

  /** Workers whose unit lies in the subtree of `unitId` (who may be assigned a task of that unit). */
  workersIn(unitId: string): PersonRow[] {
    const set = this.subtrees.of(unitId);
    return this.workers.filter((p) => set.has(p.unit_id));
  }

  /** Up to `max` supporting assignees for a task of `unitId`, never the lead. */
  supports(rng: Random, unitId: string, leadId: string, max = 2): string[] {
    const pool = this.workersIn(unitId).filter((p) => p.id !== leadId);
    const r = rng.next();
    const n = r < 0.5 ? 0 : r < 0.85 ? 1 : 2;
    return rng.sample(pool, Math.min(n, max)).map((p) => p.id);
  }

  /** Fields of work of a person: by their leading role, else by the body they work in. */
  fieldsOf(person: PersonRow): string[] {
    const role = this.roleOf.get(person.id) ?? '';
    const byRole: Record<string, string[]> = {
      secretary: ['party_building', 'security_defense', 'economy'],
      deputyStanding: ['party_building', 'inspection', 'mass_mobilization'],
      pcChair: ['economy', 'finance_budget', 'land_construction'],
      inspectionChair: ['inspection'],
      frontChair: ['mass_mobilization', 'culture_society'],
      buildingHead: ['party_building'],
      officeChief: ['party_building', 'admin_reform'],
      councilVice: ['finance_budget', 'justice'],
    };
    if (byRole[role]) return byRole[role];
    const unit = this.unit(person.unit_id);
    const label = `${unit.name} ${unit.short_name ?? ''}`;
    for (const [re, fields] of FIELDS_BY_BODY) if (re.test(label)) return fields;
    return ['party_building'];
  }
}

/** Fills {month}, {quarter}, {year}, {nextYear}, {area} and {topic} (dates of `on`); returns the area used, if any. */
export function wordTitle(
  rng: Random,
  template: string,
  on: string,
  areas: Area[],
  topics?: string[],
): { title: string; area: Area | null } {
  let area: Area | null = null;
  let t = template;
  if (topics && t.includes('{topic}')) t = t.replace('{topic}', rng.pick(topics));
  if (t.includes('{area}')) {
    area = areas.length ? rng.pick(areas) : null;
    t = t.replace('{area}', area ? area.name : 'các thôn');
  }
  const month = Number(on.slice(5, 7));
  const year = on.slice(0, 4);
  t = t
    .replace('{year}', year)
    .replace('{nextYear}', String(Number(year) + 1))
    .replace('{month}', `${month}/${year}`)
    .replace('{quarter}', `${QUARTER_NAMES[Math.floor((month - 1) / 3)]}/${year}`);
  return { title: t, area };
}

/** A task title of one of the fields. */
export function fieldTask(rng: Random, fields: string[], on: string, areas: Area[]) {
  const field = rng.pick(fields);
  const { title, area } = wordTitle(rng, rng.pick(FIELD_TASKS[field] ?? FIELD_TASKS.party_building), on, areas);
  return { field, title, area };
}
