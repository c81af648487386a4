// Public surface of the people-excel module: the importer (routes and benchmarks share it) and
// sheet writers for tests and data generators.
export { importPeopleFromBuffer } from './people-excel.service.js';
export { buildTemplateRows, writePeopleWorkbook } from './people-excel.workbooks.js';
