// The import template: a "Danh sách" sheet with the headers, dropdowns for the enumerations
// and text-formatted cells (so Excel does not turn 15/05/1980 into a locale-dependent date or
// drop a CCCD's leading zeros), and an instructions sheet listing every column.
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../contracts/people-excel.js';
import { isMessageKey, type Locale, t } from '../../i18n.js';
import { COLUMNS, type ColumnDef } from './people-excel.columns.js';
import { HEADER_FILL } from './people-excel.workbooks.js';

export const DATA_SHEET = 'Danh sách';

interface RangeValidations {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
}

function note(locale: Locale, c: ColumnDef): string {
  const key = `xlsx.note.${c.key}`;
  const base = isMessageKey(key) ? t(locale, key) : '';
  const values = c.values ? c.values.map((v) => v.label).join(', ') : '';
  return base || values;
}

export async function buildTemplate(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CanBo';
  const columns = COLUMNS.filter((c) => c.inTemplate);
  const lastRow = MAX_IMPORT_ROWS + 1;

  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.required ? `${c.header} *` : c.header,
    key: c.key,
    width: c.width,
    style: { numFmt: '@' },
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
    const text = note(locale, c);
    if (text) cell.note = text;
    if (c.values) {
      const letter = ws.getColumn(i + 1).letter;
      // Range validations exist in exceljs 4 but are missing from its type declarations.
      (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.values.map((v) => v.label).join(',')}"`],
        showErrorMessage: true,
        errorTitle: c.header,
        error: t(locale, 'v.xlsx_allowed', { values: c.values.map((v) => v.label).join(', ') }),
      });
    }
  });

  const help = wb.addWorksheet(t(locale, 'xlsx.sheet.help'));
  help.columns = [{ width: 22 }, { width: 10 }, { width: 22 }, { width: 80 }];
  help.addRow([t(locale, 'xlsx.help.title')]).font = { bold: true, size: 13 };
  const intro = help.addRow([t(locale, 'xlsx.help.intro')]);
  help.mergeCells(intro.number, 1, intro.number, 4);
  intro.height = 60;
  intro.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  help.addRow([]);
  const th = help.addRow([
    t(locale, 'xlsx.help.column'),
    t(locale, 'xlsx.help.required'),
    t(locale, 'xlsx.help.format'),
    t(locale, 'xlsx.help.values'),
  ]);
  th.font = { bold: true };
  th.eachCell((c) => (c.fill = HEADER_FILL));
  for (const c of COLUMNS) {
    const row = help.addRow([
      c.header,
      t(locale, c.required ? 'xlsx.help.yes' : 'xlsx.help.no'),
      t(locale, `xlsx.format.${c.format}`),
      note(locale, c),
    ]);
    row.getCell(4).alignment = { wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
