// Public surface of the people module for other modules (Excel import/export, planning, …).
// Reach people data only through these functions, so that scope rules and citizen-ID masking
// stay in one place.
export { type PeopleFilters, iteratePeople, listPeople } from './people.list.service.js';
export { type NewPerson, type PersonRefCache, insertPeople, newPersonRefCache, validatePersonRefs } from './people.service.js';
export { type PersonExportRow, type PersonListRow, presentExportRow, presentListItem } from './people.presenter.js';
export { RETIREMENT_RULE, loadRetirementSchedule } from './people.retirement.js';
