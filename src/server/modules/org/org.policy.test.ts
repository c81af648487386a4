// org.policy as a table: who edits and who restructures a unit, every role × in scope / out of
// scope / the root of one's own scope (nobody dissolves or moves the root of their own scope).
import { describe, expect, it } from 'vitest';
import { Roles } from '../../../contracts/common.js';
import { A, IN, OUT, actor, roleTable, unit } from '../../test/policy-table.js';
import { actionsOnUnit, restructureVerdict } from './org.policy.js';

const WRITERS = ['admin', 'organising'];

describe('org: restructure below one’s root', () => {
  roleTable(restructureVerdict, ['admin', 'organising']);

  it.each(WRITERS)('%s at the root of their own scope: 403', (role) => {
    expect(restructureVerdict(actor(role as 'admin'), unit(A))).toBe('forbidden');
  });
});

describe('org: the actions sent with a unit', () => {
  it.each(Roles)('%s', (role) => {
    const writer = WRITERS.includes(role);
    const below = actionsOnUnit(actor(role), IN, true);
    expect(below).toEqual({ edit: writer, close: writer, move: writer, merge: writer, split: writer, addPost: writer });
    const root = actionsOnUnit(actor(role), unit(A), true);
    expect(root).toEqual({ edit: writer, close: false, move: false, merge: false, split: false, addPost: writer });
    const closed = actionsOnUnit(actor(role), IN, false);
    expect(closed).toEqual({ edit: writer, close: false, move: false, merge: false, split: false, addPost: false });
    expect(Object.values(actionsOnUnit(actor(role), OUT, true)).some(Boolean)).toBe(false);
  });
});
