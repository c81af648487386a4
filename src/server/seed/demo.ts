// Demo data: Tỉnh Hưng Yên (2025, code 33, formed on 1/7/2025 from the old Hưng Yên and Thái
// Bình) with 12 of its real communes, about 2,000 people, posts and tenures over two terms, the
// pre-2025 units the communes came from (old provinces, districts, communes) with the merger
// events, one account per role (commune #1's leaders linked to their person), a year of work
// ending next week (work-demo.ts) and the evaluation history (eval-history.ts), all dated from the
// anchor — "today" of the demo data (src/domain/demo-calendar.ts). Deterministic: the same seed and
// anchor give the same rows and ids. The anchor is kept in demo_seed (the demo marker).
import type { Kysely } from 'kysely';
import { type CurrentPeriod, demoCalendar } from '../../domain/demo-calendar.js';
import { periodBounds } from '../../domain/evaluation/index.js';
import { fullName } from '../../domain/names.js';
import type { DB } from '../db/schema.js';
import { addAccounts } from './accounts.js';
import { loadAdminContext } from './admin-context.js';
import { SeedBatch } from './batch.js';
import { nameOf, PeopleFactory, type PersonRecord } from './people-factory.js';
import { Random } from './random.js';
import { adminUnitId, loadReferenceData } from './reference.js';
import { inTransaction } from './tx.js';
import { buildDemoWork } from './work-demo.js';
import { seedCellsDemo } from './cells-demo.js';
import { seedRecruitmentDemo } from './recruitment-demo.js';
import { seedEvalHistory } from './eval-history.js';
import { seedPlanningDemo } from './planning-demo.js';
import { seedActionPlansDemo } from './action-plans-demo.js';
import { seedCommitmentsDemo } from './commitments-demo.js';
import { seedPersonnelDemo } from './personnel-demo.js';
import { seedTrainingDemo } from './training-demo.js';
import {
  buildCommuneOrg,
  buildLegacyUnit,
  buildProvinceOrg,
  type CommuneStaffing,
  holdLegacyPost,
  type LegacyOrg,
  REFORM_DATE,
  staffCommune,
  staffProvince,
} from './units-factory.js';

export interface DemoSummary {
  /** "Today" of the demo data. */
  anchor: string;
  /** The evaluation period now open (left for `tochuc.xa` to open in commune #1). */
  currentPeriod: CurrentPeriod;
  provinceUnitId: string;
  communeUnitIds: string[];
  people: number;
  /** Village Party members the cells demo adds to its cells: no cadre record (no citizen ID, post or account). */
  villageMembers: number;
  /** People the new-member pipeline adds (outstanding non-members up to the newly admitted): no cadre record either. */
  recruitmentCandidates: number;
  units: number;
  /** Tasks of the year of work (plans, slips, meeting conclusions, programme, volunteered). */
  tasks: number;
  accounts: Array<{ username: string; password: string; role: string; unitName: string }>;
}

export const DEMO_PROVINCE_CODE = 33;
/** The 12 demo communes of Tỉnh Hưng Yên (2025 codes): #1 Phường Phố Hiến, #2 Xã Khoái Châu. */
export const DEMO_COMMUNE_CODES = [
  11953, // Phường Phố Hiến
  12205, // Xã Khoái Châu
  12103, // Phường Mỹ Hào
  12019, // Xã Văn Giang
  12142, // Xã Ân Thi
  11977, // Xã Tân Hưng (also from Huyện Tiên Lữ)
  11995, // Xã Đại Đồng (partial links)
  13225, // Phường Thái Bình (from Thái Bình)
  12452, // Phường Trần Hưng Đạo
  12472, // Xã Quỳnh Phụ
  12586, // Xã Hưng Hà
  12970, // Xã Tiền Hải
];
const COMMUNE_RESOLUTION = 'Nghị quyết 1666/NQ-UBTVQH15 ngày 16/06/2025';
const PROVINCE_RESOLUTION = 'Nghị quyết 202/2025/QH15 ngày 12/06/2025';
const PASSWORD = 'CanBo@2026';
export const DEMO_SEED = 20250701;
/** The demo's accounts (a database with any other account holds more than the demo). */
export const DEMO_USERNAMES = [
  'admin',
  'tochuc',
  'tochuc.xa',
  'thuongvu',
  'chutich',
  'vanphong',
  'canbo',
  'bithuchibo',
  'kiemtra',
  'tochuc.xa2',
  'thuongvu.tinh',
] as const;

