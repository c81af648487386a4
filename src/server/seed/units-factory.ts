/* eslint-disable max-lines -- the seed is being reworked on its own branch; split by section (commune, province, pre-2025 units) after that merge */
// Builds the organisation tree of a province and its communes (units, parent links, posts) and
// staffs it (people and tenures), the same way for the demo data and the benchmark generator.
// Also the pre-2025 units (old provinces, districts, communes) the demo keeps as history.
import type { AdminCommune, AdminProvince } from './admin-context.js';
import type { PostInput, PostRow, SeedBatch, TenureRow } from './batch.js';
import { addDays, randomDate } from './days.js';
import type { PeopleFactory, PersonLevel, PersonOptions, PersonRecord } from './people-factory.js';
import type { Random } from './random.js';
import { VILLAGE_NAMES } from './vocab.js';

/** The two-tier local government starts here (Luật 72/2025/QH15, NQ 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
/** Start of the history kept for pre-2025 units. */
export const HISTORY_FROM = '2020-01-01';

export const TERM = {
  partyOld: 'party-2020-2025',
  partyNew: 'party-2025-2030',
  stateOld: 'state-2021-2026',
  stateNew: 'state-2026-2031',
} as const;

export type CadreGroup = 'leader_province' | 'leader_commune' | 'staff' | 'party_member_outside';

// ---------------------------------------------------------------------------------------------
// Names

const PREFIXES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

/** 'Xã Khoái Châu' → { word: 'xã', bare: 'Khoái Châu' }; 'Thành phố Hưng Yên' → { word: 'thành phố', ... }. */
export function splitAdminName(name: string): { word: string; bare: string } {
  for (const p of PREFIXES) {
    if (name.startsWith(p + ' ')) return { word: p.toLowerCase(), bare: name.slice(p.length + 1) };
  }
  return { word: '', bare: name };
}

/** org_unit.kind of a commune-level unit from its admin type. */
export function communeKind(type: string): 'commune' | 'ward' | 'special_zone' {
  if (type === 'phường') return 'ward';
  if (type === 'đặc khu') return 'special_zone';
  return 'commune'; // xã, thị trấn
}

// ---------------------------------------------------------------------------------------------
// Schedules and tenures

/** Dates of one locality's 2025–2026 cycle. */
export interface Schedule {
  /** New units start (2025-07-01). */
  from: string;
  /** Party congress 2025–2030: elected Party posts start here. */
  congress: string;
  /** First session of the People's Council 2026–2031: elected state posts start here. */
  session: string;
}

export function drawSchedule(rng: Random, level: 'commune' | 'province'): Schedule {
  return level === 'commune'
    ? { from: REFORM_DATE, congress: randomDate(rng, '2025-08-04', '2025-09-20'), session: randomDate(rng, '2026-03-23', '2026-04-10') }
    : { from: REFORM_DATE, congress: randomDate(rng, '2025-10-06', '2025-10-20'), session: randomDate(rng, '2026-03-25', '2026-04-08') };
}

type How = TenureRow['how'];

/** A Party post over the 2025 cycle: appointed until the congress, elected from it. Returns the first tenure. */
export function holdPartyPost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: 'regular' | 'concurrent' = 'regular',
  decisionRef: string | null = null,
): TenureRow {
  const first = batch.tenure(
    personId,
    post,
    s.from,
    addDays(s.congress, -1),
    how === 'concurrent' ? 'concurrent' : 'appointed',
    TERM.partyOld,
    decisionRef,
  );
  batch.tenure(personId, post, s.congress, null, how === 'concurrent' ? 'concurrent' : 'elected', TERM.partyNew);
  return first;
}

/** A state (People's Council / Committee) post: appointed until the 2026 session, elected from it. */
export function holdStatePost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: 'regular' | 'concurrent' = 'regular',
  decisionRef: string | null = null,
): TenureRow {
  const first = batch.tenure(
    personId,
    post,
    s.from,
    addDays(s.session, -1),
    how === 'concurrent' ? 'concurrent' : 'appointed',
    TERM.stateOld,
    decisionRef,
  );
  batch.tenure(personId, post, s.session, null, how === 'concurrent' ? 'concurrent' : 'elected', TERM.stateNew);
  return first;
}

/** An appointed post without a term, open-ended. */
export function holdAppointedPost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: How = 'appointed',
  decisionRef: string | null = null,
): TenureRow {
  return batch.tenure(personId, post, s.from, null, how, null, decisionRef);
}

// ---------------------------------------------------------------------------------------------
// Commune

export interface CellInfo {
  id: string;
  name: string;
  agency: boolean;
  secretary: PostRow;
  deputy: PostRow;
}

export interface DivisionInfo {
  id: string;
  head: PostRow;
  deputy: PostRow;
  staff: PostRow[];
  /** Public employees (viên chức) rather than civil servants. */
  employees: boolean;
}

