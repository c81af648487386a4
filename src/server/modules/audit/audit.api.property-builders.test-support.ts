// Hand-made valid payloads for the endpoints whose rules a schema cannot say (one of two fields,
// dates in order, people of the unit, a strong password): random where the rules allow, with text
// in NFD and ids in either spelling. Every other endpoint gets a body from its OpenAPI schema.
import fc from 'fast-check';
import { eitherCase, nfdText } from '../../test/openapi-arbitrary.js';
import { DEFAULT_FAMILIES } from '../criteria/index.js';
import type { Commune } from '../evaluation/evaluation.test-support.js';

type Day = (n: number) => string;
export type Builder = (c: Commune, day: Day) => fc.Arbitrary<unknown>;

const text = (max = 40) => nfdText(1, max);
const id = (x: string) => eitherCase(x);
const mondayOf = (d: string) => {
  const dt = new Date(`${d}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() - ((dt.getUTCDay() + 6) % 7));
  return dt.toISOString().slice(0, 10);
};
const staff = (c: Commune) => [c.people.cadre, ...c.people.peers, c.people.leader];

export const BUILDERS: Record<string, Builder> = {
  'POST /api/tasks': (c, day) =>
    fc.record({
      unitId: id(c.tree.committeeA),
      title: text(),
      description: text(),
      leadId: fc.constantFrom(...staff(c)).chain(id),
      startDate: fc.integer({ min: -10, max: 0 }).map(day),
      dueDate: fc.integer({ min: 1, max: 30 }).map(day),
      workUnits: fc.integer({ min: 1, max: 8 }),
      priority: fc.constantFrom('low', 'normal', 'high', 'urgent'),
    }),
  'POST /api/meetings': (c, day) =>
    fc.record({
      unitId: id(c.tree.communeA),
      title: text(),
      scheduledAt: fc.integer({ min: 1, max: 20 }).map((n) => `${day(n)}T08:00:00+07:00`),
      location: text(),
      chairIds: fc
        .constantFrom(...staff(c))
        .chain(id)
        .map((x) => [x]),
      attendeeIds: fc.subarray(c.people.peers, { maxLength: 3 }).chain((xs) => fc.tuple(...xs.map(id))),
    }),
  'POST /api/people': (c) =>
    fc.record({
      unitId: id(c.tree.committeeA),
      familyName: fc.constantFrom('Nguyễn', 'Trần', 'Đặng').map((s) => s.normalize('NFD')),
      middleName: fc.constantFrom('Văn', 'Thị', 'Hữu').map((s) => s.normalize('NFD')),
      givenName: fc.constantFrom('Ánh', 'Đức', 'Hằng').map((s) => s.normalize('NFD')),
      gender: fc.constantFrom('male', 'female'),
      dateOfBirth: fc.integer({ min: 1970, max: 1998 }).map((y) => `${y}-05-17`),
      kind: fc.constant('cadre'),
    }),
  'POST /api/evaluation/periods': (c) =>
    fc.record({
      unitId: id(c.tree.communeA),
      kind: fc.constant('quarter'),
      year: fc.constant(2026),
      number: fc.constantFrom(2, 3),
      pastDeadlinesConfirmed: fc.constant(true),
    }),
  'POST /api/plans': (c, day) =>
    fc.constant(mondayOf(day(7))).chain((week) =>
      fc.record({
        week: fc.constant(week),
        unitId: id(c.tree.committeeA),
        items: fc.array(
          fc.record({
            title: text(),
            description: text(),
            workUnits: fc.integer({ min: 1, max: 3 }),
            startDate: fc.constant(week),
            dueDate: fc.constant(week),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    ),
  'POST /api/responsibilities': (c, day) =>
    fc.record({
      personId: fc.constantFrom(...staff(c)).chain(id),
      unitId: id(c.tree.committeeA),
      areaUnitId: id(c.tree.cellA),
      note: text(),
      validFrom: fc.integer({ min: -30, max: 0 }).map(day),
    }),
  'POST /api/accounts': (c) =>
    fc.record({
      username: fc.integer({ min: 0, max: 1e9 }).map((n) => `tk.${n}`),
      displayName: text(),
      password: fc.constant('Mat-khau-Thu-2026!'),
      roles: fc.constantFrom('cadre', 'office').chain((role) => id(c.tree.cellA).map((unitId) => [{ role, unitId }])),
    }),
  'POST /api/org/units': (c, day) =>
    fc.record({
      kind: fc.constant('party_cell'),
      name: text(),
      parentId: id(c.partyA),
      validFrom: fc.integer({ min: -30, max: 0 }).map(day),
    }),
  'POST /api/people/{id}/confidence-votes': (_c, day) =>
    fc.record({
      votedOn: fc.integer({ min: -30, max: 0 }).map(day),
      totalVotes: fc.constant(20),
      highVotes: fc.integer({ min: 0, max: 10 }),
      lowVotes: fc.integer({ min: 0, max: 10 }),
      note: text(),
    }),
  'POST /api/tasks/{id}/progress': () => fc.record({ progress: fc.integer({ min: 0, max: 100 }), note: text() }),
  'POST /api/tasks/{id}/complete': (_c, day) =>
    fc.record({ version: fc.constant(1), completedOn: fc.integer({ min: -3, max: 0 }).map(day), note: text() }),
  'POST /api/tasks/{id}/due-date': (_c, day) =>
    fc.record({ version: fc.constant(1), dueDate: fc.integer({ min: 31, max: 60 }).map(day), reason: text() }),
  'POST /api/tasks/volunteer': (c, day) =>
    fc.record({
      unitId: id(c.tree.committeeA),
      title: text(),
      startDate: fc.constant(day(0)),
      dueDate: fc.constant(day(20)),
      workUnits: fc.constant(1),
      milestones: fc.constant([{ title: 'Mốc một'.normalize('NFD'), dueDate: day(10) }]),
    }),
  'POST /api/criteria-assignments': (c, day) =>
    fc.record({
      family: id(DEFAULT_FAMILIES.PL4),
      cadreGroups: fc.constant(['staff']),
      unitId: id(c.tree.communeA),
      effectiveFrom: fc.constant(day(1)),
    }),
};
