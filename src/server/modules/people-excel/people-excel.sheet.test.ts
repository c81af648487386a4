import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellDate } from './people-excel.rows.js';
import { ImportFileError, readPeopleSheet } from './people-excel.sheet.js';
import { writeToBuffer } from './people-excel.workbooks.js';

// Text made only of 2- and 3-byte UTF-8 letters, so that every zip-chunk boundary inside it
// would cut a letter.
const dense = (i: number) => `Nguyễn Ữững Đặng ${i} ${'ỮẰỐ'.repeat(40)}`;

describe('reading sheets', () => {
  it('keeps Vietnamese text intact across stream chunks (inline strings)', async () => {
    const buf = await writeToBuffer((wb) => {
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['Họ', 'Tên']).commit();
      for (let i = 0; i < 3000; i++) ws.addRow([dense(i), 'Ưng']).commit();
      ws.commit();
    });
    const sheet = await readPeopleSheet(buf);
    expect(sheet.rows).toHaveLength(3000);
    const damaged = sheet.rows.filter((r, i) => r.cells[1] !== dense(i) || r.cells[2] !== 'Ưng');
    expect(damaged).toEqual([]);
  });

  it('keeps Vietnamese text intact across stream chunks (shared strings)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ', 'Tên']);
    for (let i = 0; i < 3000; i++) ws.addRow([dense(i), 'Ưng']);
    const sheet = await readPeopleSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.rows.filter((r, i) => r.cells[1] !== dense(i))).toEqual([]);
  });

  it('finds the header row below a title, skips the instructions sheet and empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hướng dẫn').addRow(['Họ', 'Tên', 'Ghi chú']);
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH']);
    ws.addRow([]);
    ws.addRow(['STT', 'Họ', 'Tên']);
    ws.addRow([1, 'Lê', { richText: [{ text: 'H' }, { text: 'à' }] }]);
    ws.addRow([2, null, null]);
    ws.addRow([3, { formula: '"Trần"', result: 'Trần' }, 'Bình']);
    const sheet = await readPeopleSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows.map((r) => [r.row, r.cells[2], r.cells[3]])).toEqual([
      [4, 'Lê', 'Hà'],
      [6, 'Trần', 'Bình'],
    ]);
  });

  it('refuses what is not a workbook', async () => {
    await expect(readPeopleSheet(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('date cells', () => {
  it.each([
    ['15/05/1980', '1980-05-15'],
    ['5/5/1980', '1980-05-05'],
    ['1980-05-15', '1980-05-15'],
    ['31/02/1980', 'bad'],
    ['15/05/80', 'bad'],
    [new Date(Date.UTC(1980, 4, 15)), '1980-05-15'],
    [29356, '1980-05-15'], // Excel serial
    [null, null],
  ] as const)('%s → %s', (cell, expected) => {
    expect(cellDate(cell as never)).toBe(expected);
  });
});
