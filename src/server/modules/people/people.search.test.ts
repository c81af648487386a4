// Name search ranking (decision 0010): a query word that is a whole word of the name ranks above
// one that starts a word, which ranks above one found only inside a word; Vietnamese order within
// a rank; diacritics ignored; page and total right across ranks; the pickers' lookup ranks too.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createPerson, createSubtree, createUnit, type Subtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

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

type Page = { items: Array<{ id: string; fullName: string }>; total: number };
async function list(query: string): Promise<Page> {
  const res = await client(t.app, admin).get(`/api/people?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const names = (p: Page) => p.items.map((i) => i.fullName);

/** A fresh unit under the test province holding the given people (family, middle, given). */
async function unitWith(
  people: Array<[string, string, string]>,
  over: (i: number) => Record<string, unknown> = () => ({}),
): Promise<string> {
  const unit = await createUnit(t.db, { kind: 'party_cell', name: `Chi bộ ${randomUUID().slice(0, 6)}`, parentId: tree.communeA });
  for (const [i, [family_name, middle_name, given_name]] of people.entries()) {
    await createPerson(t.db, unit, { family_name, middle_name, given_name, ...over(i) });
  }
  return unit;
}

describe('people search ranking', () => {
  it('"yen" lists Yên and Yến before the Nguyễn whose name only contains it', async () => {
    const unit = await unitWith([
      ['Nguyễn', 'Văn', 'An'],
      ['Nguyễn', 'Thị', 'Bình'],
      ['Lê', 'Văn', 'Yên'],
      ['Phạm', 'Thị Hải', 'Yến'],
      ['Trần', 'Văn', 'Cường'],
    ]);
    const page = await list(`unitId=${unit}&q=yen`);
    expect(names(page)).toEqual(['Lê Văn Yên', 'Phạm Thị Hải Yến', 'Nguyễn Văn An', 'Nguyễn Thị Bình']);
    expect(page.total).toBe(4);
  });

  it('ranks a whole word above the start of a word above the inside of a word, Vietnamese order within each', async () => {
    const unit = await unitWith([
      ['Trần', 'Văn', 'Khoa'],
      ['Phạm', 'Thị', 'Thoa'],
      ['Nguyễn', 'Văn', 'Hoàng'],
      ['Hoàng', 'Văn', 'Bình'],
      ['Lê', 'Thị', 'Hoa'],
      ['Đỗ', 'Văn', 'Tú'],
    ]);
    const expected = ['Lê Thị Hoa', 'Hoàng Văn Bình', 'Nguyễn Văn Hoàng', 'Trần Văn Khoa', 'Phạm Thị Thoa'];
    expect(names(await list(`unitId=${unit}&q=hoa`))).toEqual(expected);
    // diacritics and case do not matter, in the query or in the name
    expect(names(await list(`unitId=${unit}&q=${encodeURIComponent('HÒA')}`))).toEqual(expected);
    // an explicit sort by another column orders every match by that column
    expect((await list(`unitId=${unit}&q=hoa&sort=-name`)).items.map((i) => i.fullName)).toEqual([
      'Phạm Thị Thoa',
      'Trần Văn Khoa',
      'Nguyễn Văn Hoàng',
      'Lê Thị Hoa',
      'Hoàng Văn Bình',
    ]);
  });

  it('orders every match by the column the user sorts by (date of birth, retirement, unit)', async () => {
    const dobs = ['1990-01-01', '1970-06-15', '1980-03-03'];
    const unit = await unitWith(
      [
        ['Lê', 'Văn', 'Yên'],
        ['Nguyễn', 'Văn', 'An'],
        ['Hoàng', 'Văn', 'Yêng'],
      ],
      (i) => ({ date_of_birth: dobs[i] }),
    );
    const byDob = ['Nguyễn Văn An', 'Hoàng Văn Yêng', 'Lê Văn Yên'];
    expect(names(await list(`unitId=${unit}&q=yen&sort=dateOfBirth`))).toEqual(byDob);
    expect(names(await list(`unitId=${unit}&q=yen&sort=-dateOfBirth`))).toEqual([...byDob].reverse());
    // all men: retirement follows the date of birth; one unit: the Vietnamese order
    expect(names(await list(`unitId=${unit}&q=yen&sort=retirement`))).toEqual(byDob);
    expect(names(await list(`unitId=${unit}&q=yen&sort=unit&pageSize=2&page=2`))).toEqual(['Hoàng Văn Yêng']);
  });

  it('ranks every word of the query, in any order, without diacritics', async () => {
    const unit = await unitWith([
      ['Nguyễn', 'Lan', 'Chi'],
      ['Nguyễn', 'Ánh', 'Dương'],
      ['Nguyễn', 'An', 'Tường'],
      ['Trần', 'An', 'Bình'],
      ['Nguyễn', 'Văn', 'An'],
    ]);
    expect(names(await list(`unitId=${unit}&q=an%20nguyen`))).toEqual([
      'Nguyễn Văn An',
      'Nguyễn An Tường',
      'Nguyễn Ánh Dương',
      'Nguyễn Lan Chi',
    ]);
    expect(names(await list(`unitId=${unit}&q=nguyen%20van%20an`))).toEqual(['Nguyễn Văn An']);
  });

  it('takes apostrophes and hyphens as word breaks: "bla" is a whole word of H\'Bla', async () => {
    const unit = await unitWith([
      ['Ma', 'Văn', 'Kblang'],
      ['Ksor', '', "H'Bla"],
      ['Lê', 'Thị', 'Ngọc-Blan'],
    ]);
    expect(names(await list(`unitId=${unit}&q=bla`))).toEqual(["Ksor H'Bla", 'Lê Thị Ngọc-Blan', 'Ma Văn Kblang']);
  });

  it('pages through the ranked matches with the right total, and past the end', async () => {
    const people: Array<[string, string, string]> = [
      ['Nguyễn', 'Văn', 'An'],
      ['Nguyễn', 'Thị', 'Bích'],
      ['Nguyễn', 'Văn', 'Cường'],
      ['Nguyễn', 'Thị', 'Dung'],
      ['Lê', 'Thị', 'Yến'],
      ['Lê', 'Văn', 'Yên'],
      ['Hoàng', 'Văn', 'Yêng'],
      ['Trần', 'Văn', 'Tâm'],
    ];
    const unit = await unitWith(people);
    const all = ['Lê Văn Yên', 'Lê Thị Yến', 'Hoàng Văn Yêng', 'Nguyễn Văn An', 'Nguyễn Thị Bích', 'Nguyễn Văn Cường', 'Nguyễn Thị Dung'];
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const p = await list(`unitId=${unit}&q=yen&pageSize=3&page=${page}`);
      expect(p.total).toBe(7);
      seen.push(...names(p));
    }
    expect(seen).toEqual(all);
    const past = await list(`unitId=${unit}&q=yen&pageSize=3&page=4`);
    expect(past).toMatchObject({ items: [], total: 7 });
    expect(await list(`unitId=${unit}&q=zzz`)).toMatchObject({ items: [], total: 0 });
  });

  it('ranks the names lookup of the pickers the same way', async () => {
    const unit = await unitWith([
      ['Nguyễn', 'Văn', 'An'],
      ['Nguyễn', 'Thị', 'Bình'],
      ['Lê', 'Văn', 'Yên'],
    ]);
    const res = await client(t.app, admin).get(`/api/people/names?unitId=${unit}&q=yen&limit=2`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { fullName: string }) => i.fullName)).toEqual(['Lê Văn Yên', 'Nguyễn Văn An']);
  });
});
