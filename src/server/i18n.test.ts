// The server catalogue: every module's `*.messages.ts` is spread into MESSAGES exactly once, no key
// is defined by two catalogues (a later spread would silently win), and each message has both languages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey, MESSAGES, t, tAny } from './i18n.js';

const serverDir = import.meta.dirname;

function messageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return messageFiles(full);
    return e.name.endsWith('.messages.ts') ? [full] : [];
  });
}

type Catalogue = Record<string, { vi: string; en: string }>;

async function catalogues(): Promise<Array<{ file: string; name: string; messages: Catalogue }>> {
  const out: Array<{ file: string; name: string; messages: Catalogue }> = [];
  for (const file of messageFiles(serverDir)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (name.endsWith('_MESSAGES')) out.push({ file: path.relative(serverDir, file), name, messages: value as Catalogue });
  }
  return out;
}

describe('server messages', () => {
  it('spreads every module catalogue, and no key is defined twice', async () => {
    const all = await catalogues();
    expect(all.length).toBeGreaterThan(10);
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const c of all)
      for (const key of Object.keys(c.messages)) {
        const first = owner.get(key);
        if (first) twice.push(`${key}: ${first} and ${c.name}`);
        else owner.set(key, c.name);
        expect(MESSAGES, `${c.file} (${c.name}) is not spread into MESSAGES`).toHaveProperty([key], c.messages[key]);
      }
    expect(twice).toEqual([]);
    expect(Object.keys(MESSAGES).sort()).toEqual([...owner.keys()].sort());
  });

  it('has a Vietnamese and an English text for every key', () => {
    for (const [key, m] of Object.entries(MESSAGES as Catalogue)) {
      expect(m.vi.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and picks the language', () => {
    expect(t('vi', 'duplicate', { field: 'code' })).toBe('Giá trị đã tồn tại: code.');
    expect(t('en', 'duplicate', { field: 'code' })).toBe('Value already exists: code.');
  });

  it('tells a key from data apart from a message key', () => {
    expect(isMessageKey('not_found')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('no.such.key')).toBe(false);
    expect(tAny('en', 'no.such.key')).toBe('no.such.key');
    expect(tAny('en', 'not_found')).toBe('Record not found.');
  });
});
