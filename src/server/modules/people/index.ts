// Public surface of the people module for other modules (Excel import/export, planning, …).
// Reach people data only through these functions, so that scope rules and citizen-ID masking
// stay in one place.
export { iteratePeople } from './people.list.service.js';
export { insertPeople, newPersonRefCache, validatePersonRefs } from './people.service.js';
export type { PersonExportRow } from './people.presenter.js';
export { loadRetirementSchedule } from './people.retirement.js';
