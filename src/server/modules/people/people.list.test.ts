import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETIREMENT_SCHEDULE, type RetirementSchedule, retirementDate } from '../../../domain/retirement.js';
import type { Role } from '../../db/schema.js';
import type { Actor } from '../../http/context.js';
import { createAccount, createPerson, createSubtree, createUnit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { insertPeople, iteratePeople, newPersonRefCache, validatePersonRefs } from './index.js';
import { retirementMonthIndexSql } from './people.list.queries.js';

let t: TestContext;
let tree: Subtree;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  const acc = await createAccount(t.db, 'admin', tree.provinceId);
  admin = await signIn(t.app, acc.username, acc.password);
});
afterAll(() => t?.close());

const actorWith = (role: Role, unitId: string): Actor => ({
  accountId: randomUUID(),
  username: 'x',
  displayName: 'x',
  personId: null,
  locale: 'vi',
  roles: [{ role, unitId }],
  sessionId: 's',
  csrfToken: 'c',
});

type Item = { id: string; fullName: string; dateOfBirth: string; retirementDate: string; unitName: string };
async function list(query: string): Promise<{ items: Item[]; total: number }> {
  const res = await client(t.app, admin).get(`/api/people?${query.includes('pageSize') ? '' : 'pageSize=200&'}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A fresh unit under the test province, so each test lists only its own people. */
const freshUnit = (name = `Chi bộ ${randomUUID().slice(0, 6)}`) => createUnit(t.db, { kind: 'party_cell', name, parentId: tree.communeA });

async function person(unitId: string, full: [string, string, string], over: Record<string, unknown> = {}) {
  return createPerson(t.db, unitId, { family_name: full[0], middle_name: full[1], given_name: full[2], ...over });
}

describe('people list', () => {
  it('finds names without diacritics, every word in any order; LIKE wildcards are literal', async () => {
    const unit = await freshUnit();
    const an = await person(unit, ['Nguyễn', 'Văn', 'An']);
    const lan = await person(unit, ['Trần', 'Thị', 'Lan']);
    await person(unit, ['Lê', 'Hữu', 'Phúc']);
    expect((await list(`unitId=${unit}&q=nguyen%20van%20an`)).items.map((i) => i.id)).toEqual([an]);
    expect((await list(`unitId=${unit}&q=NGUYỄN%20an`)).items.map((i) => i.id)).toEqual([an]);
    expect((await list(`unitId=${unit}&q=an`)).items.map((i) => i.id).sort()).toEqual([an, lan].sort());
    expect((await list(`unitId=${unit}&q=%25`)).total).toBe(0);
  });

  it('sorts the Vietnamese way: given name, then middle, then family; reverse on -name', async () => {
    const unit = await freshUnit();
    for (const n of [
      ['Vũ', 'Minh', 'Đức'],
      ['Phạm', 'Văn', 'Dũng'],
      ['Nguyễn', 'Văn', 'An'],
      ['Lê', 'Thị', 'An'],
      ['Hoàng', '', 'Bình'],
      ['Đỗ', 'Quang', 'Anh'],
    ] as const) {
      await person(unit, [...n]);
    }
    const expected = ['Lê Thị An', 'Nguyễn Văn An', 'Đỗ Quang Anh', 'Hoàng Bình', 'Phạm Văn Dũng', 'Vũ Minh Đức'];
    expect((await list(`unitId=${unit}`)).items.map((i) => i.fullName)).toEqual(expected);
    expect((await list(`unitId=${unit}&sort=-name`)).items.map((i) => i.fullName)).toEqual([...expected].reverse());
    const page2 = await list(`unitId=${unit}&pageSize=2&page=2`);
    expect(page2.total).toBe(6);
    expect(page2.items.map((i) => i.fullName)).toEqual(expected.slice(2, 4));
  });

  it('sorts by date of birth, by retirement date (men and women differ) and by unit', async () => {
    const unit = await freshUnit('Chi bộ Bắc');
    const other = await freshUnit('Chi bộ Âu');
    await person(unit, ['A', '', 'Một'], { gender: 'male', date_of_birth: '1973-05-01' });
    await person(unit, ['B', '', 'Hai'], { gender: 'female', date_of_birth: '1966-06-01' });
    await person(unit, ['C', '', 'Ba'], { gender: 'female', date_of_birth: '1974-03-01' });
    await person(other, ['D', '', 'Bốn'], { gender: 'male', date_of_birth: '1968-12-31' });
    const mine = async (sort: string) =>
      (await list(`unitId=${tree.communeA}&sort=${sort}`)).items.filter((i) =>
        [unit, other].includes((i as Item & { unitId: string }).unitId),
      );
    expect((await mine('dateOfBirth')).map((i) => i.dateOfBirth)).toEqual(['1966-06-01', '1968-12-31', '1973-05-01', '1974-03-01']);
    expect((await mine('-dateOfBirth')).map((i) => i.dateOfBirth)).toEqual(['1974-03-01', '1973-05-01', '1968-12-31', '1966-06-01']);
    // The woman born 1974 retires (at 58y4m, 07/2033) before the man born 1973 (at 62, 05/2035).
    expect((await mine('retirement')).map((i) => i.retirementDate)).toEqual(['2021-10-31', '2030-12-31', '2033-07-31', '2035-05-31']);
    expect((await mine('unit')).map((i) => `${i.unitName}/${i.fullName}`)).toEqual([
      'Chi bộ Âu/D Bốn',
      'Chi bộ Bắc/C Ba',
      'Chi bộ Bắc/B Hai',
      'Chi bộ Bắc/A Một',
    ]);
  });

  it('filters by kind, gender, cadre group and post title at a date', async () => {
    const unit = await freshUnit();
    const chair = await person(unit, ['Hồ', 'Văn', 'Chính'], { kind: 'cadre', cadre_group: 'commune_leader' });
    const clerk = await person(unit, ['Mai', 'Thị', 'Hoa'], { kind: 'civil_servant', gender: 'female' });
    const post = randomUUID();
    await t.db
      .insertInto('post')
      .values({
        id: post,
        unit_id: unit,
        title: 'Chủ tịch Ủy ban nhân dân',
        is_head: true,
        is_key: true,
        cadre_group: null,
        rank: 1,
        valid_from: '2025-07-01',
        valid_to: null,
      })
      .execute();
    await t.db
      .insertInto('tenure')
      .values({
        id: randomUUID(),
        person_id: chair,
        post_id: post,
        term_id: null,
        start_date: '2025-08-01',
        end_date: '2030-07-31',
        how: 'elected',
        decision_ref: null,
      })
      .execute();
    const ids = async (q: string) => (await list(`unitId=${unit}&${q}`)).items.map((i) => i.id);
    expect(await ids('kind=civil_servant')).toEqual([clerk]);
    expect(await ids('gender=female')).toEqual([clerk]);
    expect(await ids('cadreGroup=commune_leader')).toEqual([chair]);
    expect(await ids('postTitle=CHU%20TICH%20uy%20ban&asOf=2026-01-01')).toEqual([chair]);
    expect(await ids('postTitle=chu%20tich&asOf=2025-07-15')).toEqual([]);
    expect(await ids('postTitle=bi%20thu&asOf=2026-01-01')).toEqual([]);
    expect((await list(`unitId=${unit}&asOf=2026-01-01`)).items.find((i) => i.id === chair)).toMatchObject({
      posts: ['Chủ tịch Ủy ban nhân dân'],
    });
  });
});

describe('retirement order in SQL', () => {
  const schedules: Array<[string, RetirementSchedule]> = [
    ['Nghị định 135/2020', DEFAULT_RETIREMENT_SCHEDULE],
    [
      'odd steps',
      {
        male: { baseMonths: 700, firstYear: 2000, firstMonths: 705, stepMonths: 5, capMonths: 760 },
        female: { baseMonths: 600, firstYear: 2030, firstMonths: 600, stepMonths: 0, capMonths: 600 },
      },
    ],
    [
      'falling and big steps',
      {
        male: { baseMonths: 744, firstYear: 2010, firstMonths: 700, stepMonths: 12, capMonths: 760 },
        female: { baseMonths: 650, firstYear: 2015, firstMonths: 640, stepMonths: 15, capMonths: 900 },
      },
    ],
  ];
  it.each(schedules)('matches retirementDate() for every birth month 1930–2012 (%s)', async (_name, schedule) => {
    const expr = retirementMonthIndexSql(schedule, 'd.dob', 'g.gender');
    const { rows } = await sql<{ dob: string; gender: 'male' | 'female'; idx: number }>`
      SELECT to_char(d.dob, 'YYYY-MM-DD') AS dob, g.gender, ${expr} AS idx
        FROM generate_series('1930-01-17'::date, '2012-12-17'::date, interval '1 month') AS d(dob)
       CROSS JOIN (VALUES ('male'), ('female')) AS g(gender)`.execute(t.db);
    expect(rows.length).toBeGreaterThan(1900);
    const wrong = rows.filter((r) => {
      const [y, m] = retirementDate(r.gender, r.dob, schedule).split('-').map(Number);
      return Number(r.idx) !== y * 12 + m - 1;
    });
    expect(wrong).toEqual([]);
  });
});

describe('service functions for the Excel module', () => {
  it('validatePersonRefs reports scope, closed unit, unknown places and age as field issues', async () => {
    const closed = await createUnit(t.db, {
      kind: 'party_cell',
      name: 'Chi bộ đã giải thể',
      parentId: tree.communeA,
      validTo: '2025-12-31',
    });
    const organising = actorWith('organising', tree.communeA);
    const cache = newPersonRefCache();
    const ok = { unitId: tree.cellA, dateOfBirth: '1980-01-01', hometownId: null, birthplaceId: null };
    expect(await validatePersonRefs(t.db, organising, ok, { cache })).toEqual([]);
    const keys = async (over: Record<string, unknown>, actor = organising) =>
      (await validatePersonRefs(t.db, actor, { ...ok, ...over }, { cache, today: '2026-06-01' })).map((i) => `${i.field}:${i.key}`);
    expect(await keys({ unitId: tree.communeB })).toEqual(['unitId:v.out_of_scope']);
    expect(await keys({}, actorWith('office', tree.communeA))).toEqual(['unitId:v.out_of_scope']);
    expect(await keys({ unitId: closed })).toEqual(['unitId:v.unit_closed']);
    expect(await keys({ hometownId: '2025:C:99999', birthplaceId: 'pre:C:1' })).toEqual([
      'birthplaceId:v.unknown_ref',
      'hometownId:v.unknown_ref',
    ]);
    expect(await keys({ dateOfBirth: '2010-06-02' })).toEqual(['dateOfBirth:v.age']);
    expect(await keys({ dateOfBirth: '2010-06-01' })).toEqual([]);
    // The cadre group is one of the configured groups of people, never a free code.
    expect(await keys({ cadreGroup: 'staff' })).toEqual([]);
    expect(await keys({ cadreGroup: 'khong_co' })).toEqual(['cadreGroup:v.unknown_cadre_group']);
    expect(await keys({ cadreGroup: 'collective' })).toEqual(['cadreGroup:v.unknown_cadre_group']);
    // A group no longer configured may stay on a record that is edited without touching it.
    const prev = { ...ok, cadreGroup: 'khong_co' };
    expect(await validatePersonRefs(t.db, organising, prev, { previous: prev, cache })).toEqual([]);
  });

  it('insertPeople creates rows with search text and one audit event each, in the caller transaction', async () => {
    const unit = await freshUnit();
    const base = {
      unitId: unit,
      middleName: 'Văn',
      gender: 'male' as const,
      dateOfBirth: '1990-01-01',
      ethnicity: 'Kinh',
      religion: '',
      kind: 'cadre' as const,
    };
    const ids = await t.db.transaction().execute((trx) =>
      insertPeople(trx, { actorId: null, actorName: 'import', requestId: null, ip: null }, [
        { ...base, familyName: 'Ngô', givenName: 'Quyền' },
        { ...base, familyName: 'Lý', givenName: 'Bôn', citizenId: '001090000777' },
      ]),
    );
    expect(ids).toHaveLength(2);
    const rows = await t.db.selectFrom('person').select(['id', 'search_text']).where('id', 'in', ids).orderBy('search_text').execute();
    expect(rows.map((r) => r.search_text)).toEqual(['ly van bon', 'ngo van quyen']);
    const events = await t.db.selectFrom('audit_event').select(['action', 'person_id', 'unit_id']).where('entity_id', 'in', ids).execute();
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.action === 'person.create' && e.unit_id === unit && ids.includes(e.person_id!))).toBe(true);
  });

  it('iteratePeople pages through every filtered row; citizen IDs only for roles that see them', async () => {
    const unit = await freshUnit();
    for (let i = 0; i < 5; i++) await person(unit, ['Đinh', 'Công', `Tráng${i}`], { citizen_id: `00109000100${i}` });
    const pages: number[] = [];
    const seen: Array<{ citizenId: string | null; familyName: string }> = [];
    for await (const page of iteratePeople(t.db, actorWith('organising', tree.communeA), { unitId: unit }, 2)) {
      pages.push(page.length);
      seen.push(...page);
    }
    expect(pages).toEqual([2, 2, 1]);
    expect(seen.map((r) => r.citizenId)).toEqual(['001090001000', '001090001001', '001090001002', '001090001003', '001090001004']);
    const office: Array<string | null> = [];
    for await (const page of iteratePeople(t.db, actorWith('office', tree.communeA), { unitId: unit, q: 'trang' }))
      office.push(...page.map((r) => r.citizenId));
    expect(office).toEqual([null, null, null, null, null]);
    await expect(iteratePeople(t.db, actorWith('office', tree.communeB), { unitId: unit }).next()).rejects.toMatchObject({ status: 404 });
  });
});
