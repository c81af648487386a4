// Builds realistic people rows: names by frequency and gender, dates of birth, hometown and
// birthplace (mostly local), citizen ids, education and Party membership by the person's level.
import { addDays, addMonths } from '../../domain/dates.js';
import { type PersonName, personSearchText, vietnameseSortKey } from '../../domain/names.js';
import type { AdminCommune, AdminContext } from './admin-context.js';
import type { PersonRow, SeedBatch } from './batch.js';
import { randomDate } from './days.js';
import { type Random, WeightedTable } from './random.js';
import {
  FAMILY_NAMES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  MIDDLE_NAMES_FEMALE,
  MIDDLE_NAMES_MALE,
  PHONE_PREFIXES,
  QUALIFICATIONS,
  STREET_NAMES,
  VILLAGE_NAMES,
} from './vocab.js';

/**
 * How senior a person is, which drives age, education and membership:
 * leader (key and leading posts), staff (civil servants, heads of bodies), employee (public
 * employees), member (Party members outside the political system, in village cells).
 */
export type PersonLevel = 'leader' | 'staff' | 'employee' | 'member';

export interface PersonOptions {
  unitId: string;
  kind: PersonRow['kind'];
  cadreGroup: string | null;
  level: PersonLevel;
  gender?: 'male' | 'female';
  minAge?: number;
  maxAge?: number;
  /** Party member? Default by level. */
  party?: boolean;
  /** The 2025 commune where the person works or lives; local hometowns are drawn from it. */
  communeId?: string;
  /** 'local' = hometown is `communeId`; 'nonlocal' = anywhere else; default drawn by level. */
  locality?: 'local' | 'nonlocal';
  /** The year minAge/maxAge refer to (default: the reference date's year). */
  ageYear?: number;
}

export interface PeopleFactoryOptions {
  rng: Random;
  batch: SeedBatch;
  admin: AdminContext;
  /** 2-digit code of the (2025) province the people work in. */
  provinceCode: string;
  /** Provinces people from elsewhere most often come from. */
  neighbourProvinceCodes?: string[];
  /** Ethnic groups other than Kinh, with shares in percent. */
  ethnicMinorities?: ReadonlyArray<readonly [string, number]>;
  /** Religions with shares in percent (the rest have none). */
  religions?: ReadonlyArray<readonly [string, number]>;
  /** Citizen ids already used (in the database or by another factory). */
  usedCitizenIds?: Set<string>;
  /** Share of people given a person_residence row. */
  residenceShare?: number;
  /** "Today" of the data set (the demo's anchor): ages are counted in its year, nothing happens after it. */
  referenceDate: string;
}

const LEVEL_PROFILE: Record<
  PersonLevel,
  {
    male: number;
    ages: [number, number];
    party: number;
    local: number; // hometown = the commune itself
    province: number; // hometown elsewhere in the province
    education: ReadonlyArray<readonly [string, number]>;
    theory: ReadonlyArray<readonly [string, number]>;
    management: ReadonlyArray<readonly [string, number]>;
  }
> = {
  leader: {
    male: 0.72,
    ages: [34, 58],
    party: 1,
    local: 0.25,
    province: 0.6,
    education: [
      ['Đại học', 60],
      ['Thạc sĩ', 37],
      ['Tiến sĩ', 3],
    ],
    theory: [
      ['Cao cấp', 45],
      ['Cử nhân', 10],
      ['Trung cấp', 45],
    ],
    management: [
      ['Chuyên viên chính', 55],
      ['Chuyên viên', 45],
    ],
  },
  staff: {
    male: 0.5,
    ages: [24, 56],
    party: 0.78,
    local: 0.4,
    province: 0.42,
    education: [
      ['Đại học', 82],
      ['Thạc sĩ', 10],
      ['Cao đẳng', 8],
    ],
    theory: [
      ['Trung cấp', 45],
      ['Sơ cấp', 45],
      ['', 10],
    ],
    management: [
      ['Chuyên viên', 65],
      ['Chuyên viên chính', 3],
      ['', 32],
    ],
  },
  employee: {
    male: 0.45,
    ages: [23, 50],
    party: 0.45,
    local: 0.45,
    province: 0.4,
    education: [
      ['Đại học', 70],
      ['Cao đẳng', 20],
      ['Trung cấp', 10],
    ],
    theory: [
      ['Sơ cấp', 55],
      ['Trung cấp', 10],
      ['', 35],
    ],
    management: [
      ['Chuyên viên', 20],
      ['', 80],
    ],
  },
  member: {
    male: 0.55,
    ages: [23, 60],
    party: 1,
    local: 0.72,
    province: 0.12,
    education: [
      ['Trung học phổ thông', 38],
      ['Trung cấp', 15],
      ['Cao đẳng', 12],
      ['Đại học', 32],
      ['Thạc sĩ', 3],
    ],
    theory: [
      ['Sơ cấp', 58],
      ['Trung cấp', 4],
      ['', 38],
    ],
    management: [['', 100]],
  },
};

