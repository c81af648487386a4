import { describe, expect, it } from 'vitest';
import { checkSeatFree, findSeatOverlaps, type SeatTenure } from './seats.js';

const t = (id: string, startDate: string, endDate: string | null = null, personId = id): SeatTenure => ({
  id,
  personId,
  startDate,
  endDate,
});

describe('findSeatOverlaps (one seat, one holder per day)', () => {
  it.each<[string, SeatTenure[], number, Array<[string, string | null, string[]]>]>([
    ['the old ends the day before the new starts', [t('a', '2020-01-01', '2026-06-30'), t('b', '2026-07-01')], 1, []],
    [
      'the old ends the day the new starts: one day with two holders',
      [t('a', '2020-01-01', '2026-07-01'), t('b', '2026-07-01')],
      1,
      [['2026-07-01', '2026-07-01', ['a', 'b']]],
    ],
    ['two open tenures', [t('a', '2020-01-01'), t('b', '2026-07-01')], 1, [['2026-07-01', null, ['a', 'b']]]],
    [
      'a tenure inside another',
      [t('a', '2020-01-01', '2025-12-31'), t('b', '2022-03-01', '2022-05-31')],
      1,
      [['2022-03-01', '2022-05-31', ['a', 'b']]],
    ],
    [
      'three at once on a one-seat post',
      [t('a', '2020-01-01', '2020-12-31'), t('b', '2020-06-01', '2020-12-31'), t('c', '2020-09-01', '2020-09-30')],
      1,
      [
        ['2020-06-01', '2020-08-31', ['a', 'b']],
        ['2020-09-01', '2020-09-30', ['a', 'b', 'c']],
        ['2020-10-01', '2020-12-31', ['a', 'b']],
      ],
    ],
    ['two seats: two holders is fine', [t('a', '2020-01-01'), t('b', '2021-01-01')], 2, []],
    [
      'two seats: a third is not',
      [t('a', '2020-01-01'), t('b', '2021-01-01'), t('c', '2022-01-01', '2022-12-31')],
      2,
      [['2022-01-01', '2022-12-31', ['a', 'b', 'c']]],
    ],
    [
      'the same person twice (duplicate record) also counts',
      [t('a', '2020-01-01', null, 'p'), t('b', '2020-01-01', '2020-01-31', 'p')],
      1,
      [['2020-01-01', '2020-01-31', ['a', 'b']]],
    ],
    ['nothing', [], 1, []],
  ])('%s', (_n, tenures, seats, want) => {
    expect(findSeatOverlaps(tenures, seats).map((o) => [o.from, o.to, o.tenures])).toEqual(want);
  });
  it('bad input is an error', () => {
    expect(() => findSeatOverlaps([t('a', '2020-02-01', '2020-01-31')])).toThrow(RangeError);
    expect(() => findSeatOverlaps([], 0)).toThrow(RangeError);
  });
});

describe('checkSeatFree (a proposed move)', () => {
  const holder = t('old', '2021-01-01');
  it.each<[string, SeatTenure[], SeatTenure, 'pass' | 'fail', Record<string, unknown>]>([
    [
      'the post is held and stays held: refused',
      [holder],
      t('new', '2026-07-01'),
      'fail',
      { from: '2026-07-01', to: null, tenures: ['old'] },
    ],
    ['the linked move ends the holder the day before', [{ ...holder, endDate: '2026-06-30' }], t('new', '2026-07-01'), 'pass', {}],
    [
      'ending the holder on the same day: refused for that day',
      [{ ...holder, endDate: '2026-07-01' }],
      t('new', '2026-07-01'),
      'fail',
      { from: '2026-07-01', to: '2026-07-01' },
    ],
    ['a vacant post', [t('x', '2015-01-01', '2020-12-31')], t('new', '2026-07-01'), 'pass', {}],
    ['editing a tenure does not clash with itself', [t('new', '2026-07-01')], t('new', '2026-08-01'), 'pass', {}],
  ])('%s', (_n, existing, proposed, outcome, params) => {
    expect(checkSeatFree(existing, proposed)).toMatchObject({ outcome, params });
  });
});
