// The shared building blocks refuse what the database cannot store, with the limit, and never cut,
// round or clamp: a table per block.
import { describe, expect, it } from 'vitest';
import { CivilDate, DateTime, Decimal, Int32, QueryInt, RawText, Text, Version } from './common.js';
import { INDICATOR_VALUE, INT32_MAX, SCORE, WORK_UNITS } from './limits.js';

type Schema = { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: Array<{ message: string }> } } };
const outcome = (s: Schema, v: unknown) => {
  const r = s.safeParse(v);
  return r.success ? { ok: r.data } : { refused: r.error!.issues.map((i) => i.message) };
};

describe('Text', () => {
  it.each([
    { input: 'Nguyễn Văn An', out: { ok: 'Nguyễn Văn An' } },
    { input: '  có khoảng trắng  ', out: { ok: 'có khoảng trắng' } },
    { input: 'Nguye\u0302\u0303n', out: { ok: 'Nguyễn' } },
    { input: 'x'.repeat(20), out: { ok: 'x'.repeat(20) } },
    { input: 'x'.repeat(21), out: { refused: ['v.text_max'] } },
    { input: ` ${'x'.repeat(20)} `, out: { ok: 'x'.repeat(20) } },
    { input: 'a\u0000b', out: { refused: ['v.text_chars'] } },
    { input: '\ud800', out: { refused: ['v.text_chars'] } },
    { input: 'a\udc00', out: { refused: ['v.text_chars'] } },
    { input: '😀', out: { ok: '😀' } },
    { input: 5, out: { refused: [expect.any(String)] } },
  ])('Text(20) of $input', ({ input, out }) => {
    expect(outcome(Text(20), input)).toEqual(out);
  });

  it('keeps passwords exactly as typed, refusing only what cannot be stored', () => {
    expect(outcome(RawText(20), '  Mật khẩu  ')).toEqual({ ok: '  Mật khẩu  ' });
    expect(outcome(RawText(20), 'a\u0000')).toEqual({ refused: ['v.text_chars'] });
  });
});

describe('integers', () => {
  it.each([
    { schema: Version, input: 1, out: { ok: 1 } },
    { schema: Version, input: INT32_MAX, out: { ok: INT32_MAX } },
    { schema: Version, input: INT32_MAX + 1, out: { refused: ['v.number_range'] } },
    { schema: Version, input: 0, out: { refused: ['v.number_range'] } },
    { schema: Version, input: 1.5, out: { refused: ['v.integer'] } },
    { schema: Int32(0, 100), input: 150, out: { refused: ['v.number_range'] } },
    { schema: QueryInt(1, 200), input: '25', out: { ok: 25 } },
    { schema: QueryInt(1, 200), input: '2147483648', out: { refused: ['v.number_range'] } },
    { schema: QueryInt(1, 200), input: 'NaN', out: { refused: [expect.any(String)] } },
  ])('$input', ({ schema, input, out }) => {
    expect(outcome(schema, input)).toEqual(out);
  });
});

describe('Decimal', () => {
  it.each([
    { limit: WORK_UNITS, input: 0.01, out: { ok: 0.01 } },
    { limit: WORK_UNITS, input: 999_999.99, out: { ok: 999_999.99 } },
    { limit: WORK_UNITS, input: 1.1, out: { ok: 1.1 } },
    { limit: WORK_UNITS, input: 0.001, out: { refused: ['v.number_range'] } },
    { limit: WORK_UNITS, input: 1.005, out: { refused: ['v.decimals'] } },
    { limit: WORK_UNITS, input: 1_000_000, out: { refused: ['v.number_range'] } },
    { limit: WORK_UNITS, input: 0, out: { refused: ['v.number_range'] } },
    { limit: SCORE, input: 999, out: { refused: ['v.number_range'] } },
    { limit: SCORE, input: 97.5, out: { ok: 97.5 } },
    { limit: INDICATOR_VALUE, input: -12.3456, out: { ok: -12.3456 } },
    { limit: INDICATOR_VALUE, input: 1.23456, out: { refused: ['v.decimals'] } },
    { limit: INDICATOR_VALUE, input: 1e14, out: { refused: ['v.number_range'] } },
  ])('$input within $limit.min … $limit.max', ({ limit, input, out }) => {
    expect(outcome(Decimal(limit), input)).toEqual(out);
  });
});

describe('dates', () => {
  it.each([
    { schema: CivilDate, input: '2026-02-28', out: { ok: '2026-02-28' } },
    { schema: CivilDate, input: '2026-02-29', out: { refused: ['v.date'] } },
    { schema: CivilDate, input: '1900-01-01', out: { ok: '1900-01-01' } },
    { schema: CivilDate, input: '1899-12-31', out: { refused: ['v.date_range'] } },
    { schema: CivilDate, input: '2199-12-31', out: { ok: '2199-12-31' } },
    { schema: CivilDate, input: '9999-12-31', out: { refused: ['v.date_range'] } },
    { schema: CivilDate, input: '10000-01-01', out: { refused: ['v.date'] } },
    { schema: DateTime, input: '2026-12-07T08:00:00+07:00', out: { ok: '2026-12-07T08:00:00+07:00' } },
    { schema: DateTime, input: '9999-12-31T08:00:00+07:00', out: { refused: ['v.date_range'] } },
    { schema: DateTime, input: '+010000-01-01T00:00:00Z', out: { refused: [expect.any(String)] } },
  ])('$input', ({ schema, input, out }) => {
    expect(outcome(schema, input)).toEqual(out);
  });
});
