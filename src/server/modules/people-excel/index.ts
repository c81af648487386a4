// Public surface of the people-excel module: the importer (routes and benchmarks share it) and
// sheet writers for tests and data generators.
export { type ImportContext, type ImportOutcome, type ImportProgress, importPeopleFromBuffer } from './people-excel.service.js';
export { type PeopleSheetRow, buildTemplateRows, writePeopleWorkbook } from './people-excel.workbooks.js';
export { peopleExcelRoutes } from './people-excel.routes.js';
