// tasks.policy as a table: the actions open on a task per role (whether it manages the task's unit)
// × the actor's part in it (lead, support, assigner, none) × the task's state. Nobody appraises,
// reschedules, cancels or edits a task they lead or support (own_work.task).
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { IN, OUT, actor } from '../../test/policy-table.js';
import { type TaskFacts, allowedActions, managedBy } from './tasks.policy.js';

const task = (over: Partial<TaskFacts> = {}): TaskFacts => ({
  status: 'in_progress',
  assignerId: 'boss',
  leadId: 'lead',
  supportIds: ['helper'],
  source: 'slip',
  managedByActor: false,
  ...over,
});
const MANAGE = ['changeDue', 'cancel', 'edit'];

describe('tasks: who manages a unit’s tasks', () => {
  it.each(Roles)('%s', (role) => {
    const issuer = role === 'standing' || role === 'admin';
    expect(managedBy(actor(role), IN)).toBe(issuer);
    expect(managedBy(actor(role), OUT)).toBe(false);
  });
});

describe('tasks: actions by the actor’s part in the task', () => {
  it.each(Roles)('%s managing the unit, no part in the task: manages it, does not work on it', (role) => {
    const a = actor(role, undefined, 'someone');
    expect(allowedActions(a, task({ managedByActor: true }))).toEqual(MANAGE);
    expect(allowedActions(a, task({ managedByActor: true, status: 'done' }))).toEqual(['appraise']);
    expect(allowedActions(a, task({ managedByActor: false }))).toEqual([]);
  });

  it('the assigner manages it without a managing role', () => {
    expect(allowedActions(actor('cadre', undefined, 'boss'), task())).toEqual(MANAGE);
  });

  it('the lead works on it; managing it too, they still never judge it (own work)', () => {
    expect(allowedActions(actor('cadre', undefined, 'lead'), task({ status: 'new' }))).toEqual([
      'acknowledge',
      'start',
      'report',
      'complete',
    ]);
    expect(allowedActions(actor('standing', undefined, 'lead'), task({ managedByActor: true }))).toEqual(['report', 'complete']);
    expect(allowedActions(actor('standing', undefined, 'lead'), task({ managedByActor: true, status: 'done' }))).toEqual([]);
  });

  it('a supporting assignee reports progress only; managing it, they never judge it either', () => {
    expect(allowedActions(actor('cadre', undefined, 'helper'), task())).toEqual(['report']);
    expect(allowedActions(actor('admin', undefined, 'helper'), task({ managedByActor: true }))).toEqual(['report']);
  });

  it('milestones only on a volunteered task, by its lead', () => {
    expect(allowedActions(actor('cadre', undefined, 'lead'), task({ source: 'volunteer' }))).toContain('milestone');
    expect(allowedActions(actor('cadre', undefined, 'helper'), task({ source: 'volunteer' }))).not.toContain('milestone');
  });

  it('nothing on a cancelled task', () => {
    expect(allowedActions(actor('standing', undefined, 'lead'), task({ managedByActor: true, status: 'cancelled' }))).toEqual([]);
  });
});
