// Every code the personnel rules can emit has a Vietnamese and an English text, every placeholder is
// filled by the rule's params, and the catalogue holds nothing the rules no longer emit.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRuleParams } from '../planning/format.js';
import { DEFAULT_POST_LADDER as L } from '../planning/ladder-defaults.js';
import type { RuleCheck } from '../planning/rule-check.js';
import { DEFAULT_RETIREMENT_SCHEDULE as S } from '../retirement.js';
import { type AppointmentInput, checkAppointment, checkFullTerm } from './appointment.js';
import { checkMembershipChangeVote, checkRemovalVote } from './decision-votes.js';
import { checkNonLocal, type PlaceTree } from './locality.js';
import { PERSONNEL_MESSAGES } from './messages.js';
import { checkRotation, checkRotationPost } from './rotation.js';
import { checkSeatFree } from './seats.js';
import { DEFAULT_PERSONNEL_SETTINGS as D, PERSONNEL_SETTING_KEYS } from './settings.js';
import { checkTermLimit } from './term-limits.js';

const emitted: RuleCheck[] = [];
const appt: AppointmentInput = {
  targetPost: 'commune.party.secretary',
  currentPosts: ['commune.party.standing_deputy_secretary'],
  tenures: [{ id: 't', postId: 'P', postCode: 'commune.party.standing_deputy_secretary', startDate: '2025-07-01', endDate: null }],
  currentTenureId: 't',
  plannedPosts: ['commune.party.secretary'],
  gender: 'male',
  dateOfBirth: '1975-03-01',
  effectiveDate: '2026-09-01',
  specialProcedure: false,
  ratings: [{ year: 2025, level: 'good' }],
  disciplines: [],
  underInvestigation: false,
};
emitted.push(...checkAppointment(L, appt, D.appointment, S));
emitted.push(
  ...checkAppointment(
    L,
    {
      ...appt,
      targetPost: 'commune.pc.chair',
      plannedPosts: [],
      effectiveDate: '2026-03-01',
      ratings: [{ year: 2025, level: 'completed' }],
      disciplines: [{ kind: 'reprimand', decidedOn: '2025-06-01' }],
      underInvestigation: true,
    },
    D.appointment,
    S,
  ),
);
emitted.push(...checkAppointment(L, { ...appt, ratings: [] }, D.appointment, S));
for (const [on, special] of [
  ['2030-07-02', true],
  ['2030-07-02', false],
  ['2031-08-01', true],
] as const) {
  emitted.push(checkFullTerm('male', '1973-06-01', on, special, D.appointment, S));
}
const rot = {
  currentPosts: ['province.department.director'],
  targetPost: 'commune.party.secretary',
  gender: 'male' as const,
  dateOfBirth: '1980-05-10',
  startDate: '2026-07-01',
  plannedEndDate: '2029-06-30',
  inPlan: true,
  postCreatedForRotation: false,
  ratings: [],
};
emitted.push(...checkRotation(L, rot, D.rotation, D.appointment.ratings, S));
emitted.push(
  ...checkRotation(
    L,
    { ...rot, dateOfBirth: '1970-01-01', plannedEndDate: '2028-06-30', inPlan: false, postCreatedForRotation: true },
    D.rotation,
    D.appointment.ratings,
    S,
  ),
);
for (const target of ['commune.party.standing_deputy_secretary', 'commune.pc.vice_chair'])
  emitted.push(checkRotationPost(L, ['commune.pc.chair'], target, D.rotation));
emitted.push(checkRotationPost(L, ['commune.committee.executive_member'], 'commune.pc.chair', D.rotation));
const tree: PlaceTree = { predecessors: (u) => (u === 'X' ? ['A'] : []), parent: () => null };
const nobody = { birthplace: null, hometown: null, residences: [], work: [] };
const NL = { locality: D.locality, nonLocalPosts: D.nonLocalPosts };
emitted.push(checkNonLocal('commune.party.secretary', 'X', { ...nobody, birthplace: 'A' }, '2026-01-01', tree, NL));
emitted.push(checkNonLocal('commune.party.secretary', 'X', nobody, '2026-01-01', tree, NL));
emitted.push(checkNonLocal('commune.pc.vice_chair', 'X', nobody, '2026-01-01', tree, NL));
const terms = [
  { id: 'a', from: '2015-10-01', to: '2020-09-30' },
  { id: 'b', from: '2020-10-01', to: '2025-09-30' },
  { id: 'c', from: '2025-10-01', to: '2030-09-30' },
];
const held = [{ postCode: 'commune.party.secretary', place: 'A', startDate: '2015-10-01', endDate: null }];
emitted.push(checkTermLimit('commune.party.secretary', 'X', held, terms, 'c', tree, D.termLimits));
emitted.push(checkTermLimit('commune.party.secretary', 'X', held, terms, 'b', tree, D.termLimits));
emitted.push(checkTermLimit('commune.pc.vice_chair', 'X', held, terms, 'c', tree, D.termLimits));
emitted.push(...checkMembershipChangeVote({ members: 15, present: 15, votes: 11, secret: true }, D.votes));
emitted.push(...checkMembershipChangeVote({ members: 15, present: 15, votes: 10, secret: false }, D.votes));
emitted.push(
  checkRemovalVote({ members: 15, present: 15, votes: 8 }, D.votes),
  checkRemovalVote({ members: 15, present: 15, votes: 7 }, D.votes),
);
const seat = { id: 'old', personId: 'p', startDate: '2021-01-01', endDate: null };
emitted.push(checkSeatFree([seat], { id: 'new', personId: 'q', startDate: '2026-07-01', endDate: null }));
emitted.push(checkSeatFree([{ ...seat, endDate: '2026-06-30' }], { id: 'new', personId: 'q', startDate: '2026-07-01', endDate: null }));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('PERSONNEL_MESSAGES', () => {
  it('every emitted code has both texts and every placeholder is filled', () => {
    for (const check of emitted) {
      const entry = (PERSONNEL_MESSAGES as Record<string, { vi: string; en: string }>)[check.code];
      expect(entry, check.code).toBeDefined();
      for (const lang of ['vi', 'en'] as const) {
        for (const p of placeholders(entry[lang]))
          expect([check.code, lang, p in check.params || p === 'rule']).toEqual([check.code, lang, true]);
      }
    }
  });

  it('the catalogue matches the codes in the source, and the scenarios above emit every one of them', () => {
    const dir = new URL('.', import.meta.url);
    const inSource = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'messages.ts')) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'(personnel\.[a-z_]+(?:\.[a-z_]+)*)'/g)) inSource.add(m[1]);
    }
    // Setting keys are not message codes.
    for (const k of Object.values(PERSONNEL_SETTING_KEYS)) inSource.delete(k);
    expect([...inSource].sort()).toEqual(Object.keys(PERSONNEL_MESSAGES).sort());
    expect([...new Set(emitted.map((e) => e.code))].sort()).toEqual(Object.keys(PERSONNEL_MESSAGES).sort());
  });

  it('renders a discipline waiting period in Vietnamese', () => {
    const check = emitted.find((c) => c.code === 'personnel.discipline.waiting')!;
    const p = formatRuleParams(check.params, check.rule, 'vi');
    const text = (PERSONNEL_MESSAGES as Record<string, { vi: string; en: string }>)[check.code].vi.replace(
      /\{(\w+)\}/g,
      (_m, k: string) => p[k],
    );
    expect(text).toMatch(/: kỷ luật khiển trách ngày 01\/06\/2025; chưa bổ nhiệm chức vụ cao hơn trong 24 tháng, đến 01\/06\/2027\.$/);
  });
});
