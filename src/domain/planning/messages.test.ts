// Every code the planning rules can emit has a Vietnamese and an English text, every placeholder of
// those texts is filled by the params the rule returns, and the catalogue holds nothing the rules no
// longer emit.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETIREMENT_SCHEDULE as S } from '../retirement.js';
import { checkPlanningAge } from './age.js';
import { tallyBallot } from './ballots.js';
import { checkCandidatesPerPost, checkCommitteeSeats, checkPostsPerCandidate } from './caps.js';
import { formatRuleParams } from './format.js';
import { checkPlannable } from './ladder.js';
import { DEFAULT_POST_LADDER as L } from './ladder-defaults.js';
import { PLANNING_MESSAGES } from './messages.js';
import { checkDisciplineRemoval, reviewCandidate } from './review.js';
import type { RuleCheck } from './rule-check.js';
import { DEFAULT_PLANNING_SETTINGS as D } from './settings.js';
import { checkStandards } from './standards.js';
import { computeStructure } from './structure.js';

const c = (s: string) => `commune.${s}`;
const emitted: RuleCheck[] = [];
for (const [cur, target, level] of [
  [[c('party.deputy_secretary')], c('party.standing_deputy_secretary'), 1],
  [[c('pc.chair')], c('pc.chair'), 1],
  [[c('pc.chair')], c('party.deputy_secretary'), 1],
  [[c('party.secretary')], c('pc.vice_chair'), 1],
  [[c('party.deputy_secretary')], c('council.chair'), 2],
  [[c('party.deputy_secretary')], c('party.secretary'), 1],
  [[c('party.deputy_secretary')], c('party.standing_deputy_secretary'), 2],
  [[c('party.standing_deputy_secretary')], 'province.department.division_head', 1],
] as const)
  emitted.push(checkPlannable(L, [...cur], target, level));
emitted.push(
  checkCandidatesPerPost(L, c('party.secretary'), ['a', 'b', 'c'], D.caps),
  checkCandidatesPerPost(L, c('party.secretary'), ['a', 'b', 'c', 'd'], D.caps),
);
emitted.push(
  ...checkPostsPerCandidate(L, [c('party.secretary'), c('pc.chair'), c('front.chair'), c('inspection.chair'), c('pc.vice_chair')], D.caps),
);
for (const planned of [9, 12, 20]) emitted.push(checkCommitteeSeats('standing', 10, planned, D.caps));
for (const dob of ['1973-06-01', '1973-05-31'])
  emitted.push(checkPlanningAge({ gender: 'male', dateOfBirth: dob, targetLevel: 1, referenceMonth: '2030-07' }, D.age, S));
const req = { qualification: 'bachelor', political_theory: 'advanced' };
for (const [held, training, targetLevel] of [
  [{ qualification: 'master', political_theory: 'intermediate' }, [], 1],
  [{ qualification: 'master', political_theory: 'intermediate' }, [], 2],
  [{ qualification: 'master' }, [{ dimension: 'political_theory', level: 'advanced', expectedBy: '2029-01-01' }], 2],
  [{ qualification: 'master' }, [{ dimension: 'political_theory', level: 'advanced', expectedBy: '2031-01-01' }], 2],
] as const)
  emitted.push(...checkStandards({ required: req, held, training: [...training], targetLevel, referenceMonth: '2030-07' }, D.standards));
