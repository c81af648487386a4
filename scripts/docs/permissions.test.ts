// docs/permissions.md is generated from the permission matrix: this fails when the committed file
// is not what `npm run docs:permissions` writes now (a matrix changed without regenerating it).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Actions } from '../../src/contracts/permissions.js';
import { PERMISSIONS_DOC, renderPermissions } from './permissions.js';

describe('docs/permissions.md', () => {
  it('is current with the permission matrix (run `npm run docs:permissions`)', () => {
    const committed = fs.existsSync(PERMISSIONS_DOC) ? fs.readFileSync(PERMISSIONS_DOC, 'utf8') : '';
    expect(committed).toBe(renderPermissions());
  });

  it('lists every action once, with its Vietnamese role names', () => {
    const doc = renderPermissions();
    const rows = doc.split('\n');
    for (const a of Actions) expect(rows.filter((l) => l.startsWith(`| \`${a}\` |`))).toHaveLength(1);
    expect(doc).toContain('Ban Thường vụ (`standing`)');
    expect(doc).not.toContain('undefined');
  });
});
