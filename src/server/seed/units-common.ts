// Shared by the unit builders: the reform date and terms, unit names, post schedules and tenures.
// (Part of units-factory.ts, which re-exports it: the seed imports from there.)
import type { PostRow, SeedBatch, TenureRow } from './batch.js';
import { addDays } from '../../domain/dates.js';
import { randomDate } from './days.js';
import type { Random } from './random.js';

/** The two-tier local government starts here (Luật 72/2025/QH15, NQ 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
/** Start of the history kept for pre-2025 units. */
export const HISTORY_FROM = '2020-01-01';

export const TERM = {
  partyOld: 'party-2020-2025',
  partyNew: 'party-2025-2030',
  stateOld: 'state-2021-2026',
  stateNew: 'state-2026-2031',
} as const;

export type CadreGroup = 'leader_province' | 'leader_commune' | 'staff' | 'party_member_outside';

// ---------------------------------------------------------------------------------------------
// Names

const PREFIXES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

/** 'Xã Khoái Châu' → { word: 'xã', bare: 'Khoái Châu' }; 'Thành phố Hưng Yên' → { word: 'thành phố', ... }. */
export function splitAdminName(name: string): { word: string; bare: string } {
  for (const p of PREFIXES) {
    if (name.startsWith(p + ' ')) return { word: p.toLowerCase(), bare: name.slice(p.length + 1) };
  }
  return { word: '', bare: name };
}

/** org_unit.kind of a commune-level unit from its admin type. */
export function communeKind(type: string): 'commune' | 'ward' | 'special_zone' {
  if (type === 'phường') return 'ward';
  if (type === 'đặc khu') return 'special_zone';
  return 'commune'; // xã, thị trấn
}

// ---------------------------------------------------------------------------------------------
// Schedules and tenures

/** Dates of one locality's 2025–2026 cycle. */
export interface Schedule {
  /** New units start (2025-07-01). */
  from: string;
  /** Party congress 2025–2030: elected Party posts start here. */
  congress: string;
  /** First session of the People's Council 2026–2031: elected state posts start here. */
  session: string;
}

export function drawSchedule(rng: Random, level: 'commune' | 'province'): Schedule {
  return level === 'commune'
    ? { from: REFORM_DATE, congress: randomDate(rng, '2025-08-04', '2025-09-20'), session: randomDate(rng, '2026-03-23', '2026-04-10') }
    : { from: REFORM_DATE, congress: randomDate(rng, '2025-10-06', '2025-10-20'), session: randomDate(rng, '2026-03-25', '2026-04-08') };
}

type How = TenureRow['how'];

/** A Party post over the 2025 cycle: appointed until the congress, elected from it. Returns the first tenure. */
export function holdPartyPost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: 'regular' | 'concurrent' = 'regular',
  decisionRef: string | null = null,
): TenureRow {
  const first = batch.tenure(
    personId,
    post,
    s.from,
    addDays(s.congress, -1),
    how === 'concurrent' ? 'concurrent' : 'appointed',
    TERM.partyOld,
    decisionRef,
  );
  batch.tenure(personId, post, s.congress, null, how === 'concurrent' ? 'concurrent' : 'elected', TERM.partyNew);
  return first;
}

/** A state (People's Council / Committee) post: appointed until the 2026 session, elected from it. */
export function holdStatePost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: 'regular' | 'concurrent' = 'regular',
  decisionRef: string | null = null,
): TenureRow {
  const first = batch.tenure(
    personId,
    post,
    s.from,
    addDays(s.session, -1),
    how === 'concurrent' ? 'concurrent' : 'appointed',
    TERM.stateOld,
    decisionRef,
  );
  batch.tenure(personId, post, s.session, null, how === 'concurrent' ? 'concurrent' : 'elected', TERM.stateNew);
  return first;
}

/** An appointed post without a term, open-ended. */
export function holdAppointedPost(
  batch: SeedBatch,
  personId: string,
  post: PostRow,
  s: Schedule,
  how: How = 'appointed',
  decisionRef: string | null = null,
): TenureRow {
  return batch.tenure(personId, post, s.from, null, how, null, decisionRef);
}
