import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_LADDER as L } from '../planning/ladder-defaults.js';
import { type TenureRecord, timeInPost } from './tenure-chain.js';

const t = (id: string, postId: string, postCode: string | null, startDate: string, endDate: string | null = null): TenureRecord => ({
  id,
  postId,
  postCode,
  startDate,
  endDate,
});

describe('timeInPost (Quy định 377-QĐ/TW: ≥ 12 months, counted across a transfer at equal rank)', () => {
  it.each<[string, TenureRecord[], string, number, { months: number; since: string; chain: string[] }]>([
    [
      'one tenure, 12 months',
      [t('a', 'P1', 'commune.pc.chair', '2025-07-01')],
      '2026-07-01',
      0,
      { months: 12, since: '2025-07-01', chain: ['a'] },
    ],
    [
      'one tenure, a day short of 12 months',
      [t('a', 'P1', 'commune.pc.chair', '2025-07-01')],
      '2026-06-30',
      0,
      { months: 11, since: '2025-07-01', chain: ['a'] },
    ],
    [
      'transfer to an equivalent post in another commune, adjacent',
      [t('old', 'P9', 'commune.party.deputy_secretary', '2024-01-01', '2025-12-31'), t('new', 'P1', 'commune.pc.chair', '2026-01-01')],
      '2026-07-01',
      0,
      { months: 30, since: '2024-01-01', chain: ['new', 'old'] },
    ],
    [
      'transfer across unit kinds through the group (commune secretary → province director)',
      [t('old', 'P9', 'commune.party.secretary', '2023-07-01', '2026-02-28'), t('new', 'P2', 'province.department.director', '2026-03-01')],
      '2026-09-01',
      0,
      { months: 38, since: '2023-07-01', chain: ['new', 'old'] },
    ],
    [
      'previous post lower (a promotion): not counted',
      [t('old', 'P9', 'commune.pc.vice_chair', '2022-01-01', '2025-12-31'), t('new', 'P1', 'commune.pc.chair', '2026-01-01')],
      '2026-07-01',
      0,
      { months: 6, since: '2026-01-01', chain: ['new'] },
    ],
    [
      'previous post higher (stepped down): not counted',
      [t('old', 'P9', 'commune.party.secretary', '2022-01-01', '2025-12-31'), t('new', 'P1', 'commune.pc.chair', '2026-01-01')],
      '2026-07-01',
      0,
      { months: 6, since: '2026-01-01', chain: ['new'] },
    ],
    [
      'a one-day gap breaks the chain by default',
      [t('old', 'P9', 'commune.party.deputy_secretary', '2024-01-01', '2025-12-30'), t('new', 'P1', 'commune.pc.chair', '2026-01-01')],
      '2026-07-01',
      0,
      { months: 6, since: '2026-01-01', chain: ['new'] },
    ],
    [
      '… and is bridged with a 15-day tolerance',
      [t('old', 'P9', 'commune.party.deputy_secretary', '2024-01-01', '2025-12-30'), t('new', 'P1', 'commune.pc.chair', '2026-01-01')],
      '2026-07-01',
      15,
      { months: 30, since: '2024-01-01', chain: ['new', 'old'] },
    ],
    [
      'three equivalent posts in a row',
      [
        t('x', 'P8', 'commune.pc.chair', '2020-01-01', '2022-06-30'),
        t('y', 'P9', 'commune.party.deputy_secretary', '2022-07-01', '2025-06-30'),
        t('z', 'P1', 'commune.pc.chair', '2025-07-01'),
      ],
      '2026-01-01',
      0,
      { months: 72, since: '2020-01-01', chain: ['z', 'y', 'x'] },
    ],
    [
      'an equivalent tenure before a lower one does not count',
      [
        t('x', 'P8', 'commune.pc.chair', '2020-01-01', '2022-06-30'),
        t('y', 'P9', 'commune.pc.vice_chair', '2022-07-01', '2025-06-30'),
        t('z', 'P1', 'commune.pc.chair', '2025-07-01'),
      ],
      '2026-01-01',
      0,
      { months: 6, since: '2025-07-01', chain: ['z'] },
    ],
    [
      're-appointed to the same post (same post id, off the ladder)',
      [t('a', 'P5', null, '2021-01-01', '2025-12-31'), t('b', 'P5', null, '2026-01-01')],
      '2026-03-01',
      0,
      { months: 62, since: '2021-01-01', chain: ['b', 'a'] },
    ],
    [
      'off-ladder posts are never equivalent to each other',
      [t('a', 'P4', null, '2021-01-01', '2025-12-31'), t('b', 'P5', null, '2026-01-01')],
      '2026-03-01',
      0,
      { months: 2, since: '2026-01-01', chain: ['b'] },
    ],
    [
      'an overlapping concurrent equivalent post counts from its start',
      [t('a', 'P9', 'commune.party.deputy_secretary', '2024-03-01', '2026-02-01'), t('b', 'P1', 'commune.pc.chair', '2025-01-01')],
      '2026-03-01',
      0,
      { months: 24, since: '2024-03-01', chain: ['b', 'a'] },
    ],
  ])('%s', (_n, tenures, on, gap, want) => {
    const current = tenures[tenures.length - 1].id;
    expect(timeInPost(L, tenures, current, on, gap)).toEqual(want);
  });

  it('an unknown tenure or a negative gap is an error', () => {
    expect(() => timeInPost(L, [], 'x', '2026-01-01', 0)).toThrow(RangeError);
    expect(() => timeInPost(L, [t('a', 'P1', null, '2025-01-01')], 'a', '2026-01-01', -1)).toThrow(RangeError);
  });
});
