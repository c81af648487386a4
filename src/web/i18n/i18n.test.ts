import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { vi } from './vi.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web i18n catalogues', () => {
  it('vi and en have exactly the same keys', () => {
    const viKeys = Object.keys(vi).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !(k in vi))).toEqual([]);
    expect(viKeys.filter((k) => !(k in en))).toEqual([]);
  });

  it('no message is empty', () => {
    for (const [k, v] of [...Object.entries(vi), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('each key uses the same {placeholders} in both languages', () => {
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) expect(placeholders(en[k]), k).toEqual(placeholders(vi[k]));
  });

  it('Vietnamese texts are written with diacritics', () => {
    // A sample of words that are commonly typed without their marks.
    const bare = /\b(Can bo|Don vi|Dang nhap|Mat khau|Ngay sinh|Chuc vu|Tai khoan|Nhat ky)\b/;
    for (const [k, v] of Object.entries(vi)) expect(bare.test(v), `${k}: ${v}`).toBe(false);
  });
});
