// Who may do what with tasks (matrix: tasks.read, tasks.issue, tasks.work, tasks.volunteer). Deny by
// default; a task outside the actor's reading scope is 404. Reading is transparent: every role whose
// subtree covers the task's unit (cadre included). Issuing and managing (appraise, change due date,
// cancel, edit): tasks.issue in scope, or the assigner's own account. Assignee actions belong to the account linked to the lead
// (progress reports also to supporting assignees). Nobody appraises a task they lead or support, nor
// cancels it, edits it (its weight counts in scoring) or moves its deadline (Quy định 366-QĐ/TW, Điều 12–13; Nghị định 335/2025/NĐ-CP, Điều 14: the
// appraisal and the delays feed their own evaluation): own_work.task, 403.
import { type Coverage, type UnitCoverage, covers, requireAction, rootsFor } from '../../http/access.js';
import { mayJudgeTask } from '../../../domain/judging/own-work.js';

type Actor = Coverage;

export type TaskAction = 'acknowledge' | 'start' | 'report' | 'complete' | 'appraise' | 'changeDue' | 'cancel' | 'edit' | 'milestone';

/** What the policy needs to know about a task (already known to be in the actor's read scope). */
export interface TaskFacts {
  status: 'new' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
  assignerId: string | null;
  leadId: string | null;
  supportIds: string[];
  source: string;
  /** The task's unit lies under one of the actor's tasks.issue roots. */
  managedByActor: boolean;
}

export const readRoots = (actor: Actor) => rootsFor(actor, 'tasks.read');
export const issueRoots = (actor: Actor) => rootsFor(actor, 'tasks.issue');
export const requireIssuer = (actor: Actor) => requireAction(actor, 'tasks.issue');
/** The task's unit lies under one of the actor's tasks.issue roots (pure, from the unit's coverage facts). */
export const managedBy = (actor: Actor, unit: UnitCoverage) => covers(actor, 'tasks.issue', unit);

const open = (s: TaskFacts['status']) => s !== 'done' && s !== 'cancelled';

const ORDER: TaskAction[] = ['acknowledge', 'start', 'report', 'complete', 'appraise', 'changeDue', 'cancel', 'edit', 'milestone'];

/**
 * The actions that judge the work itself (its appraisal, its deadline, whether it counts at all, and
 * its weight — `edit` changes the work units and priority that scoring counts): never taken by its lead
 * or a supporting assignee (decision 0029).
 */
const JUDGING: readonly TaskAction[] = ['appraise', 'changeDue', 'cancel', 'edit'];

/** The actor would judge their own work: a manager by role who is also an assignee of the task. */
export function ownWorkConflict(actor: Actor, t: TaskFacts, action: TaskAction): boolean {
  return JUDGING.includes(action) && !mayJudgeTask(actor.personId, t);
}

/** Whether the actor is the kind of person who may take the action (regardless of the task's state). */
export function mayAct(actor: Actor, t: TaskFacts, action: TaskAction): boolean {
  const me = actor.personId;
  const isLead = !!me && me === t.leadId;
  const isSupport = !!me && t.supportIds.includes(me);
  const manager = t.managedByActor || (!!me && me === t.assignerId);
  switch (action) {
    case 'acknowledge':
    case 'start':
    case 'complete':
      return isLead;
    case 'milestone':
      return isLead && t.source === 'volunteer';
    case 'report':
      return isLead || isSupport;
    default:
      return manager && !ownWorkConflict(actor, t, action);
  }
}

/** Whether the task's state allows the action now. */
export function stateAllows(t: TaskFacts, action: TaskAction): boolean {
  switch (action) {
    case 'acknowledge':
      return t.status === 'new';
    case 'start':
      return t.status === 'new' || t.status === 'accepted';
    case 'appraise':
      return t.status === 'done';
    default:
      return open(t.status);
  }
}

/** The actions the actor may take now, in a stable order (the web shows them as buttons). */
export function allowedActions(actor: Actor, t: TaskFacts): TaskAction[] {
  return ORDER.filter((a) => mayAct(actor, t, a) && stateAllows(t, a));
}
