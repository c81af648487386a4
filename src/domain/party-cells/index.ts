// Party cells (DOMAIN.md §5): the rules as pure functions over configured settings (decision 0024).
export { addWorkingDays, workingDaysBetween } from './calendar.js';
export { type AttendanceMark, type DuesMark, cellCadence, charterFlag, meetingFlags } from './flags.js';
export { CELL_RULE_MESSAGES } from './messages.js';
export { admissionAge, partyAgeYears, probationComplete, probationEnd, transferDeadlines } from './membership.js';
export { excusedStreaks, meetingQuality } from './quality.js';
export {
  CELL_RULES,
  CELL_SETTING_KEYS,
  type CellRule,
  type CellSettings,
  DEFAULT_CELL_SETTINGS,
  cellSettingsFromRows,
} from './settings.js';
export { CANDIDATE_STAGES, admittedBy, currentStage, sameDayLastYear, splitCheck, stageProblem } from './recruitment.js';
export { type StandingKind, expectedAt, standingOn, standingPeriods } from './standing.js';
