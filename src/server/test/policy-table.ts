// A small world for the policies' table tests: a province with two communes and a cell, actors bound
// at commune A, and the coverage facts of a record in scope (in cell A1) and out of scope (in
// commune B). The policies are pure over these, so their tables need no database.
import { expect, it } from 'vitest';
import { Roles, type Role } from '../../contracts/common.js';
import type { Coverage, UnitCoverage, Verdict } from '../http/access.js';

export const P = 'province';
export const A = 'commune-a';
export const A1 = 'cell-a1';
export const B = 'commune-b';

const ANCESTORS: Record<string, string[]> = { [P]: [P], [A]: [A, P], [A1]: [A1, A, P], [B]: [B, P] };

export const unit = (id: string): UnitCoverage => ({ unitId: id, ancestors: new Set(ANCESTORS[id]) });
export const IN = unit(A1);
export const OUT = unit(B);

/** An actor holding `roles` at `at` (commune A by default), with a linked person unless told otherwise. */
export function actor(roles: Role | Role[], at = A, personId: string | null = 'me'): Coverage {
  return { personId, roles: (Array.isArray(roles) ? roles : [roles]).map((role) => ({ role, unitId: at })) };
}

export const nobody: Coverage = { personId: 'me', roles: [] };

/**
 * One row per role: an actor bound at commune A with that role, asked about a record in cell A1 (in
 * scope) and in commune B (out of scope). `allowed` are the roles the rule grants; the others get
 * `denied` (403 for an action, 404 for a read that answers like a missing record) in and out of scope.
 */
export function roleTable(verdict: (a: Coverage, u: UnitCoverage) => Verdict, allowed: readonly Role[], denied: Verdict = 'forbidden') {
  for (const role of Roles) {
    const may = allowed.includes(role);
    it(`${role}: ${may ? 'allow in scope, 404 outside' : `${denied} in and out of scope`}`, () => {
      expect(verdict(actor(role), IN)).toBe(may ? 'allow' : denied);
      expect(verdict(actor(role), OUT)).toBe(may ? 'not_found' : denied);
    });
  }
  it('an account without roles is refused like a role without the action', () => {
    expect(verdict(nobody, IN)).toBe(denied);
  });
}
