// The API document as integrators read it: it lints clean with Redocly's recommended rules, every
// operation has a summary, an operationId, tags, the error schema on its 4xx answers and the security
// it needs; files are typed; shared schemas are components; the document and its reader are public,
// and "Try it out" sends the CSRF header on mutations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_MODULES } from '../http/openapi-components.js';
import { operationIdOf } from '../http/openapi.js';
import { type TestContext, createTestApp } from './harness.js';

type Operation = {
  summary?: string;
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string; format?: string } }> }>;
};
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

let t: TestContext;
let doc: Doc;
let source: string;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  source = res.body;
  doc = res.json<Doc>();
}, 120_000);
afterAll(() => t?.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ key: `${m.toUpperCase()} ${p}`, op })));

describe('the OpenAPI document', () => {
  it("lints clean with Redocly's recommended rules", async () => {
    // no-ambiguous-paths: `/api/evaluation/periods/{id}` and `/api/evaluation/{id}/…` are told apart by the
    // router (a static segment wins over a parameter, and evaluation ids are uuids, never "periods").
    const config = await createConfig({ extends: ['recommended'], rules: { 'no-ambiguous-paths': 'off' } });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const shown = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
    expect(shown).toEqual([]);
  }, 60_000);

  it('gives every operation a summary, a unique operationId, tags and the error schema on its 4xx answers', () => {
    const ids = new Set<string>();
    for (const { key, op } of operations()) {
      expect(op.summary, key).toBeTruthy();
      expect(op.tags?.length, key).toBeGreaterThan(0);
      expect(ids.has(op.operationId!), `${key}: duplicate operationId ${op.operationId}`).toBe(false);
      ids.add(op.operationId!);
      for (const [code, r] of Object.entries(op.responses))
        if (code.startsWith('4'))
          expect(r.content?.['application/json']?.schema?.$ref, `${key} ${code}`).toBe('#/components/schemas/ErrorResponse');
    }
    expect(ids.size).toBeGreaterThan(150);
  });

  it('says which operations are public and which need the session and the CSRF header', () => {
    const byKey = new Map(operations().map(({ key, op }) => [key, op]));
    expect(byKey.get('GET /api/health')!.security).toEqual([]);
    expect(byKey.get('POST /api/auth/login')!.security).toEqual([]);
    expect(byKey.get('GET /api/tasks')!.security).toEqual([{ session: [] }]);
    expect(byKey.get('POST /api/tasks')!.security).toEqual([{ session: [], csrf: [] }]);
    expect(byKey.get('POST /api/tasks')!.responses['403']).toBeDefined();
  });

  it('types the file responses', () => {
    const pdf = doc.paths['/api/summary/export.pdf'].get.responses['200'].content!;
    expect(pdf['application/pdf'].schema).toEqual({ type: 'string', format: 'binary' });
    const xlsx = doc.paths['/api/people/export.xlsx'].get.responses['200'].content!;
    expect(Object.values(xlsx)[0].schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('shares the schemas as components', () => {
    expect(doc.components.schemas).toHaveProperty('ErrorResponse');
    expect(doc.components.schemas).toHaveProperty('TaskDetail');
    expect(doc.paths['/api/tasks/{id}'].get.responses['200'].content!['application/json'].schema!.$ref).toBe(
      '#/components/schemas/TaskDetail',
    );
  });

  it('lists every contracts file, so its schemas can become components', () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../contracts');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    // Files that export no object schema of the API: limits, canonical forms, the zod-issue mapping, the audit vocabulary.
    const skipped = ['limits', 'canonical', 'issues', 'audit-vocabulary'];
    expect(files.filter((f) => !skipped.includes(f) && !(f in CONTRACT_MODULES))).toEqual([]);
  });

  it('names operations from the method and the path', () => {
    expect(operationIdOf('GET', '/api/tasks/:id/history')).toBe('getTasksByIdHistory');
    expect(operationIdOf('POST', '/api/evaluation/periods/:id/quota-exceptions')).toBe('postEvaluationPeriodsByIdQuotaExceptions');
  });
});

describe('/api/docs', () => {
  it('is public like the document, and sends the CSRF header on mutations', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('theme/csrf.js');
    const script = await t.app.inject({ method: 'GET', url: '/api/docs/static/theme/csrf.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('x-csrf-token');
    expect(script.body).toContain('/api/auth/me');
  });
});