const DEFAULT_MINORITIES: ReadonlyArray<readonly [string, number]> = [
  ['Mường', 0.4],
  ['Tày', 0.3],
  ['Thái', 0.2],
  ['Nùng', 0.1],
  ['Hoa', 0.1],
];
const DEFAULT_RELIGIONS: ReadonlyArray<readonly [string, number]> = [
  ['Công giáo', 4],
  ['Phật giáo', 2.5],
];

export type PersonRecord = PersonRow;

/** The name parts of a person row. */
export function nameOf(p: Pick<PersonRow, 'family_name' | 'middle_name' | 'given_name'>): PersonName {
  return { familyName: p.family_name, middleName: p.middle_name ?? '', givenName: p.given_name };
}

export class PeopleFactory {
  readonly usedCitizenIds: Set<string>;
  private readonly rng: Random;
  private readonly batch: SeedBatch;
  private readonly admin: AdminContext;
  private readonly province: AdminCommune[];
  private readonly neighbours: AdminCommune[];
  private readonly everywhere: AdminCommune[];
  private readonly family = new WeightedTable(FAMILY_NAMES);
  private readonly middleMale = new WeightedTable(MIDDLE_NAMES_MALE);
  private readonly middleFemale = new WeightedTable(MIDDLE_NAMES_FEMALE);
  private readonly ethnicity: WeightedTable<string>;
  private readonly religion: WeightedTable<string>;
  private readonly tables = new Map<string, WeightedTable<string>>();
  private readonly residenceShare: number;
  private readonly today: string;

  constructor(opts: PeopleFactoryOptions) {
    this.today = opts.referenceDate;
    this.rng = opts.rng;
    this.batch = opts.batch;
    this.admin = opts.admin;
    const province = opts.admin.provinceByCode.get(opts.provinceCode);
    if (!province) throw new Error(`no 2025 province with code ${opts.provinceCode}`);
    this.province = province.communes;
    this.neighbours = (opts.neighbourProvinceCodes ?? []).flatMap((c) => opts.admin.provinceByCode.get(c)?.communes ?? []);
    this.everywhere = opts.admin.provinces.filter((p) => p.code !== opts.provinceCode).flatMap((p) => p.communes);
    const minorities = opts.ethnicMinorities ?? DEFAULT_MINORITIES;
    const minorityShare = minorities.reduce((s, [, w]) => s + w, 0);
    this.ethnicity = new WeightedTable<string>([['Kinh', 100 - minorityShare], ...minorities]);
    const religions = opts.religions ?? DEFAULT_RELIGIONS;
    const religionShare = religions.reduce((s, [, w]) => s + w, 0);
    this.religion = new WeightedTable<string>([['', 100 - religionShare], ...religions]);
    this.usedCitizenIds = opts.usedCitizenIds ?? new Set();
    this.residenceShare = opts.residenceShare ?? 0.4;
  }

  private table(key: string, entries: ReadonlyArray<readonly [string, number]>): WeightedTable<string> {
    let t = this.tables.get(key);
    if (!t) {
      t = new WeightedTable(entries);
      this.tables.set(key, t);
    }
    return t;
  }

  /** A Vietnamese name for the given gender. */
  name(gender: 'male' | 'female'): PersonName {
    const rng = this.rng;
    return {
      familyName: this.family.draw(rng),
      middleName: (gender === 'male' ? this.middleMale : this.middleFemale).draw(rng),
      givenName: rng.pick(gender === 'male' ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE),
    };
  }

  /** A 2025 commune: the given one, elsewhere in the province, or another province. */
  private placeFor(level: PersonLevel, communeId: string | undefined, locality?: 'local' | 'nonlocal'): string {
    const rng = this.rng;
    const p = LEVEL_PROFILE[level];
    if (communeId && locality === 'local') return communeId;
    const pLocal = communeId && locality !== 'nonlocal' ? p.local : 0;
    // Non-local people mostly come from elsewhere in the same province.
    const pProvince = locality === 'nonlocal' ? p.local + p.province : p.province;
    const x = rng.next();
    if (communeId && x < pLocal) return communeId;
    if (x < pLocal + pProvince) {
      for (let i = 0; i < 8; i++) {
        const c = rng.pick(this.province).id;
        if (c !== communeId) return c;
      }
    }
    if (this.neighbours.length && rng.chance(0.6)) return rng.pick(this.neighbours).id;
    return rng.pick(this.everywhere).id;
  }

