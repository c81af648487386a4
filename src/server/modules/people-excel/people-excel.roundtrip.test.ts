// The people export is a file the people import takes back as it is: export → (the records gone) →
// import the same file → the same records, and an export of them equal to the first, cell for cell.
// The export writes labels, not codes (gender, kind, cadre group by name), real dates, and the
// columns the system derives (posts, retirement date), which the import skips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { importAndWait, loadWorkbook } from './people-excel.test-support.js';

let t: TestContext;
let tree: Subtree;
let organising: Session;

const FIELDS = [
  'unit_id',
  'family_name',
  'middle_name',
  'given_name',
  'gender',
  'date_of_birth',
  'birthplace_id',
  'hometown_id',
  'ethnicity',
  'religion',
  'citizen_id',
  'education_level',
  'professional_qualification',
  'political_theory_level',
  'state_management_level',
  'party_admission_date',
  'party_full_date',
  'kind',
  'cadre_group',
  'phone',
  'email',
] as const;

async function records(unitIds: string[]) {
  const rows = await t.db.selectFrom('person').select(FIELDS).where('unit_id', 'in', unitIds).orderBy('citizen_id').execute();
  return rows.map((r) => ({ ...r }));
}

/** The data rows under the header row (row 4), as plain values, and the header texts. */
async function exported(buf: Buffer) {
  const ws = (await loadWorkbook(buf)).worksheets[0];
  const header = (ws.getRow(4).values as unknown[]).slice(1);
  const rows: unknown[][] = [];
  for (let r = 5; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
  return { header, rows };
}

beforeAll(async () => {
  t = await createTestApp({ reference: true });
  tree = await createSubtree(t.db);
  const acc = await createAccount(t.db, 'organising', tree.communeA);
  organising = await signIn(t.app, acc.username, acc.password);
  // Places that name one administrative unit each (a 2025 commune and a pre-2025 one).
  const places = await t.db
    .selectFrom('admin_unit')
    .select('id')
    .where('level', '=', 'commune')
    .where('id', 'in', ['2025:C:00004', 'pre:C:00004'])
    .orderBy('id')
    .execute();
  expect(places).toHaveLength(2);
  const base = 300_000_000_000 + Math.floor(Math.random() * 600_000_000_000);
  const people = [
    { unit: tree.committeeA, given_name: 'Yên', gender: 'female', kind: 'civil_servant', cadre_group: 'staff', hometown_id: places[0].id },
    { unit: tree.committeeA, given_name: 'Đức', kind: 'cadre', cadre_group: 'leader_commune', birthplace_id: places[1].id },
    {
      unit: tree.cellA,
      given_name: 'Ánh',
      gender: 'female',
      kind: 'party_member',
      party_admission_date: '2001-03-03',
      party_full_date: '2002-03-03',
    },
    {
      unit: tree.cellA,
      given_name: 'Bảo',
      kind: 'public_employee',
      religion: 'Phật giáo',
      education_level: '12/12',
      email: 'bao@example.vn',
    },
  ] as const;
  for (const [i, { unit, ...p }] of people.entries()) {
    await createPerson(t.db, unit, {
      citizen_id: String(base + i),
      phone: `09120001${String(i).padStart(2, '0')}`,
      professional_qualification: 'Cử nhân Luật',
      political_theory_level: 'Trung cấp',
      state_management_level: 'Chuyên viên',
      ...p,
    });
  }
}, 90_000);
afterAll(() => t?.close());

describe('people export → import round trip', () => {
  it('imports its own export back as it is: the same records, and the same file again', async () => {
    const units = [tree.communeA, tree.committeeA, tree.cellA];
    const before = await records(units);
    expect(before).toHaveLength(4);

    const first = await client(t.app, organising).get(`/api/people/export.xlsx?unitId=${tree.communeA}`);
    expect(first.statusCode).toBe(200);
    const a = await exported(first.rawPayload);
    // Words, not codes: the cadre group by its name, gender and kind by their labels; dates as dates.
    const col = (h: string) => a.header.indexOf(h);
    expect(a.rows.map((r) => r[col('Nhóm đối tượng')]).sort()).toEqual(
      [undefined, undefined, 'Cán bộ, đảng viên không giữ chức vụ lãnh đạo', 'Lãnh đạo cấp xã'].sort(),
    );
    expect(new Set(a.rows.map((r) => r[col('Giới tính')]))).toEqual(new Set(['Nam', 'Nữ']));
    expect(new Set(a.rows.map((r) => r[col('Loại')]))).toEqual(new Set(['Cán bộ', 'Công chức', 'Viên chức', 'Đảng viên']));
    expect(a.rows.every((r) => r[col('Ngày sinh')] instanceof Date)).toBe(true);
    expect(a.header).toContain('Chức vụ');
    expect(a.header).toContain('Ngày nghỉ hưu');

    // The records go (their citizen IDs would otherwise be refused as already recorded)…
    await t.db.deleteFrom('person').where('unit_id', 'in', units).execute();
    // …and the exported file, untouched, brings them back.
    const job = await importAndWait(t.app, organising, tree.communeA, first.rawPayload);
    expect(job.status, JSON.stringify(job.summary?.issues ?? job.error)).toBe('succeeded');
    expect(job.summary).toMatchObject({ total: 4, valid: 4, invalid: 0, inserted: 4 });
    expect(await records(units)).toEqual(before);

    const second = await client(t.app, organising).get(`/api/people/export.xlsx?unitId=${tree.communeA}`);
    const b = await exported(second.rawPayload);
    expect(b.header).toEqual(a.header);
    expect(b.rows).toEqual(a.rows);
  });
});
