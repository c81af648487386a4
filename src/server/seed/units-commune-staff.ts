// Staffs a commune built by units-commune.ts: people and tenures for its posts, across both terms.
// (Part of units-factory.ts, which re-exports it: the seed imports from there.)
import type { PostRow, SeedBatch, TenureRow } from './batch.js';
import type { PeopleFactory, PersonLevel, PersonOptions, PersonRecord } from './people-factory.js';
import type { Random } from './random.js';
import { type CadreGroup, drawSchedule, holdAppointedPost, holdPartyPost, holdStatePost, type Schedule, TERM } from './units-common.js';
import type { CellInfo, CommuneOrg } from './units-commune.js';

const lc = 'leader_commune';

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
  /**
   * The demo's commune #1: the three people below the secretary a secretary post can be planned from
   * (decision 0037) — the standing deputy secretary (born 1977: target 1, too old for target 2), the
   * People's Committee chair and a deputy secretary who chairs the inspection committee (born 1983:
   * target 2, the latter still to take the advanced political-theory course). Ages and levels are set
   * without drawing more numbers, so the rest of the demo is drawn as before.
   */
  planningShowcase?: boolean;
}

const UNIVERSITY = ['Đại học', 'Thạc sĩ', 'Tiến sĩ'];
/** A showcase person's standards: a university degree (kept if they have one) and the political-theory level. */
function setStandards(p: PersonRecord, theory: 'Cao cấp' | 'Trung cấp'): void {
  if (!UNIVERSITY.includes(p.education_level ?? '')) {
    p.education_level = 'Đại học';
    p.professional_qualification = 'Cử nhân Luật';
  }
  p.political_theory_level = theory;
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

  type Extra = Pick<PersonOptions, 'minAge' | 'maxAge' | 'ageYear' | 'locality' | 'party' | 'gender'>;
  const showcase = opts.planningShowcase === true;
  /** Born in `year` in the showcase (the same one number drawn for the age), else the usual range. */
  const ages = (minAge: number, maxAge: number, year: number): Extra =>
    showcase ? { minAge: 2026 - year, maxAge: 2026 - year, ageYear: 2026 } : { minAge, maxAge };
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
    ...ages(38, 55, 1983),
    locality: rng.chance(opts.nonLocalChair ?? 0.8) ? 'nonlocal' : 'local',
  });
  lead('pcChair', pcChair, holdStatePost(batch, pcChair.id, P.pcChair, s, 'regular', ref()));
  if (!showcase) holdPartyPost(batch, pcChair.id, P.deputy, s, 'concurrent');

  const deputyStanding = make(org.party.committee, 'leader', lc, 'cadre', ages(38, 56, 1977));
  lead('deputyStanding', deputyStanding, holdPartyPost(batch, deputyStanding.id, P.deputyStanding, s, 'regular', ref()));

  const inspectionChair = make(org.party.inspection, 'leader', lc, 'cadre', ages(36, 56, 1983));
  lead('inspectionChair', inspectionChair, holdPartyPost(batch, inspectionChair.id, P.inspectionChair, s));
  if (showcase) {
    holdPartyPost(batch, inspectionChair.id, P.deputy, s, 'concurrent');
    setStandards(deputyStanding, 'Cao cấp');
    setStandards(pcChair, 'Cao cấp');
    setStandards(inspectionChair, 'Trung cấp');
  }
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
