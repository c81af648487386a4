import { describe, expect, it } from 'vitest';
import { FONTS, PDF_FONT, fontRuns, withFontRuns } from './fonts.js';

describe('fontRuns: each character in the Tinos subset that has its glyph', () => {
  it.each([
    ['An', [['An', 'Tinos']]],
    [
      'Nguyễn',
      [
        ['Nguy', 'Tinos'],
        ['ễ', 'TinosVi'],
        ['n', 'Tinos'],
      ],
    ],
    [
      'ĐẢNG ủy',
      [
        ['ĐẢ', 'TinosVi'],
        ['NG ', 'Tinos'],
        ['ủ', 'TinosVi'],
        ['y', 'Tinos'],
      ],
    ],
    [
      'Số: 1.396,5',
      [
        ['S', 'Tinos'],
        ['ố', 'TinosVi'],
        [': 1.396,5', 'Tinos'],
      ],
    ],
    ['Trang 1/37 – …', [['Trang 1/37 – …', 'Tinos']]],
  ])('%s', (text, expected) => {
    const runs = fontRuns(text);
    expect(runs.map((r) => [r.text, r.font])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('puts a letter outside latin and vietnamese (Ł) in the extended subset', () => {
    expect(fontRuns('Ł')[0].font).toBe('TinosExt');
  });

  it('registers the three families from the package, regular, bold and italics', () => {
    expect(Object.keys(FONTS).sort()).toEqual(['Tinos', 'TinosExt', 'TinosVi']);
    expect(FONTS.TinosVi.bolditalics).toMatch(/@fontsource\/tinos\/files\/tinos-vietnamese-700-italic\.woff$/);
    expect(PDF_FONT).toBe('Tinos');
  });
});

describe('withFontRuns: only content positions are split', () => {
  it('splits text, content strings, table cells and inlines (keeping their style), and nothing else', () => {
    const doc = {
      pageSize: 'A4',
      info: { title: 'Phiếu' },
      content: [
        'Việt',
        { text: 'Họ', bold: true, alignment: 'center' },
        { text: [{ text: 'Tên: ' }, { text: 'Ngọc', bold: true }] },
        { table: { widths: ['*'], body: [['Điểm']] } },
        { columns: [{ width: '*', text: 'An' }] },
      ],
    };
    expect(withFontRuns(doc)).toEqual({
      pageSize: 'A4',
      info: { title: 'Phiếu' },
      content: [
        {
          text: [
            { text: 'Vi', font: 'Tinos' },
            { text: 'ệ', font: 'TinosVi' },
            { text: 't', font: 'Tinos' },
          ],
        },
        {
          text: [
            { text: 'H', font: 'Tinos' },
            { text: 'ọ', font: 'TinosVi' },
          ],
          bold: true,
          alignment: 'center',
        },
        {
          text: [
            { text: 'Tên: ', font: 'Tinos' },
            { text: 'Ng', bold: true, font: 'Tinos' },
            { text: 'ọ', bold: true, font: 'TinosVi' },
            { text: 'c', bold: true, font: 'Tinos' },
          ],
        },
        {
          table: {
            widths: ['*'],
            body: [
              [
                {
                  text: [
                    { text: 'Đ', font: 'TinosVi' },
                    { text: 'i', font: 'Tinos' },
                    { text: 'ể', font: 'TinosVi' },
                    { text: 'm', font: 'Tinos' },
                  ],
                },
              ],
            ],
          },
        },
        { columns: [{ width: '*', text: 'An' }] },
      ],
    });
  });
});
