import { describe, expect, it } from 'vitest';
import type { LineageRow } from './evaluation-reports.documents.queries.js';
import { bareAdminName, formHeader, issuerOf } from './evaluation-reports.header.js';

const row = (depth: number, kind: string, name: string, extra: Partial<LineageRow> = {}): LineageRow => ({
  depth,
  kind,
  name,
  short_name: null,
  admin_name: null,
  admin_type: null,
  committee_short: null,
  committee_name: null,
  ...extra,
});

describe('bareAdminName', () => {
  it.each([
    ['Xã Yên Mỹ', 'xã', 'Yên Mỹ'],
    ['Phường Phố Hiến', 'phường', 'Phố Hiến'],
    ['Thành phố Hà Nội', 'thành phố', 'Hà Nội'],
    ['Đặc khu Phú Quốc', 'đặc khu', 'Phú Quốc'],
    ['Yên Mỹ', 'xã', 'Yên Mỹ'],
    ['Xã Yên Mỹ', null, 'Xã Yên Mỹ'],
  ])('%s (%s) → %s', (name, type, bare) => expect(bareAdminName(name, type)).toBe(bare));
});

describe('issuerOf: the committees and the place up the tree', () => {
  it('a government unit: its territory’s committee, the committee above, the commune’s locality', () => {
    const rows = [
      row(0, 'peoples_committee', 'Ủy ban nhân dân xã Yên Mỹ'),
      row(1, 'commune', 'Xã Yên Mỹ', {
        admin_name: 'Xã Yên Mỹ',
        admin_type: 'xã',
        committee_name: 'Đảng bộ xã Yên Mỹ',
        committee_short: 'Đảng ủy xã Yên Mỹ',
      }),
      row(2, 'province', 'Tỉnh Hưng Yên', {
        admin_name: 'Tỉnh Hưng Yên',
        admin_type: 'tỉnh',
        committee_name: 'Đảng bộ tỉnh Hưng Yên',
        committee_short: 'Tỉnh ủy Hưng Yên',
      }),
    ];
    expect(issuerOf(rows)).toEqual({ committees: ['Đảng bộ tỉnh Hưng Yên', 'Đảng ủy xã Yên Mỹ'], place: 'Yên Mỹ' });
  });

  it('a Party unit: the committee it belongs to is counted once', () => {
    const rows = [
      row(0, 'party_cell', 'Chi bộ thôn Đông'),
      row(1, 'party_committee', 'Đảng bộ xã Yên Mỹ', { short_name: 'Đảng ủy xã Yên Mỹ' }),
      row(2, 'commune', 'Xã Yên Mỹ', { committee_name: 'Đảng bộ xã Yên Mỹ', committee_short: 'Đảng ủy xã Yên Mỹ' }),
    ];
    expect(issuerOf(rows)).toEqual({ committees: ['Đảng ủy xã Yên Mỹ'], place: null });
  });

  it('no committee up the tree: none, and the heading falls back to the units', () => {
    const issuer = issuerOf([row(0, 'division', 'Phòng Kinh tế')]);
    expect(issuer).toEqual({ committees: [], place: null });
    expect(formHeader('vi', 'PL4', issuer, ['Phòng Kinh tế'], 'x')).toMatchObject({
      left: ['PHÒNG KINH TẾ'],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      star: true,
      number: 'Số: ……',
      placeDate: 'x',
    });
  });

  it('civil servants (NĐ 335): the unit and the state motto, no star', () => {
    const h = formHeader('vi', 'ND335', { committees: ['Đảng ủy xã Yên Mỹ'], place: 'Yên Mỹ' }, ['Ủy ban nhân dân xã Yên Mỹ'], 'p');
    expect(h).toMatchObject({
      left: ['ỦY BAN NHÂN DÂN XÃ YÊN MỸ'],
      right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      star: false,
    });
  });
});
