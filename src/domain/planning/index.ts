// Pure planning rules (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): the post ladder, caps, age at the
// term's reference month, standards, structure, the yearly review, the cadence and the ballots. No I/O;
// every number comes in as configuration (the regulation settings 'planning.*', seeded from
// DEFAULT_PLANNING_SETTINGS and DEFAULT_POST_LADDER).
export * from './rule-check.js';
export * from './citations.js';
export * from './settings.js';
export * from './ladder.js';
export * from './ladder-defaults.js';
export * from './caps.js';
export * from './age.js';
export * from './standards.js';
export * from './structure.js';
export * from './review.js';
export * from './cadence.js';
export * from './votes.js';
export * from './ballots.js';
export * from './candidate.js';
export * from './overview.js';
export { firstDayOfMonth, isCivilMonth, monthOf, monthsThrough } from './months.js';
export * from './messages.js';
export * from './format.js';
export * from './settings-validate.js';