  private citizenId(birthplaceId: string, gender: 'male' | 'female', dob: string): string {
    const year = Number(dob.slice(0, 4));
    const century = year >= 2000 ? 2 : 0;
    const digit = century + (gender === 'female' ? 1 : 0);
    const prefix = this.admin.birthProvinceCode(birthplaceId) + String(digit) + dob.slice(2, 4);
    for (;;) {
      const id = prefix + this.rng.digits(6);
      if (!this.usedCitizenIds.has(id)) {
        this.usedCitizenIds.add(id);
        return id;
      }
    }
  }

  private phone(): string {
    return this.rng.pick(PHONE_PREFIXES) + this.rng.digits(7);
  }

  private qualification(education: string): string | null {
    const q = QUALIFICATIONS;
    switch (education) {
      case 'Tiến sĩ':
        return this.rng.pick(q.doctor);
      case 'Thạc sĩ':
        return this.rng.pick(q.master);
      case 'Đại học':
        return this.rng.pick(q.university);
      case 'Cao đẳng':
        return this.rng.pick(q.college);
      case 'Trung cấp':
        return this.rng.pick(q.vocational);
      default:
        return null;
    }
  }

  /** An address in a commune: a village for xã, a street number for phường. */
  address(communeId: string): string {
    const c = this.admin.communeById.get(communeId);
    if (c?.type === 'phường') return `Số ${this.rng.int(1, 250)} đường ${this.rng.pick(STREET_NAMES)}`;
    return `Thôn ${this.rng.pick(VILLAGE_NAMES)}`;
  }

  /** Creates one person (added to the batch) and returns the row. */
  person(o: PersonOptions): PersonRecord {
    const rng = this.rng;
    const profile = LEVEL_PROFILE[o.level];
    const gender = o.gender ?? (rng.chance(profile.male) ? 'male' : 'female');
    const name = this.name(gender);
    // Retirement is earlier for women (Nghị định 135/2020): keep them under 57.
    const maxAge = Math.min(o.maxAge ?? profile.ages[1], gender === 'female' ? 56 : 60);
    const minAge = Math.min(o.minAge ?? profile.ages[0], maxAge);
    const age = rng.int(minAge, maxAge);
    const birthYear = (o.ageYear ?? Number(this.today.slice(0, 4))) - age;
    const dob = randomDate(rng, `${birthYear}-01-01`, `${birthYear}-12-31`);
    const hometown = this.placeFor(o.level, o.communeId, o.locality);
    const birthplace = rng.chance(0.75) ? hometown : this.placeFor(o.level, o.communeId);
    const education = this.table('edu:' + o.level, profile.education).draw(rng);
    const party = o.party ?? rng.chance(profile.party);
    let admission: string | null = null;
    let full: string | null = null;
    if (party) {
      // Admitted between 19 and 35 (18–60 allowed), never in the future.
      const admitAge = rng.int(19, Math.max(19, Math.min(age - 2, o.level === 'leader' ? 30 : 35)));
      admission = addDays(addMonths(dob, 12 * admitAge), rng.int(0, 330));
      // A few young members were admitted in the last year and are still probationary.
      const recent = o.level !== 'leader' && age <= 40 && rng.chance(0.05);
      if (recent || admission > this.today) admission = addDays(this.today, -rng.int(30, 360));
      const fullDate = addMonths(admission, 12);
      full = fullDate <= this.today ? fullDate : null;
    }
    const theory = party ? this.table('th:' + o.level, profile.theory).draw(rng) : '';
    const management = this.table('mg:' + o.level, profile.management).draw(rng);
    const row: PersonRecord = {
      id: this.batch.id(),
      unit_id: o.unitId,
      family_name: name.familyName,
      middle_name: name.middleName,
      given_name: name.givenName,
      gender,
      date_of_birth: dob,
      birthplace_id: birthplace,
      hometown_id: hometown,
      ethnicity: this.ethnicity.draw(rng),
      religion: party ? (rng.chance(0.3) ? this.religion.draw(rng) : '') : this.religion.draw(rng),
      citizen_id: this.citizenId(birthplace, gender, dob),
      education_level: education,
      professional_qualification: this.qualification(education),
      political_theory_level: theory || null,
      state_management_level: management || null,
      party_admission_date: admission,
      party_full_date: full,
      kind: o.kind,
      cadre_group: o.cadreGroup,
      phone: rng.chance(0.95) ? this.phone() : null,
      email: null,
      search_text: personSearchText(name),
      sort_key: vietnameseSortKey(name),
    };
    this.batch.people.push(row);
    if (rng.chance(this.residenceShare)) {
      const place = o.communeId && rng.chance(0.7) ? o.communeId : hometown;
      this.batch.residences.push({
        id: this.batch.id(),
        person_id: row.id,
        admin_unit_id: place,
        address: this.address(place),
        valid_from: randomDate(rng, addMonths(dob, 12 * 18), '2025-06-30'),
        valid_to: null,
      });
    }
    return row;
  }
}
