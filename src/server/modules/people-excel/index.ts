// Public surface of the people-excel module: the importer (routes and benchmarks share it), sheet
// writers for tests and data generators, and the pieces the training import shares (the zip check, the
// plain cell value, the error workbook).
export { importPeopleFromBuffer } from './people-excel.service.js';
export { buildTemplateRows, writePeopleWorkbook, writeErrorWorkbook } from './people-excel.workbooks.js';
export { looksLikeXlsx, plainCell } from './people-excel.sheet.js';
