// Builds the organisation tree of a province and its communes (units, parent links, posts) and
// staffs it (people and tenures), the same way for the demo data and the benchmark generator.
// Also the pre-2025 units (old provinces, districts, communes) the demo keeps as history.
// Split by section; this file is the seed's one import for all of them.
export * from './units-common.js';
export * from './units-commune.js';
export * from './units-commune-staff.js';
export * from './units-province.js';
export * from './units-legacy.js';
