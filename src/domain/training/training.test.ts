import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_SETTINGS } from '../planning/index.js';
import {
  DEFAULT_SUPPORT_POLICY,
  computeSupport,
  courseIssues,
  decisionIssues,
  isScienceTechnology,
  paymentIssue,
  suggestFieldGroup,
  validSupportPolicy,
} from './index.js';

const ST = DEFAULT_PLANNING_SETTINGS.structure.scienceTechnologyFields;

describe('fields of study (science and technology share)', () => {
  it.each([
    ['Kỹ sư Công nghệ thông tin', 'ict', true],
    ['Kỹ sư Thủy lợi', 'engineering_technology', true],
    ['Kỹ sư Nông nghiệp', 'agriculture_forestry_fisheries', true],
    ['Cử nhân Xây dựng Đảng và Chính quyền nhà nước', 'politics_administration', false],
    ['Kỹ sư Xây dựng', 'engineering_technology', true],
    ['Cử nhân Luật', 'law', false],
    ['Thạc sĩ Quản lý kinh tế', 'economics_business', false],
    ['Cử nhân Sư phạm Ngữ văn', 'education', false],
    ['Bác sĩ đa khoa', 'medicine_pharmacy', true],
    ['Cử nhân Lịch sử', 'social_sciences_humanities', false],
    ['Cử nhân Toán học', 'natural_sciences', true],
    ['Kỹ sư', 'engineering_technology', true],
    ['Nghề mộc', 'other', false],
  ])('%s → %s (S&T %s)', (words, group, st) => {
    expect(suggestFieldGroup(words)).toBe(group);
    expect(isScienceTechnology(suggestFieldGroup(words), ST)).toBe(st);
  });
  it('no words, no group', () => {
    expect(suggestFieldGroup(null)).toBeNull();
    expect(suggestFieldGroup('  ')).toBeNull();
    expect(isScienceTechnology(null, ST)).toBe(false);
  });
});

describe('course dates', () => {
  it.each([
    [{ startDate: '2024-09-01', endDate: '2024-08-31', result: 'completed' as const }, ['training.course.ends_before_start']],
    [{ startDate: '2024-09-01', endDate: null, result: 'completed' as const }, ['training.course.completed_needs_end']],
    [{ startDate: '2024-09-01', endDate: null, result: 'in_progress' as const }, []],
    [{ startDate: '2024-09-01', endDate: '2024-09-01', result: 'completed' as const }, []],
  ])('%o → %o', (c, codes) => {
    expect(courseIssues(c).map((i) => i.code)).toEqual(codes);
  });
});

describe('training support (Quy định 03-QĐ/HU as configured)', () => {
  const P = DEFAULT_SUPPORT_POLICY;
  const master = { level: 'master' as const, fieldGroup: 'ict', endDate: '2024-06-30', result: 'completed' as const };
  it.each([
    ['a master’s in a needed field, nothing paid', master, 0, null, { status: 'owed', entitled: 30_000_000, outstanding: 30_000_000 }],
    ['paid in part', master, 10_000_000, null, { status: 'owed', outstanding: 20_000_000 }],
    ['paid in full', master, 30_000_000, null, { status: 'paid', outstanding: 0, serviceUntil: '2029-06-30' }],
    ['a field not supported', { ...master, fieldGroup: 'education' }, 0, null, { status: 'field_not_supported', entitled: 0 }],
    ['no field recorded', { ...master, fieldGroup: null }, 0, null, { status: 'field_not_supported' }],
    ['not completed', { ...master, result: 'in_progress' as const, endDate: null }, 0, null, { status: 'not_completed' }],
    ['a level the policy does not support', { ...master, level: 'it' as const }, 0, null, { status: 'not_supported' }],
    ['no level', { ...master, level: null }, 0, null, { status: 'not_supported' }],
    // Left 2 years into 5: 36 of 60 months unserved → 60 % of 30 M refunded.
    ['left early: pro rata', master, 30_000_000, '2026-06-30', { status: 'broken', refund: 18_000_000, outstanding: 0 }],
    ['left after the commitment', master, 30_000_000, '2029-07-01', { status: 'paid', refund: 0 }],
    ['left on the last day of the commitment is served', master, 30_000_000, '2029-06-30', { status: 'paid' }],
  ])('%s', (_label, course, paid, left, expected) => {
    expect(computeSupport(course, P, paid, left)).toMatchObject(expected);
  });
  it('full refund when the policy says so', () => {
    expect(computeSupport(master, { ...P, refund: 'full' }, 30_000_000, '2028-06-30')).toMatchObject({
      status: 'broken',
      refund: 30_000_000,
    });
  });
  it('refuses a payment above what the policy grants', () => {
    const claim = computeSupport(master, P, 25_000_000, null);
    expect(paymentIssue(claim, 5_000_000)).toBeNull();
    expect(paymentIssue(claim, 5_000_001)).toEqual({ code: 'training.support.over_policy', max: 5_000_000 });
    expect(paymentIssue(computeSupport({ ...master, result: 'in_progress', endDate: null }, P, 0, null), 1)).toMatchObject({ max: 0 });
  });
  it('validates a stored policy', () => {
    expect(validSupportPolicy(P)).toBe(true);
    expect(validSupportPolicy({ ...P, refund: 'some' })).toBe(false);
    expect(validSupportPolicy({ ...P, items: [{ level: 'master', amount: -1, fieldGroups: null, serviceYears: 5 }] })).toBe(false);
    expect(validSupportPolicy(null)).toBe(false);
  });
});

describe('recognising decisions', () => {
  it.each([
    [{ status: 'nominated' as const, year: 2025 }, '2026-01-15', []],
    [{ status: 'nominated' as const, year: 2025 }, '2027-01-15', ['exemplar.decision.future']],
    [{ status: 'nominated' as const, year: 2025 }, '2024-12-31', ['exemplar.decision.before_year']],
    [{ status: 'recognised' as const, year: 2025 }, '2026-01-15', ['exemplar.not_nominated']],
  ])('%o on %s → %o', (n, date, codes) => {
    expect(decisionIssues(n, date, '2026-12-07').map((i) => i.code)).toEqual(codes);
  });
});
