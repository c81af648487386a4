import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createSubtree } from '../../test/factories.js';
import { type Session, type TestContext, client, createTestApp, signIn } from '../../test/harness.js';

let t: TestContext;
let user: Session;

beforeAll(async () => {
  t = await createTestApp({ reference: true });
  const tree = await createSubtree(t.db);
  // The least privileged role: reference data is for every signed-in user.
  const acc = await createAccount(t.db, 'cadre', tree.cellA);
  user = await signIn(t.app, acc.username, acc.password);
}, 120_000);
afterAll(() => t?.close());

type Unit = { id: string; name: string; path: string; era: string; level: string; parentId: string | null };

describe('administrative units', () => {
  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get('/api/admin-units?q=ba')).statusCode).toBe(401);
    expect((await client(t.app, null).get('/api/admin-units/2025:C:00004')).statusCode).toBe(401);
  });

  it('finds units without diacritics, with their path', async () => {
    const res = await client(t.app, user).get('/api/admin-units?q=BA%20DINH&era=2025');
    expect(res.statusCode).toBe(200);
    const units: Unit[] = res.json();
    // Several communes are called Ba Đình: they come first, shortest name first.
    expect(units.slice(0, 3).every((u) => u.name.endsWith('Ba Đình') || u.name.endsWith('Ba Dinh'))).toBe(true);
    expect(units.find((u) => u.id === '2025:C:00004')).toEqual({
      id: '2025:C:00004', code: '00004', name: 'Phường Ba Đình', type: 'phường', level: 'commune', era: '2025', parentId: '2025:P:01',
      path: 'Phường Ba Đình, Thành phố Hà Nội',
    });
    expect(units.every((u) => u.era === '2025')).toBe(true);
  });

  it('writes three-level paths for pre-2025 communes and matches words of the parents', async () => {
    const res = await client(t.app, user).get('/api/admin-units?q=phuc%20xa%20ha%20noi&era=pre2025&level=commune');
    const units: Unit[] = res.json();
    expect(units.map((u) => u.path)).toContain('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội');
    expect(units.every((u) => u.level === 'commune' && u.path.endsWith('Hà Nội'))).toBe(true);
  });

  it('lists the children of a parent up to the limit', async () => {
    const res = await client(t.app, user).get('/api/admin-units?parentId=2025:P:01&limit=100');
    const units: Unit[] = res.json();
    expect(units).toHaveLength(100);
    expect(units.every((u) => u.parentId === '2025:P:01' && u.level === 'commune')).toBe(true);
  });

  it('shows a pre-2025 commune with its 2025 successors', async () => {
    const res = await client(t.app, user).get('/api/admin-units/pre:C:00007');
    expect(res.statusCode).toBe(200);
    const unit = res.json();
    expect(unit.path).toMatch(/^Phường .+, Quận Ba Đình, Thành phố Hà Nội$/);
    expect(unit.successors.map((s: Unit & { fullTransfer: boolean }) => [s.id, s.fullTransfer])).toEqual([
      ['2025:C:00008', false],
      ['2025:C:00025', false],
    ]);
    expect(unit.predecessors).toEqual([]);
  });

  it('shows a 2025 commune with the pre-2025 units it was formed from', async () => {
    const res = await client(t.app, user).get('/api/admin-units/2025:C:00004');
    const unit = res.json();
    expect(unit.successors).toEqual([]);
    const ids = unit.predecessors.map((p: Unit) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['pre:C:00004', 'pre:C:00013', 'pre:C:00016']));
    expect(unit.predecessors.find((p: Unit) => p.id === 'pre:C:00004')).toMatchObject({ fullTransfer: true, path: expect.stringContaining('Quận Ba Đình') });
  });

  it('answers 404 for an unknown unit', async () => {
    expect((await client(t.app, user).get('/api/admin-units/2025:C:99999')).statusCode).toBe(404);
  });

  it.each([
    ['era', '?era=2024'],
    ['level', '?level=village'],
    ['limit', '?limit=0'],
    ['limit', '?limit=1000'],
  ])('rejects bad filters naming %s', async (field, query) => {
    const res = await client(t.app, user).get(`/api/admin-units${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe(field);
  });
});
