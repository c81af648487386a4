import { describe, expect, it } from 'vitest';
import { foldDiacritics, fullName, type PersonName, foldNameWords, personSearchText, splitFullName, vietnameseSortKey } from './names.js';

const nfd = (s: string) => s.normalize('NFD');
const key = (givenName: string, middleName = '', familyName = '') => vietnameseSortKey({ familyName, middleName, givenName });
const keyOf = (full: string) => vietnameseSortKey(splitFullName(full));

describe('foldDiacritics', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['ĐẶNG THỊ HỒNG', 'dang thi hong'],
    ['  Trần   Thị\tHoa \n', 'tran thi hoa'],
    [nfd('Nguyễn Văn Đức'), 'nguyen van duc'],
    ['Hoà', 'hoa'],
    ['Hòa', 'hoa'],
    [nfd('Hoà'), 'hoa'],
    ['Thuý Thúy Thuỵ Thụy', 'thuy thuy thuy thuy'],
    ['Ưng Ơn Ăn Âu Êm Ôi', 'ung on an au em oi'],
    ['ăằẳẵắặ âầẩẫấậ êềểễếệ ôồổỗốộ ơờởỡớợ ưừửữứự', 'aaaaaa aaaaaa eeeeee oooooo oooooo uuuuuu'],
    ['ÀẢÃÁẠ ÌỈĨÍỊ ỲỶỸÝỴ', 'aaaaa iiiii yyyyy'],
    ['Ðào', 'dao'], // Icelandic eth used for Đ in legacy data
    ['José Müller', 'jose muller'],
    ["H'Hen Niê", "h'hen nie"],
    ['Phường 12, Quận 3', 'phuong 12, quan 3'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe('vietnameseSortKey — pairs (left sorts strictly before right)', () => {
  it.each<[string, string, string]>([
    ['An < Anh', key('An'), key('Anh')],
    ['Anh < Ánh (tone breaks a letter tie)', key('Anh'), key('Ánh')],
    ['Ánh < Bình', key('Ánh'), key('Bình')],
    ['Án < Anh (letters before tones)', key('Án'), key('Anh')],
    ['Ảnh < Bà', key('Ảnh'), key('Bà')],
    ['Bình < Dũng', key('Bình'), key('Dũng')],
    ['Dũng < Duy', key('Dũng'), key('Duy')],
    ['Duy < Đức (đ after every d)', key('Duy'), key('Đức')],
    ['Dzũng < Đạt', key('Dzũng'), key('Đạt')],
    ['Đức < Em', key('Đức'), key('Em')],
    ['Ăn < Ân', key('Ăn'), key('Ân')],
    ['Anh < Ăn', key('Anh'), key('Ăn')],
    ['Em < Ên', key('Em'), key('Ên')],
    ['Ong < Ông', key('Ong'), key('Ông')],
    ['Ông < Ơn', key('Ông'), key('Ơn')],
    ['Ơn < Phúc', key('Ơn'), key('Phúc')],
    ['Uyên < Ưng', key('Uyên'), key('Ưng')],
    ['Ưng < Vân', key('Ưng'), key('Vân')],
    ['Xuân < Yến', key('Xuân'), key('Yến')],
    ['Yến < Fiona (f j w z after y)', key('Yến'), key('Fiona')],
    ['Fiona < Jane', key('Fiona'), key('Jane')],
    ['Jane < Wendy', key('Jane'), key('Wendy')],
    ['Wendy < Zoe', key('Wendy'), key('Zoe')],
    ['digits before letters', key('9'), key('A')],
    ['Hoa < Hòa (ngang < huyền)', key('Hoa'), key('Hòa')],
    ['Hòa < Hỏa (huyền < hỏi)', key('Hòa'), key('Hỏa')],
    ['Hỏa < Hõa (hỏi < ngã)', key('Hỏa'), key('Hõa')],
    ['Hõa < Hóa (ngã < sắc)', key('Hõa'), key('Hóa')],
    ['Hóa < Họa (sắc < nặng)', key('Hóa'), key('Họa')],
    ['Họa < Hoan', key('Họa'), key('Hoan')],
    ['given decides before middle', key('An', 'Văn'), key('Anh', 'Thị')],
    ['given tone decides before middle', key('Hoa', 'Văn'), key('Hòa', 'Thị')],
    ['no middle name first', keyOf('Trần An'), keyOf('Nguyễn Thị An')],
    ['middle Thị < Văn', keyOf('Nguyễn Thị An'), keyOf('Lê Văn An')],
    ['same given and middle: family decides', keyOf('Lê Văn An'), keyOf('Nguyễn Văn An')],
    ['family Dương < Đào', keyOf('Dương Văn An'), keyOf('Đào Văn An')],
    ['middle Nữ Thị < Thị', keyOf('Tôn Nữ Thị Hoa'), keyOf('Trương Thị Hoa')],
    ['middle Thị < Thị Ngọc (word by word)', key('Hoa', 'Thị'), key('Hoa', 'Thị Ngọc')],
    ['middle Thị Ngọc < Thịnh (word by word)', key('Hoa', 'Thị Ngọc'), key('Hoa', 'Thịnh')],
    ['middle Thi Ngọc < Thị Ngọc', key('Hoa', 'Thi Ngọc'), key('Hoa', 'Thị Ngọc')],
    ['other scripts after the Latin alphabet', key('Zoe'), key('Ω')],
  ])('%s', (_label, left, right) => {
    expect(left < right).toBe(true);
    expect(right < left).toBe(false);
  });
});

describe('vietnameseSortKey — equal keys', () => {
  it.each<[string, PersonName, PersonName]>([
    [
      'tone placement Hòa / Hoà',
      { familyName: 'Lê', middleName: 'Thị', givenName: 'Hòa' },
      { familyName: 'Lê', middleName: 'Thị', givenName: 'Hoà' },
    ],
    [
      'tone placement Thúy / Thuý',
      { familyName: 'Lê', middleName: 'Thị', givenName: 'Thúy' },
      { familyName: 'Lê', middleName: 'Thị', givenName: 'Thuý' },
    ],
    [
      'tone placement Khỏe / Khoẻ',
      { familyName: 'Lê', middleName: 'Văn', givenName: 'Khỏe' },
      { familyName: 'Lê', middleName: 'Văn', givenName: 'Khoẻ' },
    ],
    [
      'case-insensitive',
      { familyName: 'NGUYỄN', middleName: 'VĂN', givenName: 'ĐỨC' },
      { familyName: 'nguyễn', middleName: 'văn', givenName: 'đức' },
    ],
    [
      'NFD input',
      { familyName: nfd('Nguyễn'), middleName: nfd('Thị'), givenName: nfd('Hoà') },
      { familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Hòa' },
    ],
    [
      'extra whitespace',
      { familyName: ' Tôn ', middleName: 'Nữ   Thị', givenName: 'Hoa ' },
      { familyName: 'Tôn', middleName: 'Nữ Thị', givenName: 'Hoa' },
    ],
    ['eth for Đ', { familyName: 'Ðào', middleName: '', givenName: 'An' }, { familyName: 'Đào', middleName: '', givenName: 'An' }],
  ])('%s', (_label, a, b) => {
    expect(vietnameseSortKey(a)).toBe(vietnameseSortKey(b));
  });
});

describe('vietnameseSortKey — properties', () => {
  it('is ASCII-printable', () => {
    for (const n of ['Nguyễn Văn Đức', 'Tôn Nữ Thị Hoa', "H'Hen Niê", 'Ω Σ', 'Lê 2 An']) {
      expect(keyOf(n)).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('sorts a shuffled list into Vietnamese order', () => {
    const expected = [
      'Trần An',
      'Nguyễn Thị An',
      'Lê Văn An',
      'Nguyễn Văn An',
      'Phạm Thị Anh',
      'Hoàng Ngọc Ánh',
      'Đỗ Thanh Bình',
      'Vũ Đức Dũng',
      'Bùi Quang Duy',
      'Lê Minh Đức',
      'Tôn Nữ Thị Hoa',
      'Trương Thị Hoa',
      'Đặng Thị Hoà',
      'Hồ Văn Hòa',
      'Phan Văn Ích',
      'Lý Thị Út',
      'Lê Văn Ước',
      'Lâm Thị Yến',
    ];
    const shuffled = [
      'Lê Văn Ước',
      'Hồ Văn Hòa',
      'Nguyễn Văn An',
      'Lê Minh Đức',
      'Trần An',
      'Lâm Thị Yến',
      'Bùi Quang Duy',
      'Phạm Thị Anh',
      'Tôn Nữ Thị Hoa',
      'Lý Thị Út',
      'Đỗ Thanh Bình',
      'Nguyễn Thị An',
      'Đặng Thị Hoà',
      'Vũ Đức Dũng',
      'Phan Văn Ích',
      'Hoàng Ngọc Ánh',
      'Lê Văn An',
      'Trương Thị Hoa',
    ];
    expect([...shuffled].sort()).not.toEqual(expected);
    const sorted = shuffled
      .map((n) => ({ n, k: keyOf(n) }))
      .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
      .map((x) => x.n);
    expect(sorted).toEqual(expected);
  });
});

describe('splitFullName', () => {
  it.each<[string, PersonName]>([
    ['Nguyễn Văn An', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' }],
    ['Trần An', { familyName: 'Trần', middleName: '', givenName: 'An' }],
    ['Tôn Nữ Thị Hoa', { familyName: 'Tôn', middleName: 'Nữ Thị', givenName: 'Hoa' }],
    ['  Lê   Thị\tMinh  Khai ', { familyName: 'Lê', middleName: 'Thị Minh', givenName: 'Khai' }],
    [nfd('Đặng Thị Hoà'), { familyName: 'Đặng', middleName: 'Thị', givenName: 'Hoà' }],
  ])('%j', (full, expected) => {
    expect(splitFullName(full)).toEqual(expected);
  });

  it.each(['', '   ', 'An', '  Hoa  '])('throws RangeError for %j', (full) => {
    expect(() => splitFullName(full)).toThrow(RangeError);
  });
});

describe('foldNameWords', () => {
  it.each([
    ["H'Bla", 'h bla'],
    ['Ngọc-Anh', 'ngoc anh'],
    ['  NGUYỄN   văn  an ', 'nguyen van an'],
    ['Hoà (Ama) Thu.', 'hoa ama thu'],
    ['Đặng’Thị', 'dang thi'],
    ['-', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldNameWords(input)).toBe(expected);
  });
});

describe('fullName / personSearchText', () => {
  it.each<[PersonName, string, string]>([
    [{ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' }, 'Nguyễn Văn An', 'nguyen van an'],
    [{ familyName: 'Trần', middleName: '', givenName: 'An' }, 'Trần An', 'tran an'],
    [{ familyName: 'Tôn', middleName: 'Nữ  Thị', givenName: 'Hoa' }, 'Tôn Nữ Thị Hoa', 'ton nu thi hoa'],
    [{ familyName: ' Lê ', middleName: '  ', givenName: 'Đức ' }, 'Lê Đức', 'le duc'],
    [{ familyName: 'Ksor', middleName: '', givenName: "H'Bla" }, "Ksor H'Bla", 'ksor h bla'],
    [{ familyName: 'Lê', middleName: 'Thị', givenName: 'Ngọc-Anh' }, 'Lê Thị Ngọc-Anh', 'le thi ngoc anh'],
    [{ familyName: 'Y', middleName: '', givenName: 'Moan (Ama) Ênuôl' }, 'Y Moan (Ama) Ênuôl', 'y moan ama enuol'],
  ])('%j', (name, full, search) => {
    expect(fullName(name)).toBe(full);
    expect(personSearchText(name)).toBe(search);
  });

  it('round-trips with splitFullName', () => {
    for (const n of ['Nguyễn Văn An', 'Tôn Nữ Thị Hoa', 'Trần An']) {
      expect(fullName(splitFullName(n))).toBe(n);
    }
  });
});
