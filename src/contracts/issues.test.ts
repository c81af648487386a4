// The one zod-issue → message mapping, on the real contract building blocks.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CivilDate, Int32, RequiredText } from './common.js';
import { issueField, issueMessage } from './issues.js';

const messages = (schema: z.ZodType, value: unknown) => {
  const res = schema.safeParse(value);
  if (res.success) throw new Error('expected a failure');
  return res.error.issues.map((i) => ({ field: issueField(i.path, 'body'), ...issueMessage(i) }));
};

describe('issueMessage', () => {
  const Shape = z.object({ name: RequiredText(5), born: CivilDate, count: Int32(0, 10), kind: z.enum(['a', 'b']) });

  it('reads a missing value as required, with the field path', () => {
    expect(messages(Shape, { born: '2020-01-01', count: 1, kind: 'a' })).toEqual([
      { field: 'name', key: 'v.required', params: { min: undefined, max: undefined } },
    ]);
  });

  it('keeps our own keys and their params (date range)', () => {
    const [m] = messages(Shape.pick({ born: true }), { born: '1000-01-01' });
    expect(m.key).toBe('v.date_range');
    expect(m.params).toMatchObject({ min: expect.any(String), max: expect.any(String) });
  });

  it('words a zod code as v.<code> with the limit', () => {
    const [m] = messages(Shape.pick({ name: true }), { name: 'x'.repeat(6) });
    expect(m).toEqual({ field: 'name', key: 'v.text_max', params: { min: undefined, max: 5 } });
    expect(messages(z.object({ a: z.string().max(2) }), { a: 'abc' })[0]).toMatchObject({ key: 'v.too_big', params: { max: 2 } });
    expect(messages(Shape.pick({ kind: true }), { kind: 'c' })[0].key).toBe('v.invalid_value');
    expect(messages(z.object({ a: z.string() }), { a: 1 })[0].key).toBe('v.invalid_type');
  });

  it('takes the keyword-shaped copy fastify-type-provider-zod sends', () => {
    expect(issueMessage({ code: 'too_big', message: 'Too big', maximum: 3 })).toEqual({
      key: 'v.too_big',
      params: { min: undefined, max: 3 },
    });
    expect(issueMessage({ code: 'invalid_type', message: 'Invalid input: expected string, received undefined' }).key).toBe('v.required');
  });

  it('names the whole value when the path is empty', () => {
    expect(issueField([], 'body')).toBe('body');
    expect(issueField(['items', 2, 'title'], 'body')).toBe('items.2.title');
  });
});
