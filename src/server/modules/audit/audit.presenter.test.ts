import { describe, expect, it } from 'vitest';
import { diffTopLevel, maskCitizenIds, presentEvent } from './audit.presenter.js';

const row = {
  seq: '7',
  occurred_at: new Date('2026-03-01T01:02:03Z'),
  actor_id: null,
  actor_name: 'system',
  action: 'person.update',
  entity_type: 'person',
  entity_id: 'p1',
  person_id: null,
  unit_id: 'u1',
  request_id: null,
  ip: null,
  before: { citizenId: '001080000111', name: 'A', nested: { citizen_id: '001080000333' } },
  after: { citizenId: '001080000222', name: 'A', nested: { citizen_id: '001080000333' } },
};

describe('audit presenter', () => {
  it('diffs top-level keys, including added and removed ones', () => {
    expect(diffTopLevel({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], d: true })).toEqual([
      { field: 'b', before: [1, 2], after: [1, 3] },
      { field: 'c', before: 'x', after: null },
      { field: 'd', before: null, after: true },
    ]);
    expect(diffTopLevel(null, { a: 1 })).toEqual([]);
    expect(diffTopLevel({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
  });

  it('masks citizen IDs at any depth for readers without the right', () => {
    expect(maskCitizenIds([{ citizen_id: '001080000333', other: '001080000333' }])).toEqual([
      { citizen_id: '••••••••333', other: '001080000333' },
    ]);
    const masked = presentEvent(row, { unitNames: new Map([['u1', 'Xã An']]), seesCitizenIds: false });
    expect(masked).toMatchObject({
      seq: 7,
      occurredAt: '2026-03-01T01:02:03.000Z',
      unitName: 'Xã An',
      before: { citizenId: '••••••••111', nested: { citizen_id: '••••••••333' } },
      after: { citizenId: '••••••••222' },
      changes: [{ field: 'citizenId', before: '••••••••111', after: '••••••••222' }],
    });
    expect(JSON.stringify(masked)).not.toContain('001080000');
  });

  it('shows citizen IDs in full to readers with the right', () => {
    const full = presentEvent(row, { unitNames: new Map(), seesCitizenIds: true });
    expect(full.changes).toEqual([{ field: 'citizenId', before: '001080000111', after: '001080000222' }]);
    expect(full.unitName).toBeNull();
  });
});
