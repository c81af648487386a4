// Pure evaluation rules (Quy định 366-QĐ/TW, Nghị định 335/2025/NĐ-CP): scoring, classification with
// gates and triggers, quota, exclusions, periods, commendation. No I/O; every number comes in as
// configuration (the regulation settings 'evaluation.*').
export * from './config.js';
export * from './rules.js';
export * from './score.js';
export * from './classification.js';
export * from './quota.js';
export * from './exclusions.js';
export * from './periods.js';
export * from './commendation.js';
export { pctOf } from './ratio.js';