export interface SeedDemoOptions {
  seed?: number;
  /** "Today" of the demo data, 'YYYY-MM-DD' (DEMO_ANCHOR_MIN…DEMO_ANCHOR_MAX): usually the day of the first start in Vietnam. */
  anchor: string;
}

export async function seedDemo(db: Kysely<DB>, opts: SeedDemoOptions): Promise<DemoSummary> {
  const seed = opts.seed ?? DEMO_SEED;
  const cal = demoCalendar(opts.anchor);
  await loadReferenceData(db);
  const admin = await loadAdminContext(db);
  const rng = Random.derive(seed, 'demo:content');
  const batch = new SeedBatch(Random.derive(seed, 'demo:ids'));

  const province = admin.provinceByCode.get(String(DEMO_PROVINCE_CODE))!;
  const communes = DEMO_COMMUNE_CODES.map((code) => {
    const c = admin.communeById.get(adminUnitId.commune2025(code));
    if (!c) throw new Error(`commune ${code} missing from the reference data`);
    return c;
  });
  const usedCitizenIds = new Set(
    (await db.selectFrom('person').select('citizen_id').where('citizen_id', 'is not', null).execute()).map((r) => r.citizen_id!),
  );
  const factory = new PeopleFactory({
    rng,
    batch,
    admin,
    provinceCode: province.code,
    neighbourProvinceCodes: ['01', '31', '37', '24'],
    usedCitizenIds,
    referenceDate: cal.anchor,
  });

  // ---- Current tree (from 1/7/2025)
  const prov = buildProvinceOrg(batch, rng, province);
  const existing = await db.selectFrom('org_unit').select('id').where('id', '=', prov.unitId).executeTakeFirst();
  if (existing) throw new Error('the demo data is already in this database (same seed)');
  const provStaff = staffProvince(batch, rng, factory, prov);
  const orgs = communes.map((c) => buildCommuneOrg(batch, rng, c, prov.unitId));
  // Commune #1 carries the planning showcase: a secretary post three people can be planned for (decision 0037).
  const staffs = orgs.map((o, i) => staffCommune(batch, rng, factory, o, { people: rng.int(148, 172), planningShowcase: i === 0 }));

  // ---- History: the pre-2025 units the 12 communes came from
  const newIds = communes.map((c) => c.id);
  const edges = await db
    .selectFrom('admin_unit_successor as s')
    .innerJoin('admin_unit as c', 'c.id', 's.old_id')
    .select(['s.old_id', 's.new_id', 's.full_transfer', 'c.name', 'c.type', 'c.parent_id'])
    .where('s.new_id', 'in', newIds)
    .where('c.level', '=', 'commune')
    .orderBy('s.old_id')
    .execute();
  const districtIds = [...new Set(edges.map((e) => e.parent_id!))].sort();
  const districts = await db.selectFrom('admin_unit').selectAll().where('id', 'in', districtIds).orderBy('id').execute();
  const oldProvinceIds = [...new Set(districts.map((d) => d.parent_id!))].sort();
  const oldProvinces = await db.selectFrom('admin_unit').selectAll().where('id', 'in', oldProvinceIds).orderBy('id').execute();

  const legacyProvince = new Map<string, LegacyOrg>();
  for (const p of oldProvinces) legacyProvince.set(p.id, buildLegacyUnit(batch, 'province', p, null));
  const legacyDistrict = new Map<string, LegacyOrg>();
  for (const d of districts) legacyDistrict.set(d.id, buildLegacyUnit(batch, 'district', d, legacyProvince.get(d.parent_id!)!.unitId));
  const legacyCommune = new Map<string, LegacyOrg>();
  const districtOfOld = new Map<string, string>();
  for (const e of edges) {
    districtOfOld.set(e.old_id, e.parent_id!);
    if (legacyCommune.has(e.old_id)) continue;
    legacyCommune.set(
      e.old_id,
      buildLegacyUnit(batch, 'commune', { id: e.old_id, name: e.name, type: e.type }, legacyDistrict.get(e.parent_id!)!.unitId),
    );
  }

  // Merger events: old communes → each new commune (their Party committees and People's
  // Committees too), and the two old provinces → the new province.
  orgs.forEach((org) => {
    const mine = edges.filter((e) => e.new_id === org.admin.id);
    const pairs = mine.flatMap((e) => {
      const old = legacyCommune.get(e.old_id)!;
      return [
        { predecessor: old.unitId, successor: org.unitId },
        { predecessor: old.committee, successor: org.party.committee },
        { predecessor: old.peoplesCommittee, successor: org.peoplesCommittee },
      ];
    });
    const names = mine.map((e) => e.name + (e.full_transfer ? '' : ' (một phần)'));
    batch.event('merge', REFORM_DATE, pairs, COMMUNE_RESOLUTION, `Sắp xếp ${names.join(', ')} thành ${org.label}`);
  });
  batch.event(
    'merge',
    REFORM_DATE,
    [...legacyProvince.values()].flatMap((old) => [
      { predecessor: old.unitId, successor: prov.unitId },
      { predecessor: old.committee, successor: prov.party.committee },
      { predecessor: old.peoplesCommittee, successor: prov.peoplesCommittee },
    ]),
    PROVINCE_RESOLUTION,
    `Hợp nhất ${oldProvinces.map((p) => p.name).join(' và ')} thành ${province.name}`,
  );

  // ---- Who held the old posts
  const retire = (unitId: string, group: string | null, communeId?: string): PersonRecord =>
    factory.person({
      unitId,
      level: 'leader',
      cadreGroup: group,
      kind: 'cadre',
      minAge: 55,
      maxAge: 60,
      ageYear: 2025,
      communeId,
      party: true,
    });
  const moved = new Set<string>();
  const transfer = (c: { person: PersonRecord; first: { how: string } }, how: 'transferred' | 'rotated' = 'transferred') => {
    moved.add(c.person.id);
    if (c.first.how === 'appointed' || how === 'rotated') c.first.how = how;
  };
  /** Fills posts with candidates in order; posts left over go to people who retired at the reform. */
  const fill = (
    posts: Array<{ org: LegacyOrg; post: LegacyOrg['posts'][number] }>,
    candidates: Array<{ person: PersonRecord; first: { how: string } }>,
    communeId?: string,
  ) => {
    for (const { org, post } of posts) {
      const c = candidates.shift();
      if (c) {
        holdLegacyPost(batch, rng, c.person.id, post.post, post.body);
        transfer(c);
      } else {
        const unit = post.body === 'state' ? org.peoplesCommittee : org.committee;
        const person = retire(unit, post.post.cadre_group ?? null, communeId);
        holdLegacyPost(batch, rng, person.id, post.post, post.body);
      }
    }
  };
  const bySeniority = (orgsIn: LegacyOrg[]) =>
    orgsIn.flatMap((org) => org.posts.map((post) => ({ org, post }))).sort((a, b) => a.post.seniority - b.post.seniority);

  // Old provinces: the new province's leaders held them.
  const provCandidates = provStaff.leaders.filter((l) => l.role !== 'staff' && l.role !== 'organisingDeputy');
  fill(bySeniority([...legacyProvince.values()]), provCandidates.slice());
  const provOrganising = [...legacyProvince.values()].map((o) => o.organising!);
  for (const l of provStaff.leaders) {
    const organising = l.role === 'organisingDeputy' || (l.role === 'staff' && l.person.unit_id === prov.party.organising);
    if (moved.has(l.person.id) || !organising) continue;
    const post = batch.post(rng.pick(provOrganising), {
      title: l.role === 'staff' ? 'Chuyên viên' : 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
      cadreGroup: l.role === 'staff' ? 'staff' : 'leader_province',
      rank: l.role === 'staff' ? 50 : 21,
    });
    holdLegacyPost(batch, rng, l.person.id, post, 'none');
    transfer(l);
  }

  // Old districts and communes: the new communes' leaders, a few rotated from the province.
  const districtTaken = new Set<string>();
  orgs.forEach((org, i) => {
    const staffing: CommuneStaffing = staffs[i];
    const mine = edges.filter((e) => e.new_id === org.admin.id);
    const role = (r: string) => staffing.leaders.find((l) => l.role === r);
    const take = (r: string) => {
      const l = role(r);
      return l && !moved.has(l.person.id) ? [l] : [];
    };
    const rotated = i === 2 || rng.chance(0.2);
    if (rotated) {
      const l = role('secretary')!;
      const oldProv = legacyProvince.get(districts.find((d) => d.id === mine[0].parent_id)!.parent_id!)!;
      const post = batch.post(oldProv.organising!, {
        title: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
        cadreGroup: 'leader_province',
        rank: 21,
      });
      holdLegacyPost(batch, rng, l.person.id, post, 'none');
      transfer(l, 'rotated');
      l.first.decision_ref = `Quyết định số ${rng.int(1000, 2999)}-QĐ/TU về việc luân chuyển cán bộ`;
    }
    // Districts this commune mostly came from, not yet filled.
    const counts = new Map<string, number>();
    for (const e of mine) counts.set(e.parent_id!, (counts.get(e.parent_id!) ?? 0) + 1);
    const myDistricts = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([d]) => d)
      .filter((d) => !districtTaken.has(d));
    const districtPool = [...take('secretary'), ...take('pcChair'), ...take('deputyStanding'), ...take('councilVice')];
    for (const d of myDistricts) {
      districtTaken.add(d);
      fill(bySeniority([legacyDistrict.get(d)!]), districtPool, org.admin.id);
    }
    // Not the youth union secretary (too young) nor the divisions' deputies.
    const communePool = staffing.leaders.filter(
      (l) => !moved.has(l.person.id) && l.role !== 'massOrg0' && !l.role.startsWith('divisionDeputy'),
    );
    fill(bySeniority(mine.map((e) => legacyCommune.get(e.old_id)!)), communePool, org.admin.id);
  });
  // Districts no commune claimed (none with this selection, but keep them consistent).
  for (const d of districts) {
    if (!districtTaken.has(d.id)) fill(bySeniority([legacyDistrict.get(d.id)!]), []);
  }

  // ---- Accounts
  const first = orgs[0];
  const second = orgs[1];
  const canbo = staffs[0].officeStaff!;
  const cell = staffs[0].cellSecretaries[0];
  // Accounts of commune #1's leaders are linked to their person: plans, slips and meetings need
  // the actor's person (the briefing is co-chaired by the secretary and the People's Committee chair).
  const leaderOf = (role: string) => staffs[0].leaders.find((l) => l.role === role)!.person;
  const [secretary, chair, officeChief, buildingHead] = ['secretary', 'pcChair', 'officeChief', 'buildingHead'].map(leaderOf);
  const provinceBare = province.name.replace(/^Tỉnh /, '');
  const accountSpecs = [
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin' as const, unitId: prov.unitId },
    { username: 'tochuc', displayName: `Ban Tổ chức Tỉnh ủy ${provinceBare}`, role: 'organising' as const, unitId: prov.unitId },
    {
      username: 'tochuc.xa',
      displayName: fullName(nameOf(buildingHead)),
      role: 'organising' as const,
      unitId: first.unitId,
      personId: buildingHead.id,
    },
    {
      username: 'thuongvu',
      displayName: fullName(nameOf(secretary)),
      role: 'standing' as const,
      unitId: first.unitId,
      personId: secretary.id,
    },
    { username: 'chutich', displayName: fullName(nameOf(chair)), role: 'standing' as const, unitId: first.unitId, personId: chair.id },
    {
      username: 'vanphong',
      displayName: fullName(nameOf(officeChief)),
      role: 'office' as const,
      unitId: first.unitId,
      personId: officeChief.id,
    },
    { username: 'canbo', displayName: fullName(nameOf(canbo)), role: 'cadre' as const, unitId: first.unitId, personId: canbo.id },
    {
      username: 'bithuchibo',
      displayName: fullName(nameOf(cell.person)),
      role: 'cell_secretary' as const,
      unitId: cell.cell.id,
      personId: cell.person.id,
    },
    { username: 'thuongvu.tinh', displayName: `Ban Thường vụ Tỉnh ủy ${provinceBare}`, role: 'standing' as const, unitId: prov.unitId },
    { username: 'kiemtra', displayName: `Ủy ban Kiểm tra Tỉnh ủy ${provinceBare}`, role: 'inspection' as const, unitId: prov.unitId },
    {
      username: 'tochuc.xa2',
      displayName: `Ban Xây dựng Đảng – Đảng ủy ${second.label}`,
      role: 'organising' as const,
      unitId: second.unitId,
    },
  ];
  await addAccounts(batch, accountSpecs, PASSWORD);

  // A year of work (tasks, plans, meetings, indicators) on top of the organisation, same transaction.
  // The cadre account's holder keeps an exemplary record all year, up to the end of the current
  // period: someone qualifies for HTXS, in the history and in the period left to open.
  const currentEnd = periodBounds(cal.current.kind, cal.current.year, cal.current.number).to;
  const work = buildDemoWork({
    seed,
    batch,
    calendar: cal,
    communes: orgs.map((org, i) => ({ org, staffing: staffs[i] })),
    exemplary: { personId: canbo.id, from: cal.workFrom, to: currentEnd },
  });
  let villageMembers = 0;
  let recruitmentCandidates = 0;
  await inTransaction(db, async (trx) => {
    await batch.write(trx);
    await work.write(trx);
    // Evaluation history on those tasks: the closed periods of the year of work, published; the
    // current period opened everywhere but commune #1, where it is left for the user to open.
    await seedEvalHistory(trx, {
      seed,
      provinceUnitId: prov.unitId,
      communeUnitIds: orgs.map((o) => o.unitId),
      calendar: cal,
      spare: [canbo.id],
      leaveCurrentTo: first.unitId,
    });
    await seedPlanningDemo(trx, {
      seed,
      anchor: cal.anchor,
      provinceUnitId: prov.unitId,
      communeUnitIds: orgs.map((o) => o.unitId),
      organisingPersonId: buildingHead.id,
    });
    await seedCommitmentsDemo(trx, { seed, anchor: cal.anchor, communeUnitIds: orgs.map((o) => o.unitId), spare: [canbo.id] });
    // The chair's plan is left to the user (the chutich account writes it).
    await seedActionPlansDemo(trx, {
      seed,
      anchor: cal.anchor,
      communeUnitIds: orgs.map((o) => o.unitId),
      provinceBodies: [prov.party.committee, prov.council, prov.peoplesCommittee],
      spare: [chair.id],
    });
    await seedPersonnelDemo(trx, { seed, anchor: cal.anchor, provinceUnitId: prov.unitId, communeUnitIds: orgs.map((o) => o.unitId) });
    ({ villageMembers } = await seedCellsDemo(trx, {
      seed,
      anchor: cal.anchor,
      communeUnitIds: orgs.map((o) => o.unitId),
      guestPersonIds: [buildingHead.id],
    }));
    await seedTrainingDemo(trx, { seed, anchor: cal.anchor, communeUnitIds: orgs.map((o) => o.unitId) });
    ({ candidates: recruitmentCandidates } = await seedRecruitmentDemo(trx, {
      seed,
      anchor: cal.anchor,
      communeUnitIds: orgs.map((o) => o.unitId),
      cadrePersonIds: [buildingHead.id],
    }));
    await trx.insertInto('demo_seed').values({ id: 1, seed, anchor: cal.anchor, province_unit_id: prov.unitId }).execute();
  });

  return {
    anchor: cal.anchor,
    currentPeriod: cal.current,
    provinceUnitId: prov.unitId,
    communeUnitIds: orgs.map((o) => o.unitId),
    people: batch.people.length,
    villageMembers,
    recruitmentCandidates,
    units: batch.units.length,
    tasks: work.tasks.length,
    accounts: accountSpecs.map((a) => ({
      username: a.username,
      password: PASSWORD,
      role: a.role,
      unitName: batch.getUnit(a.unitId).name,
    })),
  };
}
