// The organisation of a commune after the reform: Party committee, People's Council and Committee, cells, divisions, posts.
// (Part of units-factory.ts, which re-exports it: the seed imports from there.)
import type { AdminCommune } from './admin-context.js';
import type { PostInput, PostRow, SeedBatch } from './batch.js';
import type { Random } from './random.js';
import { VILLAGE_NAMES } from './vocab.js';
import { communeKind, REFORM_DATE, splitAdminName } from './units-common.js';

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
