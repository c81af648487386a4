import { describe, expect, it } from 'vitest';
import { a4PageSetup, excelDate, linesFor, rowHeight } from './print.js';

describe('linesFor: the lines a wrapped text takes in a column', () => {
  it.each([
    ['', 20, {}, 1],
    ['Hoàn thành tốt nhiệm vụ', 30, {}, 1],
    ['Hoàn thành xuất sắc nhiệm vụ', 20, {}, 2],
    ['Hoàn thành xuất sắc nhiệm vụ', 12, {}, 3],
    ['Hoàn thành xuất sắc nhiệm vụ', 12, { bold: true, size: 14 }, 4],
    ['một\nhai\nba', 40, {}, 3],
    ['x'.repeat(100), 21, {}, 5],
  ])('%j in %i → %i', (text, width, o, lines) => expect(linesFor(text, width, o)).toBe(lines));

  it('grows rows with their lines', () => {
    expect(rowHeight(1)).toBeLessThan(rowHeight(2));
    expect(rowHeight(3, 10)).toBe(3 * 12 + 3);
  });
});

describe('a4PageSetup and excelDate', () => {
  it('A4 fitted to the width, the title rows repeated, page numbers in the reader’s language', () => {
    expect(a4PageSetup('vi', { landscape: true, titleRows: [7, 7] })).toMatchObject({
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '7:7' },
      headerFooter: { oddFooter: '&CTrang &P/&N' },
    });
    expect(a4PageSetup('en', { landscape: false, pagesWide: 2, titleColumns: ['A', 'D'] }).pageSetup).toMatchObject({
      orientation: 'portrait',
      fitToWidth: 2,
      printTitlesColumn: 'A:D',
    });
  });

  it('a civil date is midnight UTC of that day', () => {
    expect(excelDate('2026-10-16').toISOString()).toBe('2026-10-16T00:00:00.000Z');
  });
});
