// Public surface of the conduct module: the recorded inputs of the KHT triggers and the HTXS gate
// (discipline, confidence votes, degradation conclusions, shortcomings, member statuses), and the
// hook other modules use to act on a recorded discipline (planning removes the candidate at once).
export { type TriggerInputs, type UnitTriggerInputs, triggerInputs, unitTriggerInputs } from './conduct.triggers.js';
export { type DisciplineRecorded, onDisciplineRecorded } from './conduct.events.js';