export interface CommuneOrg {
  admin: AdminCommune;
  unitId: string;
  kind: 'commune' | 'ward' | 'special_zone';
  /** 'xã Khoái Châu' */
  label: string;
  party: {
    committee: string;
    executive: string;
    standing: string;
    office: string;
    building: string;
    inspection: string;
    cells: CellInfo[];
    subcommittee: null | { id: string; secretary: PostRow; groups: Array<{ id: string; name: string; leader: PostRow }> };
  };
  council: string;
  peoplesCommittee: string;
  front: string;
  posts: {
    secretary: PostRow;
    deputyStanding: PostRow;
    deputy: PostRow;
    standingMembers: PostRow[];
    executiveMembers: PostRow[];
    inspectionChair: PostRow;
    inspectionDeputy: PostRow;
    inspectors: PostRow[];
    officeChief: PostRow;
    officeDeputy: PostRow;
    officeStaff: PostRow[];
    buildingHead: PostRow;
    buildingDeputy: PostRow;
    buildingStaff: PostRow[];
    councilChair: PostRow;
    councilVice: PostRow;
    councilHeads: PostRow[];
    pcChair: PostRow;
    pcVices: PostRow[];
    frontChair: PostRow;
    frontVice: PostRow;
    massOrgHeads: Array<{ unitId: string; post: PostRow }>;
  };
  divisions: DivisionInfo[];
}

export interface CommuneShape {
  /** Party cells including the agency cell (5–15). */
  cells: [number, number];
  /** Civil servants per division besides its head and deputy. */
  staffPerDivision: [number, number];
  /** Chance of a đảng bộ bộ phận with 2–3 tổ đảng. */
  subcommitteeChance: number;
}

export const DEFAULT_COMMUNE_SHAPE: CommuneShape = { cells: [5, 15], staffPerDivision: [3, 5], subcommitteeChance: 0.35 };

const lc = 'leader_commune';

function cellNames(rng: Random, kind: CommuneOrg['kind'], n: number): string[] {
  if (kind === 'ward') {
    // Mostly numbered khu phố, some named tổ dân phố.
    const named = rng.sample(VILLAGE_NAMES, n);
    return Array.from({ length: n }, (_, i) => (rng.chance(0.75) ? `khu phố ${i + 1}` : `tổ dân phố ${named[i]}`));
  }
  return rng.sample(VILLAGE_NAMES, n).map((v) => `thôn ${v}`);
}

