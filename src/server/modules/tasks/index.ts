// Public surface of the tasks module for other modules (weekly plans, meetings, summary, seed).
// Plans and meetings validate with checkNewTask before writing, then call createTaskTx inside
// their own transaction so that the task and their own rows commit together.
export { type NewTask, checkNewTask, createTaskTx } from './tasks.create.js';
// Leaders' action plans: an approved plan's entries become volunteered tasks with their milestones.
export { insertMilestones, milestonesOfTasks } from './tasks.detail.queries.js';
