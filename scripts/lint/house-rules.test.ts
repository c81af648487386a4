// The house rules must be able to fail: a table of imports each boundary allows or refuses, and the
// disable-reason and SQL rules run through ESLint on small sources.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { houseConfig } from './house-config.js';
import { crossing, houseRules } from './house-rules.js';

describe('house/boundaries', () => {
  const cases: Array<[from: string, to: string | { pkg: string }, refused: RegExp | null]> = [
    ['src/server/modules/tasks/tasks.service', 'src/server/modules/audit/index', null],
    ['src/server/modules/tasks/tasks.service', 'src/server/modules/audit/audit.service', /through its index/],
    ['src/server/cli/create-admin.command', 'src/server/modules/accounts/accounts.service', /through its index/],
    ['src/server/modules/tasks/tasks.service', 'src/server/modules/tasks/tasks.queries', null],
    ['src/server/modules/routes', 'src/server/modules/tasks/tasks.routes', null],
    ['src/server/modules/routes', 'src/server/modules/tasks/tasks.service', /through its index/],
    ['src/server/modules/plans/plans.routes.test', 'src/server/modules/tasks/tasks.test-support', null],
    ['src/server/modules/plans/plans.service', 'src/server/modules/tasks/tasks.test-support', /through its index/],
    ['src/domain/names', 'src/domain/dates', null],
    ['src/domain/names', 'src/server/i18n', /domain imports nothing/],
    ['src/domain/names', { pkg: 'kysely' }, /domain imports nothing/],
    ['src/domain/evaluation/messages.test', 'src/server/i18n', null],
    ['src/contracts/people', { pkg: 'zod' }, null],
    ['src/contracts/people', 'src/domain/names', null],
    ['src/contracts/people', { pkg: 'kysely' }, /contracts imports only/],
    ['src/contracts/people', 'src/server/errors', /contracts imports only/],
    ['src/server/http/access', 'src/server/modules/org/index', /http does not import modules/],
    ['src/server/http/access', 'src/server/db/scope.queries', null],
    ['src/web/features/tasks/pages/tasks-page', 'src/server/errors', /web app does not import the server/],
    ['src/server/app', 'src/web/main', /only the web app/],
    ['scripts/docs/permissions', 'src/web/i18n/vi', null],
    ['scripts/docs/permissions', 'src/web/app/shell', /only the web app/],
    ['src/web/components/error-alert', 'src/web/features/org/api/org', /components\/ and lib\//],
    ['src/web/lib/work/work-can', 'src/web/features/auth/api/session', /components\/ and lib\//],
    ['src/web/features/tasks/pages/tasks-page', 'src/web/features/org/api/org', /features do not import each other/],
    ['src/web/features/tasks/pages/tasks-page', 'src/web/features/tasks/api/tasks', null],
    ['src/web/features/tasks/pages/tasks-page', 'src/web/lib/api/org', null],
  ];
  it.each(cases)('%s → %j', (from, to, refused) => {
    const message = crossing(from, to);
    if (refused) expect(message).toMatch(refused);
    else expect(message).toBeNull();
  });
});

describe('house/disable-reason, SQL placement, file size', () => {
  const linter = new Linter({ configType: 'flat' });
  // The house config speaks of .ts files; the sources here are plain JavaScript for espree.
  const asJs = houseConfig.map((c) => ({
    ...c,
    files: c.files?.map((f) => f.replace('{ts,tsx}', 'js')) ?? ['**/*.js'],
    ...(c.ignores ? { ignores: c.ignores.map((i) => i.replace(/\.ts$/, '.js')) } : {}),
  }));
  const lint = (code: string, filename: string) => linter.verify(code, [{ files: ['**/*.js'] }, ...asJs], filename).map((m) => m.ruleId);

  it('refuses a disable without a reason and accepts one with it', () => {
    expect(lint('// eslint-disable-next-line no-console\nconsole.log(1);\n', 'src/a.js')).toContain('house/disable-reason');
    expect(lint('// eslint-disable-next-line no-console -- the CLI prints\nconsole.log(1);\n', 'src/a.js')).not.toContain(
      'house/disable-reason',
    );
  });

  it('refuses query builders and sql outside queries files, and accepts them inside', () => {
    const code = "db.selectFrom('t').selectAll().execute();\nconst x = sql`select 1`;\n";
    expect(lint(code, 'src/server/modules/tasks/tasks.service.js').filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
    expect(lint(code, 'src/server/modules/tasks/tasks.queries.js')).not.toContain('no-restricted-syntax');
  });

  it('warns over 300 lines of code and fails over 500', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(lint(lines(300), 'src/a.js')).not.toContain('house/long-file');
    expect(lint(lines(301), 'src/a.js')).toContain('house/long-file');
    expect(lint(lines(501), 'src/a.js')).toContain('max-lines');
  });

  it('exports its rules', () => {
    expect(Object.keys(houseRules.rules).sort()).toEqual(['boundaries', 'disable-reason', 'long-file']);
  });
});