/** Units and posts of one commune (current tree, from `validFrom`), under `parentId`. */
export function buildCommuneOrg(
  batch: SeedBatch,
  rng: Random,
  admin: AdminCommune,
  parentId: string,
  opts: { validFrom?: string; shape?: CommuneShape; nameSuffix?: string } = {},
): CommuneOrg {
  const from = opts.validFrom ?? REFORM_DATE;
  const shape = opts.shape ?? DEFAULT_COMMUNE_SHAPE;
  const suffix = opts.nameSuffix ?? '';
  const kind = communeKind(admin.type);
  const { word, bare: bareName } = splitAdminName(admin.name);
  const bare = bareName + suffix;
  const label = `${word} ${bare}`;
  const u = (k: string, name: string, parent: string, shortName?: string) =>
    batch.unit({ kind: k, name, shortName: shortName ?? null, validFrom: from }, parent);

  const unitId = batch.unit({ kind, name: admin.name + suffix, adminUnitId: admin.id, validFrom: from }, parentId);

  // Party
  const committee = u('party_committee', `Đảng bộ ${label}`, unitId, `Đảng ủy ${label}`);
  const executive = u('executive_committee', `Ban Chấp hành Đảng bộ ${label}`, committee, 'Ban Chấp hành');
  const standing = u('standing_committee', `Ban Thường vụ Đảng ủy ${label}`, committee, 'Ban Thường vụ');
  const office = u('advisory_body', `Văn phòng Đảng ủy ${label}`, committee, 'Văn phòng Đảng ủy');
  const building = u('advisory_body', `Ban Xây dựng Đảng Đảng ủy ${label}`, committee, 'Ban Xây dựng Đảng');
  const inspection = u('inspection_committee', `Ủy ban Kiểm tra Đảng ủy ${label}`, committee, 'Ủy ban Kiểm tra');

  const cellCount = rng.int(shape.cells[0], shape.cells[1]);
  const cells: CellInfo[] = [];
  const addCell = (name: string, agency: boolean) => {
    const id = u('party_cell', name, committee);
    cells.push({
      id,
      name,
      agency,
      secretary: batch.post(id, { title: 'Bí thư Chi bộ', isHead: true, cadreGroup: agency ? 'staff' : 'party_member_outside', rank: 1 }),
      deputy: batch.post(id, { title: 'Phó Bí thư Chi bộ', cadreGroup: agency ? 'staff' : 'party_member_outside', rank: 2 }),
    });
  };
  addCell('Chi bộ Cơ quan', true);
  // One name more than the cells need: the last one is for a đảng bộ bộ phận, if any.
  const villages = cellNames(rng, kind, cellCount);
  for (const v of villages.slice(0, cellCount - 1)) addCell(`Chi bộ ${v}`, false);
  let subcommittee: CommuneOrg['party']['subcommittee'] = null;
  if (rng.chance(shape.subcommitteeChance)) {
    const area = villages[cellCount - 1];
    const id = u('party_subcommittee', `Đảng bộ bộ phận ${area}`, committee);
    const groups = Array.from({ length: rng.int(2, 3) }, (_, i) => {
      const name = kind === 'ward' ? `Tổ đảng số ${i + 1}` : `Tổ đảng xóm ${i + 1}`;
      const gid = u('party_group', name, id, `${name} (${area})`);
      return {
        id: gid,
        name,
        leader: batch.post(gid, { title: 'Tổ trưởng Tổ đảng', isHead: true, cadreGroup: 'party_member_outside', rank: 1 }),
      };
    });
    subcommittee = {
      id,
      secretary: batch.post(id, { title: 'Bí thư Đảng bộ bộ phận', isHead: true, cadreGroup: 'party_member_outside', rank: 1 }),
      groups,
    };
  }

  // State
  const council = u('peoples_council', `Hội đồng nhân dân ${label}`, unitId, `HĐND ${label}`);
  const peoplesCommittee = u('peoples_committee', `Ủy ban nhân dân ${label}`, unitId, `UBND ${label}`);
  const staffN = () => rng.int(shape.staffPerDivision[0], shape.staffPerDivision[1]);
  // At most 4 divisions under the commune People's Committee (DOMAIN.md §1).
  const division = (name: string, head: [string, string], employees: boolean, rank: number): DivisionInfo => {
    const id = u('division', `${name} ${label}`, peoplesCommittee, name);
    const titled = name.replace(/^Phòng /, 'phòng '); // "Trưởng phòng Kinh tế"
    return {
      id,
      employees,
      head: batch.post(id, { title: `${head[0]} ${titled}`, isHead: true, cadreGroup: lc, rank }),
      deputy: batch.post(id, { title: `${head[1]} ${titled}`, cadreGroup: lc, rank: rank + 1 }),
      staff: Array.from({ length: staffN() }, () =>
        batch.post(id, { title: employees ? 'Viên chức' : 'Chuyên viên', cadreGroup: 'staff', rank: 50 }),
      ),
    };
  };
  const divisions = [
    division('Văn phòng HĐND và UBND', ['Chánh', 'Phó Chánh'], false, 20),
    division(kind === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế', ['Trưởng', 'Phó Trưởng'], false, 22),
    division('Phòng Văn hóa - Xã hội', ['Trưởng', 'Phó Trưởng'], false, 24),
    division('Trung tâm Phục vụ hành chính công', ['Giám đốc', 'Phó Giám đốc'], true, 26),
  ];

  // Front and mass organisations
  const front = u('front', `Ủy ban Mặt trận Tổ quốc Việt Nam ${label}`, unitId, `Ủy ban MTTQ ${label}`);
  const massOrg = (name: string, short: string, head: string) => {
    const id = u('mass_org', `${name} ${label}`, front, short);
    return { unitId: id, post: batch.post(id, { title: head, isHead: true, cadreGroup: 'staff', rank: 1 }) };
  };
  const massOrgHeads = [
    massOrg('Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên', 'Bí thư Đoàn Thanh niên'),
    massOrg('Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ', 'Chủ tịch Hội Liên hiệp Phụ nữ'),
    massOrg('Hội Nông dân', 'Hội Nông dân', 'Chủ tịch Hội Nông dân'),
    massOrg('Hội Cựu chiến binh', 'Hội Cựu chiến binh', 'Chủ tịch Hội Cựu chiến binh'),
  ];

  const p = (unit: string, input: PostInput) => batch.post(unit, input);
  const posts: CommuneOrg['posts'] = {
    secretary: p(committee, { title: 'Bí thư Đảng ủy', isHead: true, isKey: true, cadreGroup: lc, rank: 1 }),
    deputyStanding: p(committee, { title: 'Phó Bí thư Thường trực Đảng ủy', isKey: true, cadreGroup: lc, rank: 2 }),
    deputy: p(committee, { title: 'Phó Bí thư Đảng ủy', isKey: true, cadreGroup: lc, rank: 3 }),
    standingMembers: Array.from({ length: 3 }, () => p(standing, { title: 'Ủy viên Ban Thường vụ Đảng ủy', cadreGroup: lc, rank: 10 })),
    executiveMembers: Array.from({ length: 8 }, () => p(executive, { title: 'Đảng ủy viên', cadreGroup: lc, rank: 20 })),
    inspectionChair: p(inspection, { title: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', isHead: true, cadreGroup: lc, rank: 11 }),
    inspectionDeputy: p(inspection, { title: 'Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', cadreGroup: lc, rank: 21 }),
    inspectors: Array.from({ length: rng.int(1, 2) }, () => p(inspection, { title: 'Kiểm tra viên', cadreGroup: 'staff', rank: 50 })),
    officeChief: p(office, { title: 'Chánh Văn phòng Đảng ủy', isHead: true, cadreGroup: lc, rank: 12 }),
    officeDeputy: p(office, { title: 'Phó Chánh Văn phòng Đảng ủy', cadreGroup: lc, rank: 22 }),
    officeStaff: Array.from({ length: rng.int(1, 3) }, () => p(office, { title: 'Chuyên viên', cadreGroup: 'staff', rank: 50 })),
    buildingHead: p(building, { title: 'Trưởng Ban Xây dựng Đảng', isHead: true, cadreGroup: lc, rank: 12 }),
    buildingDeputy: p(building, { title: 'Phó Trưởng Ban Xây dựng Đảng', cadreGroup: lc, rank: 22 }),
    buildingStaff: Array.from({ length: rng.int(1, 3) }, () => p(building, { title: 'Chuyên viên', cadreGroup: 'staff', rank: 50 })),
    councilChair: p(council, { title: 'Chủ tịch HĐND', isHead: true, isKey: true, cadreGroup: lc, rank: 1 }),
    councilVice: p(council, { title: 'Phó Chủ tịch HĐND', cadreGroup: lc, rank: 5 }),
    councilHeads: [
      p(council, { title: 'Trưởng Ban Kinh tế - Ngân sách HĐND', cadreGroup: lc, rank: 15 }),
      p(council, { title: 'Trưởng Ban Văn hóa - Xã hội HĐND', cadreGroup: lc, rank: 16 }),
    ],
    pcChair: p(peoplesCommittee, { title: 'Chủ tịch UBND', isHead: true, isKey: true, cadreGroup: lc, rank: 1 }),
    pcVices: Array.from({ length: 2 }, () => p(peoplesCommittee, { title: 'Phó Chủ tịch UBND', cadreGroup: lc, rank: 5 })),
    frontChair: p(front, { title: 'Chủ tịch Ủy ban MTTQ Việt Nam', isHead: true, isKey: true, cadreGroup: lc, rank: 1 }),
    frontVice: p(front, { title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam', cadreGroup: lc, rank: 5 }),
    massOrgHeads,
  };

  return {
    admin,
    unitId,
    kind,
    label,
    party: { committee, executive, standing, office, building, inspection, cells, subcommittee },
    council,
    peoplesCommittee,
    front,
    posts,
    divisions,
  };
}

/** Who holds what in a staffed commune (for history, accounts, checks). */
export interface CommuneStaffing {
  schedule: Schedule;
  /** Leaders and heads, most senior first, with the first tenure of their main post. */
  leaders: Array<{ role: string; person: PersonRecord; first: TenureRow }>;
  secretary: PersonRecord;
  pcChair: PersonRecord;
  /** A civil servant of the Party office (e.g. for a 'cadre' account). */
  officeStaff: PersonRecord | null;
  /** Village cells with their secretary. */
  cellSecretaries: Array<{ cell: CellInfo; person: PersonRecord }>;
  people: number;
}

export interface StaffingOptions {
  /** People to create in the commune (leaders, staff and Party members). */
  people: number;
  schedule?: Schedule;
  /** Chance that the secretary (and the People's Committee chair) is not from the commune. */
  nonLocalSecretary?: number;
  nonLocalChair?: number;
  /** Chance that an optional post (deputies, staff) is left vacant. */
  vacancy?: number;
}

/** Creates the people of a commune and their current tenures. */
export function staffCommune(
  batch: SeedBatch,
  rng: Random,
  factory: PeopleFactory,
  org: CommuneOrg,
  opts: StaffingOptions,
): CommuneStaffing {
  const s = opts.schedule ?? drawSchedule(rng, 'commune');
  const vacancy = opts.vacancy ?? 0.12;
  const communeId = org.admin.id;
  const P = org.posts;
  const start = batch.people.length;
  const leaders: CommuneStaffing['leaders'] = [];
  const ref = () => `Quyết định số ${rng.int(100, 2999)}-QĐ/TU`;
  const refUb = () => `Quyết định số ${rng.int(10, 999)}/QĐ-UBND`;

  type Extra = Pick<PersonOptions, 'minAge' | 'maxAge' | 'locality' | 'party' | 'gender'>;
  const make = (unitId: string, level: PersonLevel, group: CadreGroup, kind: PersonRecord['kind'], extra: Extra = {}) =>
    factory.person({ unitId, level, cadreGroup: group, kind, communeId, ...extra });
  const lead = (role: string, person: PersonRecord, first: TenureRow) => {
    leaders.push({ role, person, first });
    return person;
  };

  // Key leaders
  const secretary = make(org.party.committee, 'leader', lc, 'cadre', {
    minAge: 40,
    maxAge: 56,
    locality: rng.chance(opts.nonLocalSecretary ?? 0.85) ? 'nonlocal' : 'local',
  });
  lead('secretary', secretary, holdPartyPost(batch, secretary.id, P.secretary, s, 'regular', ref()));
  holdStatePost(batch, secretary.id, P.councilChair, s, 'concurrent');

  const pcChair = make(org.peoplesCommittee, 'leader', lc, 'cadre', {
    minAge: 38,
    maxAge: 55,
    locality: rng.chance(opts.nonLocalChair ?? 0.8) ? 'nonlocal' : 'local',
  });
  lead('pcChair', pcChair, holdStatePost(batch, pcChair.id, P.pcChair, s, 'regular', ref()));
  holdPartyPost(batch, pcChair.id, P.deputy, s, 'concurrent');

  const deputyStanding = make(org.party.committee, 'leader', lc, 'cadre', { minAge: 38, maxAge: 56 });
  lead('deputyStanding', deputyStanding, holdPartyPost(batch, deputyStanding.id, P.deputyStanding, s, 'regular', ref()));

  const inspectionChair = make(org.party.inspection, 'leader', lc, 'cadre', { minAge: 36, maxAge: 56 });
  lead('inspectionChair', inspectionChair, holdPartyPost(batch, inspectionChair.id, P.inspectionChair, s));
  const frontChair = make(org.front, 'leader', lc, 'cadre', { minAge: 40, maxAge: 58 });
  lead('frontChair', frontChair, holdAppointedPost(batch, frontChair.id, P.frontChair, s));
  const buildingHead = make(org.party.building, 'leader', lc, 'cadre', { minAge: 34, maxAge: 55 });
  lead('buildingHead', buildingHead, holdAppointedPost(batch, buildingHead.id, P.buildingHead, s, 'appointed', ref()));
  [inspectionChair, frontChair, buildingHead].forEach((person, i) =>
    holdPartyPost(batch, person.id, P.standingMembers[i], s, 'concurrent'),
  );

  const councilVice = make(org.council, 'leader', lc, 'cadre', { minAge: 35, maxAge: 56 });
  lead('councilVice', councilVice, holdStatePost(batch, councilVice.id, P.councilVice, s));
  const pcVices = P.pcVices.map((post, i) => {
    if (i > 0 && rng.chance(vacancy)) return null;
    const person = make(org.peoplesCommittee, 'leader', lc, 'cadre', { minAge: 33, maxAge: 55 });
    return lead('pcVice', person, holdStatePost(batch, person.id, post, s, 'regular', refUb()));
  });
  const officeChief = make(org.party.office, 'leader', lc, 'civil_servant', { minAge: 32, maxAge: 55 });
  lead('officeChief', officeChief, holdAppointedPost(batch, officeChief.id, P.officeChief, s, 'appointed', ref()));

  // Divisions
  const divisionHeads: PersonRecord[] = [];
  let officeStaff: PersonRecord | null = null;
  org.divisions.forEach((d, i) => {
    const kind = d.employees ? 'public_employee' : 'civil_servant';
    // A vice-chair of the People's Committee often heads the public service centre.
    const viceHead = d.employees ? pcVices.find((v) => v) : undefined;
    if (viceHead) {
      holdAppointedPost(batch, viceHead.id, d.head, s, 'concurrent');
    } else {
      const head = make(d.id, 'staff', lc, kind, { minAge: 32, maxAge: 56, party: true });
      divisionHeads.push(head);
      lead(`divisionHead${i}`, head, holdAppointedPost(batch, head.id, d.head, s, 'appointed', refUb()));
    }
    if (!rng.chance(vacancy)) {
      const deputy = make(d.id, 'staff', lc, kind, { minAge: 28, maxAge: 55 });
      lead(`divisionDeputy${i}`, deputy, holdAppointedPost(batch, deputy.id, d.deputy, s, 'appointed', refUb()));
    }
    for (const post of d.staff) {
      if (rng.chance(vacancy / 2)) continue;
      const person = make(d.id, d.employees ? 'employee' : 'staff', 'staff', kind);
      holdAppointedPost(batch, person.id, post, s, rng.chance(0.7) ? 'transferred' : 'appointed');
    }
  });

  // Party bodies' staff
  const staffPosts: Array<[PostRow, string, boolean]> = [
    [P.inspectionDeputy, org.party.inspection, true],
    ...P.inspectors.map((p): [PostRow, string, boolean] => [p, org.party.inspection, false]),
    [P.officeDeputy, org.party.office, true],
    ...P.officeStaff.map((p): [PostRow, string, boolean] => [p, org.party.office, false]),
    [P.buildingDeputy, org.party.building, true],
    ...P.buildingStaff.map((p): [PostRow, string, boolean] => [p, org.party.building, false]),
  ];
  for (const [post, unitId, deputy] of staffPosts) {
    // The Party office's first civil servant is always there (the demo's 'cadre' account).
    if (post !== P.officeStaff[0] && rng.chance(deputy ? vacancy : vacancy / 2)) continue;
    const person = make(unitId, 'staff', deputy ? lc : 'staff', 'civil_servant', { party: true });
    const first =
      post === P.inspectionDeputy
        ? holdPartyPost(batch, person.id, post, s)
        : holdAppointedPost(batch, person.id, post, s, rng.chance(0.6) ? 'transferred' : 'appointed');
    if (deputy) lead(post === P.inspectionDeputy ? 'inspectionDeputy' : 'bodyDeputy', person, first);
    if (post === P.officeStaff[0]) officeStaff = person;
  }

  // People's Council committees
  for (const post of P.councilHeads) {
    if (rng.chance(vacancy * 1.5)) continue;
    const person = make(org.council, 'staff', lc, 'cadre', { minAge: 30, maxAge: 56, party: true });
    holdStatePost(batch, person.id, post, s);
  }

  // Front and mass organisations; the Women's Union chair is also vice-chair of the Front.
  const massHeads = P.massOrgHeads.map((m, i) => {
    const person = make(m.unitId, 'staff', 'staff', 'cadre', {
      minAge: i === 0 ? 26 : 35,
      maxAge: i === 0 ? 35 : 58,
      gender: i === 1 ? 'female' : i === 3 ? 'male' : undefined,
      party: true,
    });
    lead(`massOrg${i}`, person, holdAppointedPost(batch, person.id, m.post, s));
    return person;
  });
  if (!rng.chance(vacancy)) holdAppointedPost(batch, massHeads[1].id, P.frontVice, s, 'concurrent');

  // Executive committee seats, held by leaders who are not in the standing committee.
  const seatHolders = [
    councilVice,
    ...pcVices.filter((v): v is PersonRecord => !!v),
    officeChief,
    ...divisionHeads,
    massHeads[0],
    massHeads[1],
    massHeads[2],
  ];
  P.executiveMembers.forEach((post, i) => {
    const person = seatHolders[i];
    if (person) holdPartyPost(batch, person.id, post, s, 'concurrent');
  });

  // Party cells: the agency cell is led by the standing deputy secretary.
  const agency = org.party.cells.find((c) => c.agency)!;
  holdPartyPost(batch, deputyStanding.id, agency.secretary, s, 'concurrent');
  holdPartyPost(batch, officeChief.id, agency.deputy, s, 'concurrent');

  // Ordinary Party members in village cells and Party groups.
  const memberUnits: Array<{ id: string; weight: number }> = [
    ...org.party.cells.filter((c) => !c.agency).map((c) => ({ id: c.id, weight: 0.6 + rng.next() })),
    ...(org.party.subcommittee?.groups ?? []).map((g) => ({ id: g.id, weight: 0.3 + rng.next() * 0.4 })),
  ];
  const remaining = Math.max(memberUnits.length * 3, opts.people - (batch.people.length - start));
  const totalWeight = memberUnits.reduce((sum, m) => sum + m.weight, 0);
  const membersByUnit = new Map<string, PersonRecord[]>();
  let made = 0;
  memberUnits.forEach((m, i) => {
    const n = i === memberUnits.length - 1 ? remaining - made : Math.max(3, Math.round((remaining * m.weight) / totalWeight));
    const list: PersonRecord[] = [];
    for (let k = 0; k < Math.max(0, n); k++) {
      list.push(make(m.id, 'member', 'party_member_outside', 'party_member', { party: true }));
    }
    made += list.length;
    membersByUnit.set(m.id, list);
  });
  const cellHead = (unitId: string, exclude?: PersonRecord) => {
    const list = membersByUnit.get(unitId) ?? [];
    const older = list.filter((x) => x !== exclude && x.date_of_birth < '1986-01-01');
    return older[0] ?? list.find((x) => x !== exclude) ?? null;
  };
  const cellSecretaries: CommuneStaffing['cellSecretaries'] = [];
  for (const cell of org.party.cells) {
    if (cell.agency) continue;
    const sec = cellHead(cell.id);
    if (!sec) continue;
    batch.tenure(sec.id, cell.secretary, s.from, null, 'elected', TERM.partyNew);
    cellSecretaries.push({ cell, person: sec });
    if (!rng.chance(vacancy * 2)) {
      const dep = cellHead(cell.id, sec);
      if (dep) batch.tenure(dep.id, cell.deputy, s.from, null, 'elected', TERM.partyNew);
    }
  }
  if (org.party.subcommittee) {
    const sub = org.party.subcommittee;
    sub.groups.forEach((g, i) => {
      const head = cellHead(g.id);
      if (!head) return;
      if (i === 0) batch.tenure(head.id, sub.secretary, s.from, null, 'elected', TERM.partyNew);
      batch.tenure(head.id, g.leader, s.from, null, i === 0 ? 'concurrent' : 'elected', TERM.partyNew);
    });
  }

  return {
    schedule: s,
    leaders,
    secretary,
    pcChair,
    officeStaff,
    cellSecretaries,
    people: batch.people.length - start,
  };
}

// ---------------------------------------------------------------------------------------------
// Province (current)

export interface ProvinceOrg {
  admin: AdminProvince;
  unitId: string;
  label: string;
  party: { committee: string; executive: string; standing: string; organising: string; office: string; inspection: string };
  council: string;
  peoplesCommittee: string;
  posts: Record<
    | 'secretary'
    | 'deputyStanding'
    | 'deputy'
    | 'councilChair'
    | 'pcChair'
    | 'organisingHead'
    | 'officeChief'
    | 'inspectionChair'
    | 'inspectionDeputy',
    PostRow
  > & {
    standingMembers: PostRow[];
    pcVices: PostRow[];
    organisingDeputies: PostRow[];
    organisingStaff: PostRow[];
    officeStaff: PostRow[];
    inspectors: PostRow[];
  };
}

export function buildProvinceOrg(
  batch: SeedBatch,
  rng: Random,
  admin: AdminProvince,
  opts: { validFrom?: string; nameSuffix?: string } = {},
): ProvinceOrg {
  const from = opts.validFrom ?? REFORM_DATE;
  const { word, bare: bareName } = splitAdminName(admin.name);
  const bare = bareName + (opts.nameSuffix ?? '');
  const label = `${word} ${bare}`;
  const committeeWord = word === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  const u = (k: string, name: string, parent: string, shortName?: string) =>
    batch.unit({ kind: k, name, shortName: shortName ?? null, validFrom: from }, parent);
  const unitId = batch.unit({ kind: 'province', name: admin.name + (opts.nameSuffix ?? ''), adminUnitId: admin.id, validFrom: from });
  const committee = u('party_committee', `Đảng bộ ${label}`, unitId, `${committeeWord} ${bare}`);
  const executive = u('executive_committee', `Ban Chấp hành Đảng bộ ${label}`, committee, 'Ban Chấp hành');
  const standing = u('standing_committee', `Ban Thường vụ ${committeeWord} ${bare}`, committee, 'Ban Thường vụ');
  const organising = u('advisory_body', `Ban Tổ chức ${committeeWord} ${bare}`, committee, `Ban Tổ chức ${committeeWord}`);
  const office = u('advisory_body', `Văn phòng ${committeeWord} ${bare}`, committee, `Văn phòng ${committeeWord}`);
  const inspection = u('inspection_committee', `Ủy ban Kiểm tra ${committeeWord} ${bare}`, committee, `Ủy ban Kiểm tra ${committeeWord}`);
  const council = u('peoples_council', `Hội đồng nhân dân ${label}`, unitId, `HĐND ${label}`);
  const peoplesCommittee = u('peoples_committee', `Ủy ban nhân dân ${label}`, unitId, `UBND ${label}`);
  const lp = 'leader_province';
  const p = (unit: string, input: PostInput) => batch.post(unit, input);
  void rng;
  return {
    admin,
    unitId,
    label,
    party: { committee, executive, standing, organising, office, inspection },
    council,
    peoplesCommittee,
    posts: {
      secretary: p(committee, { title: `Bí thư ${committeeWord}`, isHead: true, isKey: true, cadreGroup: lp, rank: 1 }),
      deputyStanding: p(committee, { title: `Phó Bí thư Thường trực ${committeeWord}`, isKey: true, cadreGroup: lp, rank: 2 }),
      deputy: p(committee, { title: `Phó Bí thư ${committeeWord}`, isKey: true, cadreGroup: lp, rank: 3 }),
      standingMembers: Array.from({ length: 3 }, () =>
        p(standing, { title: `Ủy viên Ban Thường vụ ${committeeWord}`, cadreGroup: lp, rank: 10 }),
      ),
      councilChair: p(council, { title: `Chủ tịch HĐND ${word}`, isHead: true, isKey: true, cadreGroup: lp, rank: 1 }),
      pcChair: p(peoplesCommittee, { title: `Chủ tịch UBND ${word}`, isHead: true, isKey: true, cadreGroup: lp, rank: 1 }),
      pcVices: Array.from({ length: 2 }, () => p(peoplesCommittee, { title: `Phó Chủ tịch UBND ${word}`, cadreGroup: lp, rank: 5 })),
      organisingHead: p(organising, { title: `Trưởng Ban Tổ chức ${committeeWord}`, isHead: true, cadreGroup: lp, rank: 11 }),
      organisingDeputies: Array.from({ length: 2 }, () =>
        p(organising, { title: `Phó Trưởng Ban Tổ chức ${committeeWord}`, cadreGroup: lp, rank: 21 }),
      ),
      organisingStaff: Array.from({ length: 4 }, () => p(organising, { title: 'Chuyên viên', cadreGroup: 'staff', rank: 50 })),
      officeChief: p(office, { title: `Chánh Văn phòng ${committeeWord}`, isHead: true, cadreGroup: lp, rank: 12 }),
      officeStaff: Array.from({ length: 2 }, () => p(office, { title: 'Chuyên viên', cadreGroup: 'staff', rank: 50 })),
      inspectionChair: p(inspection, { title: `Chủ nhiệm Ủy ban Kiểm tra ${committeeWord}`, isHead: true, cadreGroup: lp, rank: 11 }),
      inspectionDeputy: p(inspection, { title: `Phó Chủ nhiệm Ủy ban Kiểm tra ${committeeWord}`, cadreGroup: lp, rank: 21 }),
      inspectors: Array.from({ length: 2 }, () => p(inspection, { title: 'Kiểm tra viên', cadreGroup: 'staff', rank: 50 })),
    },
  };
}

export interface ProvinceStaffing {
  schedule: Schedule;
  leaders: Array<{ role: string; person: PersonRecord; first: TenureRow }>;
}

/** The province's leaders and its Party bodies' staff (about 20 people). */
export function staffProvince(batch: SeedBatch, rng: Random, factory: PeopleFactory, org: ProvinceOrg): ProvinceStaffing {
  const s = drawSchedule(rng, 'province');
  const P = org.posts;
  const lp = 'leader_province';
  const leaders: ProvinceStaffing['leaders'] = [];
  const ref = () => `Quyết định số ${rng.int(1000, 3999)}-QĐNS/TW`;
  const make = (
    unitId: string,
    level: PersonLevel,
    group: CadreGroup,
    extra: { minAge?: number; maxAge?: number; locality?: 'local' | 'nonlocal' } = {},
  ) => factory.person({ unitId, level, cadreGroup: group, kind: level === 'leader' ? 'cadre' : 'civil_servant', party: true, ...extra });
  const lead = (role: string, person: PersonRecord, first: TenureRow) => {
    leaders.push({ role, person, first });
    return person;
  };
  const secretary = make(org.party.committee, 'leader', lp, { minAge: 50, maxAge: 58 });
  lead('secretary', secretary, holdPartyPost(batch, secretary.id, P.secretary, s, 'regular', ref()));
  const deputyStanding = make(org.party.committee, 'leader', lp, { minAge: 48, maxAge: 58 });
  lead('deputyStanding', deputyStanding, holdPartyPost(batch, deputyStanding.id, P.deputyStanding, s, 'regular', ref()));
  holdStatePost(batch, deputyStanding.id, P.councilChair, s, 'concurrent');
  // Chairs of the provincial People's Committee and inspection committee must be non-local.
  const pcChair = make(org.peoplesCommittee, 'leader', lp, { minAge: 45, maxAge: 58, locality: 'nonlocal' });
  lead('pcChair', pcChair, holdStatePost(batch, pcChair.id, P.pcChair, s, 'regular', ref()));
  holdPartyPost(batch, pcChair.id, P.deputy, s, 'concurrent');
  for (const post of P.pcVices) {
    const person = make(org.peoplesCommittee, 'leader', lp, { minAge: 42, maxAge: 58 });
    lead('pcVice', person, holdStatePost(batch, person.id, post, s));
  }
  const organisingHead = make(org.party.organising, 'leader', lp, { minAge: 45, maxAge: 58 });
  lead('organisingHead', organisingHead, holdAppointedPost(batch, organisingHead.id, P.organisingHead, s, 'appointed', ref()));
  const inspectionChair = make(org.party.inspection, 'leader', lp, { minAge: 45, maxAge: 58, locality: 'nonlocal' });
  lead('inspectionChair', inspectionChair, holdPartyPost(batch, inspectionChair.id, P.inspectionChair, s));
  const officeChief = make(org.party.office, 'leader', lp, { minAge: 42, maxAge: 58 });
  lead('officeChief', officeChief, holdAppointedPost(batch, officeChief.id, P.officeChief, s));
  [organisingHead, inspectionChair, officeChief].forEach((person, i) =>
    holdPartyPost(batch, person.id, P.standingMembers[i], s, 'concurrent'),
  );
  for (const post of P.organisingDeputies) {
    const person = make(org.party.organising, 'leader', lp, { minAge: 38, maxAge: 56 });
    lead('organisingDeputy', person, holdAppointedPost(batch, person.id, post, s));
  }
  const inspectionDeputy = make(org.party.inspection, 'leader', lp, { minAge: 38, maxAge: 56 });
  lead('inspectionDeputy', inspectionDeputy, holdPartyPost(batch, inspectionDeputy.id, P.inspectionDeputy, s));
  for (const [posts, unitId] of [
    [P.organisingStaff, org.party.organising],
    [P.officeStaff, org.party.office],
    [P.inspectors, org.party.inspection],
  ] as const) {
    posts.forEach((post, i) => {
      if (i > 0 && rng.chance(0.15)) return; // a vacancy now and then
      const person = make(unitId, 'staff', 'staff', { minAge: 26, maxAge: 55 });
      lead('staff', person, holdAppointedPost(batch, person.id, post, s, rng.chance(0.7) ? 'transferred' : 'appointed'));
    });
  }
  return { schedule: s, leaders };
}

// ---------------------------------------------------------------------------------------------
// Pre-2025 units (history)

const COMMITTEE_WORD: Record<string, string> = { tỉnh: 'Tỉnh ủy', huyện: 'Huyện ủy', quận: 'Quận ủy', 'thị xã': 'Thị ủy' };

export interface LegacyOrg {
  unitId: string;
  /** Party committee and People's Committee of the unit. */
  committee: string;
  peoplesCommittee: string;
  /** Advisory body for organisation (provinces only). */
  organising?: string;
  /** The unit's posts, most senior first. */
  posts: Array<{ post: PostRow; body: 'party' | 'state' | 'none'; seniority: number }>;
}

/**
 * An old province, district or commune with its Party committee and People's Committee, valid
 * [HISTORY_FROM, REFORM_DATE). Posts: head of the Party committee, standing deputy, chair and
 * vice-chair of the People's Committee (provinces: also the organising board).
 */
export function buildLegacyUnit(
  batch: SeedBatch,
  level: 'province' | 'district' | 'commune',
  admin: { id: string; name: string; type: string },
  parentId: string | null,
): LegacyOrg {
  const validFrom = HISTORY_FROM;
  const validTo = REFORM_DATE;
  const { word, bare } = splitAdminName(admin.name);
  const label = `${word} ${bare}`;
  const kind = level === 'commune' ? communeKind(admin.type) : level;
  const unitId = batch.unit({ kind, name: admin.name, adminUnitId: admin.id, validFrom, validTo }, parentId);
  const committeeWord = level === 'commune' ? 'Đảng ủy' : (COMMITTEE_WORD[word] ?? 'Thành ủy');
  const committeeShort = level === 'commune' ? `Đảng ủy ${label}` : `${committeeWord} ${bare}`;
  const u = (k: string, name: string, parent: string, shortName: string) =>
    batch.unit({ kind: k, name, shortName, validFrom, validTo }, parent);
  const committee = u('party_committee', `Đảng bộ ${label}`, unitId, committeeShort);
  const peoplesCommittee = u('peoples_committee', `Ủy ban nhân dân ${label}`, unitId, `UBND ${label}`);
  const group: CadreGroup = level === 'commune' ? 'leader_commune' : 'leader_province';
  const posts: LegacyOrg['posts'] = [
    {
      post: batch.post(committee, { title: `Bí thư ${committeeWord}`, isHead: true, isKey: true, cadreGroup: group, rank: 1 }),
      body: 'party',
      seniority: 1,
    },
    {
      post: batch.post(peoplesCommittee, { title: `Chủ tịch UBND ${word}`, isHead: true, isKey: true, cadreGroup: group, rank: 1 }),
      body: 'state',
      seniority: 2,
    },
    {
      post: batch.post(committee, { title: `Phó Bí thư Thường trực ${committeeWord}`, isKey: true, cadreGroup: group, rank: 2 }),
      body: 'party',
      seniority: 3,
    },
    { post: batch.post(peoplesCommittee, { title: `Phó Chủ tịch UBND ${word}`, cadreGroup: group, rank: 5 }), body: 'state', seniority: 4 },
  ];
  let organising: string | undefined;
  if (level === 'province') {
    organising = u('advisory_body', `Ban Tổ chức ${committeeWord} ${bare}`, committee, `Ban Tổ chức ${committeeWord}`);
    const head = batch.post(organising, { title: `Trưởng Ban Tổ chức ${committeeWord}`, isHead: true, cadreGroup: group, rank: 11 });
    posts.push({ post: head, body: 'none', seniority: 5 });
  }
  return { unitId, committee, peoplesCommittee, organising, posts };
}

/** A tenure in a pre-2025 post, ending the day before the reform. */
export function holdLegacyPost(
  batch: SeedBatch,
  rng: Random,
  personId: string,
  post: PostRow,
  body: 'party' | 'state' | 'none',
): TenureRow {
  const end = addDays(REFORM_DATE, -1);
  if (body === 'party') return batch.tenure(personId, post, randomDate(rng, '2020-05-15', '2020-10-15'), end, 'elected', TERM.partyOld);
  if (body === 'state') return batch.tenure(personId, post, randomDate(rng, '2021-06-20', '2021-07-10'), end, 'elected', TERM.stateOld);
  return batch.tenure(
    personId,
    post,
    randomDate(rng, '2020-01-01', '2023-12-31'),
    end,
    'appointed',
    null,
    `Quyết định số ${rng.int(100, 999)}-QĐ/TU`,
  );
}
