// The current province: its organisation and its staffing.
// (Part of units-factory.ts, which re-exports it: the seed imports from there.)
import type { AdminProvince } from './admin-context.js';
import type { PostInput, PostRow, SeedBatch, TenureRow } from './batch.js';
import type { PeopleFactory, PersonLevel, PersonRecord } from './people-factory.js';
import type { Random } from './random.js';
import {
  type CadreGroup,
  drawSchedule,
  holdAppointedPost,
  holdPartyPost,
  holdStatePost,
  REFORM_DATE,
  type Schedule,
  splitAdminName,
} from './units-common.js';

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
