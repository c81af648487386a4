// The access core over the permission matrix: pure decisions over the actor's bindings and a unit's
// ancestors (table-tested without a database), in the order that never reveals what lies outside.
import { describe, expect, it } from 'vitest';
import { A, A1, B, IN, OUT, P, actor, nobody, unit } from '../test/policy-table.js';
import { actOrReadVerdict, actVerdict, covers, coversAbove, holds, readVerdict, rootsFor } from './access.js';

describe('holds (record-independent)', () => {
  it.each([
    ['admin', 'accounts.manage', true],
    ['organising', 'accounts.manage', false],
    ['standing', 'tasks.issue', true],
    ['office', 'tasks.issue', false],
    ['inspection', 'audit.verify', true],
    ['organising', 'audit.verify', false],
    ['cadre', 'people.read_own', true],
    ['standing', 'people.read_own', false],
  ] as const)('%s → %s: %s', (role, action, expected) => {
    expect(holds(actor(role), action)).toBe(expected);
  });

  it('a self action without roles needs a linked person, whatever the roles', () => {
    expect(holds(nobody, 'tasks.volunteer')).toBe(true);
    expect(holds(actor('admin', A, null), 'tasks.volunteer')).toBe(false);
    expect(holds(actor('cadre', A, null), 'plans.write_own')).toBe(false);
  });
});

describe('scope over the unit’s ancestors', () => {
  it('a binding covers its unit and everything below it, nothing beside or above', () => {
    expect(covers(actor('organising'), 'org.write', unit(A))).toBe(true);
    expect(covers(actor('organising'), 'org.write', IN)).toBe(true);
    expect(covers(actor('organising'), 'org.write', OUT)).toBe(false);
    expect(covers(actor('organising'), 'org.write', unit(P))).toBe(false);
  });

  it('only the roles of the action count', () => {
    expect(covers(actor('office'), 'org.write', IN)).toBe(false);
    expect(covers(actor(['office', 'organising']), 'org.write', IN)).toBe(true);
  });

  it('above: strictly above the unit, never on the root of one’s own scope', () => {
    expect(coversAbove(actor('organising'), 'org.restructure', unit(A))).toBe(false);
    expect(coversAbove(actor('organising'), 'org.restructure', IN)).toBe(true);
    expect(coversAbove(actor('organising', P), 'org.restructure', unit(A))).toBe(true);
  });

  it('roots: the distinct units bound with one of the action’s roles', () => {
    const a = {
      personId: null,
      roles: [
        { role: 'admin' as const, unitId: A },
        { role: 'organising' as const, unitId: A },
        { role: 'organising' as const, unitId: B },
        { role: 'office' as const, unitId: P },
      ],
    };
    expect(rootsFor(a, 'org.write').sort()).toEqual([A, B].sort());
    expect(rootsFor(a, 'accounts.manage')).toEqual([A]);
  });
});

describe('verdicts', () => {
  it('read: allow in scope, 404 otherwise (a role that never reads answers like a missing record)', () => {
    expect(readVerdict(actor('cadre'), 'org.read', IN)).toBe('allow');
    expect(readVerdict(actor('cadre'), 'org.read', OUT)).toBe('not_found');
    expect(readVerdict(actor('cadre'), 'audit.read', IN)).toBe('not_found');
  });

  it('act: 403 for an action never the actor’s, before any scope; 404 outside', () => {
    expect(actVerdict(actor('office'), 'org.write', IN)).toBe('forbidden');
    expect(actVerdict(actor('office'), 'org.write', OUT)).toBe('forbidden');
    expect(actVerdict(actor('organising'), 'org.write', OUT)).toBe('not_found');
    expect(actVerdict(actor('organising'), 'org.write', IN)).toBe('allow');
  });

  it('act or read: 403 when the record is readable but not writable, 404 when not even readable', () => {
    const both = {
      personId: null,
      roles: [
        { role: 'inspection' as const, unitId: B },
        { role: 'organising' as const, unitId: A1 },
      ],
    };
    expect(actOrReadVerdict(both, 'conduct.write', 'conduct.read', OUT)).toBe('forbidden');
    expect(actOrReadVerdict(both, 'conduct.write', 'conduct.read', IN)).toBe('allow');
    expect(actOrReadVerdict(both, 'conduct.write', 'conduct.read', unit(A))).toBe('not_found');
  });
});
