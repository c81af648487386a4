// Pure personnel-decision rules (Quy định 377-QĐ/TW, Quy định 65-QĐ/TW, Nghị định 170/2025/NĐ-CP,
// Kết luận 210-KL/TW): appointment, rotation, non-local key leaders, two consecutive terms, the votes,
// one holder per seat. No I/O; every number comes in as configuration (the regulation settings
// 'personnel.*', seeded from DEFAULT_PERSONNEL_SETTINGS). Results share planning's RuleCheck shape.
export * from './citations.js';
export * from './settings.js';
export * from './tenure-chain.js';
export * from './ratings.js';
export * from './appointment.js';
export * from './rotation.js';
export * from './locality.js';
export * from './term-limits.js';
export * from './decision-votes.js';
export * from './seats.js';
export * from './messages.js';
export * from './settings-validate.js';
