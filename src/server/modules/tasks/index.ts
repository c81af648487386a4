// Public surface of the tasks module for other modules (weekly plans, meetings, summary, seed).
// Plans and meetings validate with checkNewTask before writing, then call createTaskTx inside
// their own transaction so that the task and their own rows commit together.
export { type NewTask, checkNewTask, createTaskTx } from './tasks.create.js';
export { ISSUE_ROLES as TASK_ISSUE_ROLES } from './tasks.policy.js';