const member = (id: string, gender: 'male' | 'female') => ({
  personId: id,
  gender,
  dateOfBirth: '1995-01-01',
  ethnicity: 'Kinh',
  qualificationField: null,
});
emitted.push(...computeStructure([member('a', 'female'), member('b', 'male')], '2030-07-01', D.structure).checks);
emitted.push(...computeStructure([member('a', 'male')], '2030-07-01', { ...D.structure, youngUnderAgeYears: 20 }).checks);
emitted.push(checkDisciplineRemoval({ kind: 'reprimand', decidedOn: '2025-01-01' }, '2026-01-01', D.review));
for (const over of [
  {
    disciplines: [{ kind: 'warning' as const, decidedOn: '2026-06-01' }],
    movedAwayOn: '2026-10-01',
    gender: 'female' as const,
    dateOfBirth: '1980-01-31',
  },
  {
    ratings: [
      { year: 2025, level: 'completed' as const },
      { year: 2026, level: 'not_completed' as const },
    ],
  },
  { ratings: [] },
]) {
  emitted.push(
    ...reviewCandidate(
      {
        gender: 'male',
        dateOfBirth: '1982-01-01',
        targetLevel: 2,
        referenceMonth: '2030-07',
        plannedOn: '2026-01-01',
        ratings: [{ year: 2026, level: 'good' }],
        disciplines: [],
        movedAwayOn: null,
        ...over,
      },
      2027,
      '2027-02-01',
      { review: D.review, age: D.age },
      S,
    ).findings,
  );
}
for (const r of tallyBallot(
  [
    { members: 15, present: 14, votes: { a: 9, b: 5 } },
    { members: 15, present: 8, votes: { b: 8 } },
  ],
  2,
  D.ballot,
).rounds) {
  emitted.push(r.quorum, ...r.candidates.map((x) => x.check));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('PLANNING_MESSAGES', () => {
  it('every emitted code has both texts and every placeholder is filled', () => {
    for (const check of emitted) {
      const entry = (PLANNING_MESSAGES as Record<string, { vi: string; en: string }>)[check.code];
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
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'(planning\.[a-z_]+(?:\.[a-z_]+)+)'/g)) inSource.add(m[1]);
    }
    expect([...inSource].sort()).toEqual(Object.keys(PLANNING_MESSAGES).sort());
    expect([...new Set(emitted.map((e) => e.code))].sort()).toEqual(Object.keys(PLANNING_MESSAGES).sort());
  });

  it("renders the issue's example in Vietnamese and English", () => {
    const check = checkPlanningAge({ gender: 'male', dateOfBirth: '1976-10-20', targetLevel: 2, referenceMonth: '2030-07' }, D.age, S);
    const render = (lang: 'vi' | 'en') => {
      const p = formatRuleParams(check.params, 'Quy định 377-QĐ/TW', lang);
      return (PLANNING_MESSAGES as Record<string, { vi: string; en: string }>)[check.code][lang].replace(
        /\{(\w+)\}/g,
        (_m: string, k: string) => p[k],
      );
    };
    expect(render('vi')).toBe(
      'Quy định 377-QĐ/TW: đối tượng 2 cần ít nhất 120 tháng công tác trước tuổi nghỉ hưu tại thời điểm 07/2030; còn 100 tháng (nghỉ hưu 31/10/2038).',
    );
    expect(render('en')).toBe(
      'Quy định 377-QĐ/TW: target 2 needs at least 120 months of work before retirement at 07/2030; 100 months are left (retires 31/10/2038).',
    );
  });
});

describe('formatRuleParams (numbers vi-VN, dates dd/mm/yyyy, months mm/yyyy, labels)', () => {
  it.each<[string, Record<string, never> | Record<string, unknown>, 'vi' | 'en', Record<string, string>]>([
    ['numbers', { pct: 57.14, count: 1396.5 }, 'vi', { pct: '57,14', count: '1.396,5' }],
    ['numbers in English', { pct: 57.14, count: 1396.5 }, 'en', { pct: '57.14', count: '1,396.5' }],
    [
      'years are never grouped',
      { year: 2025, ratingYears: [2023, 2024, 2025], fromYear: 2024 },
      'vi',
      { year: '2025', ratingYears: '2023, 2024, 2025', fromYear: '2024' },
    ],
    [
      'dates and months',
      { decidedOn: '2026-03-05', referenceMonth: '2031-03' },
      'vi',
      { decidedOn: '05/03/2026', referenceMonth: '03/2031' },
    ],
    [
      'enum labels',
      { level: 'good', kind: 'warning', levels: ['good', 'none'] },
      'vi',
      { level: 'Hoàn thành tốt nhiệm vụ', kind: 'cảnh cáo', levels: 'Hoàn thành tốt nhiệm vụ, chưa xếp loại' },
    ],
    ['null and booleans', { to: null, secret: true }, 'en', { to: '—', secret: 'yes' }],
  ])('%s', (_n, params, lang, want) => {
    expect(formatRuleParams(params as never, 'R', lang)).toEqual({ rule: 'R', ...want });
  });
  it('the caller labels post codes', () => {
    const p = formatRuleParams({ target: 'commune.party.secretary' }, 'R', 'vi', (k, v) =>
      k === 'target' && v === 'commune.party.secretary' ? 'Bí thư Đảng ủy' : undefined,
    );
    expect(p.target).toBe('Bí thư Đảng ủy');
  });
});
