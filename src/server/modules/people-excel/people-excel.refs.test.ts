import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../domain/names.js';
import { foldHeader, mapHeaders, missingColumns } from './people-excel.columns.js';
import type { AdminUnitRow } from './people-excel.queries.js';
import { PlaceResolver, UnitResolver } from './people-excel.refs.js';

const unit = (id: string, level: AdminUnitRow['level'], name: string, parent: string | null): AdminUnitRow => ({
  id,
  era: id.startsWith('pre') ? 'pre2025' : '2025',
  level,
  code: id.split(':')[2],
  parent_id: parent,
  search_text: foldDiacritics(name),
});
const places = new PlaceResolver([
  unit('2025:P:01', 'province', 'Thành phố Hà Nội', null),
  unit('2025:P:40', 'province', 'Tỉnh Nghệ An', null),
  unit('2025:C:00004', 'commune', 'Phường Ba Đình', '2025:P:01'),
  unit('2025:C:16000', 'commune', 'Xã Ba Đình', '2025:P:40'),
  unit('2025:C:16001', 'commune', 'Xã Hưng Nguyên', '2025:P:40'),
  unit('2025:C:16002', 'commune', 'Phường Hưng Nguyên', '2025:P:40'),
  unit('pre:P:01', 'province', 'Thành phố Hà Nội', null),
  unit('pre:D:001', 'district', 'Quận Ba Đình', 'pre:P:01'),
  unit('pre:C:00001', 'commune', 'Phường Phúc Xá', 'pre:D:001'),
  unit('pre:C:00004', 'commune', 'Phường Ba Đình', 'pre:D:001'),
]);

describe('places', () => {
  it.each([
    ['00004', { id: '2025:C:00004' }],
    ['4', { id: '2025:C:00004' }],
    ['cũ 00001', { id: 'pre:C:00001' }],
    ['pre:C:00001', { id: 'pre:C:00001' }],
    ['99999', { issue: 'v.xlsx_place_unknown' }],
    ['Phường Ba Đình, Thành phố Hà Nội', { id: '2025:C:00004' }], // both eras match: the 2025 list wins
    ['phuong ba dinh, ha noi', { id: '2025:C:00004' }],
    ['Ba Đình, Nghệ An', { id: '2025:C:16000' }],
    ['Phường Ba Đình, Quận Ba Đình, Hà Nội', { id: 'pre:C:00004' }], // a district names the old list
    ['Phường Phúc Xá, Hà Nội', { id: 'pre:C:00001' }],
    ['Hưng Nguyên, Nghệ An', { issue: 'v.xlsx_place_ambiguous' }],
    ['Xã Hưng Nguyên, Tỉnh Nghệ An', { id: '2025:C:16001' }],
    ['Hà Nội', { id: '2025:P:01' }],
    ['Xã Không Có, Hà Nội', { issue: 'v.xlsx_place_unknown' }],
    ['Phường Ba Đình, Tỉnh Không Có', { issue: 'v.xlsx_place_unknown' }],
  ])('%s', (text, expected) => {
    expect(places.resolve(text)).toEqual(expected);
  });
});

describe('units', () => {
  const units = new UnitResolver(
    'a0000000-0000-4000-8000-000000000001',
    [
      { id: 'a0000000-0000-4000-8000-000000000001', name: 'Xã An', short_name: null, valid_to: null },
      { id: 'a0000000-0000-4000-8000-000000000002', name: 'Chi bộ thôn Đông', short_name: 'CB Đông', valid_to: null },
      { id: 'a0000000-0000-4000-8000-000000000003', name: 'Chi bộ thôn Tây', short_name: null, valid_to: '2025-07-01' },
      { id: 'a0000000-0000-4000-8000-000000000004', name: 'Chi bộ thôn Tây', short_name: null, valid_to: null },
      { id: 'a0000000-0000-4000-8000-000000000005', name: 'Chi bộ Bắc', short_name: null, valid_to: null },
      { id: 'a0000000-0000-4000-8000-000000000006', name: 'Chi bộ Bắc', short_name: null, valid_to: null },
    ],
    '2026-01-01',
  );
  it('matches folded names and short names, prefers open units, reports unknown and ambiguous names', () => {
    expect(units.byUnitName('chi bo thon dong')).toEqual({ id: 'a0000000-0000-4000-8000-000000000002' });
    expect(units.byUnitName('CB ĐÔNG')).toEqual({ id: 'a0000000-0000-4000-8000-000000000002' });
    expect(units.byUnitName('Chi bộ thôn Tây')).toEqual({ id: 'a0000000-0000-4000-8000-000000000004' });
    expect(units.byUnitName('Chi bộ Bắc')).toMatchObject({ issue: 'v.xlsx_unit_ambiguous' });
    expect(units.byUnitName('Chi bộ Nam')).toMatchObject({ issue: 'v.xlsx_unit_unknown' });
    expect(units.byId('A0000000-0000-4000-8000-000000000005')).toEqual({ id: 'a0000000-0000-4000-8000-000000000005' });
    expect(units.byId('b0000000-0000-4000-8000-000000000005')).toEqual({ issue: 'v.xlsx_unit_outside' });
  });
});

describe('headers', () => {
  it('folds diacritics, case, notes and marks, and reports unknown, repeated and missing columns', () => {
    expect(foldHeader('Ngày sinh (dd/mm/yyyy) *')).toBe('ngay sinh');
    const map = mapHeaders(
      new Map([
        [1, 'STT'],
        [2, 'HỌ VÀ TÊN'],
        [3, 'Giới tính *'],
        [4, 'ngay sinh'],
        [5, 'Sở thích'],
        [6, 'Giới Tính'],
        [7, 'Lỗi'],
      ]),
    );
    expect([...map.columns.entries()].map(([p, c]) => [p, c.key])).toEqual([
      [2, 'fullName'],
      [3, 'gender'],
      [4, 'dateOfBirth'],
    ]);
    expect(map.unknown).toEqual(['Sở thích']);
    expect(map.duplicated).toEqual(['Giới Tính']);
    expect(missingColumns(map).map((c) => c.header)).toEqual(['Loại']);
  });
});
