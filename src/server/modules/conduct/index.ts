// Public surface of the conduct module: the recorded inputs of the KHT triggers and the HTXS gate
// (discipline, confidence votes, degradation conclusions, shortcomings, member statuses).
export {
  type TriggerInputs,
  type UnitTriggerInputs,
  emptyTriggerInputs,
  emptyUnitTriggerInputs,
  triggerInputs,
  unitTriggerInputs,
} from './conduct.triggers.js';
export { type DisciplineRecorded, onDisciplineRecorded } from './conduct.events.js';
