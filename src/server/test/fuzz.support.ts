// Request generation for the fuzz test (fuzz.test.ts): plausible values from the OpenAPI schemas,
// then one malformation per request. Deterministic: everything comes from the fast-check sample.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
  default?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

export interface Parameter {
  in: 'query' | 'path';
  name: string;
  schema: JsonSchema;
  required?: boolean;
}

export interface Operation {
  method: string;
  path: string;
  params: Parameter[];
  body?: JsonSchema;
}

/** Real ids of the seeded records, so that malformed requests reach past the 404s. */
export type Pools = Record<'unit' | 'person' | 'account' | 'task' | 'period' | 'evaluation', string[]>;

type Doc = {
  paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
};

export function operationsOf(doc: Doc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []) as Parameter[],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

const NUL = '\u0000';
const LONG = 'ư'.repeat(10_000);
/** Values that any field might receive. */
const NASTY: unknown[] = [
  NUL,
  `a${NUL}b`,
  '\ud800',
  `x\udfffy`,
  LONG,
  '',
  '   ',
  'x'.repeat(100_001),
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 63,
  -1,
  0,
  0.001,
  1.005,
  0.1 + 0.2,
  1e308,
  -1e308,
  1e-300,
  -0,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '2147483648',
  '-1',
  '0x10',
  '1,5',
  '10000-01-01',
  '9999-12-31',
  '0001-01-01',
  '0000-00-00',
  '2026-02-30',
  '2026-13-01',
  '+010000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+07:00',
  '10000-01-01T00:00:00Z',
  '1899-12-31',
  null,
  true,
  false,
  [],
  {},
  [1, 2],
  { a: { b: [] } },
  [{}],
  'ABCDEF00-0000-4000-8000-000000000000',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  "'; DROP TABLE person; --",
  '%',
  '_',
  '\\',
  '😀',
  'e\u0301',
  '\u202e',
  '<script>',
  'a'.repeat(41),
];
/** Values a query or path parameter might receive (as raw, already-encoded text). */
const NASTY_QUERY = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF',
  '%',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '-1',
  '0',
  'NaN',
  'Infinity',
  '1e999',
  '1.5',
  '10000-01-01',
  '9999-12-31',
  '0000-00-00',
  '2026-02-30',
  '+010000-01-01',
  encodeURIComponent(LONG),
  'x'.repeat(3000),
  '',
  'true',
  '[]',
  'ABCDEF00-0000-4000-8000-000000000000',
  'not-a-uuid',
];

export type Kind =
  'field' | 'missing' | 'extra' | 'whole' | 'array' | 'brokenJson' | 'contentType' | 'multipart' | 'query' | 'path' | 'valid';
const KINDS: Kind[] = [
  'field',
  'field',
  'field',
  'missing',
  'extra',
  'whole',
  'array',
  'brokenJson',
  'contentType',
  'multipart',
  'query',
  'query',
  'path',
  'valid',
];

export interface CaseSpec {
  kind: Kind;
  pick: number;
  nasty: number;
  nastyQuery: number;
  variant: number;
  anonymous: boolean;
  english: boolean;
}

export const caseArbitrary: fc.Arbitrary<CaseSpec> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(1_000_000),
  nasty: fc.nat(NASTY.length - 1),
  nastyQuery: fc.nat(NASTY_QUERY.length - 1),
  variant: fc.nat(1_000_000),
  anonymous: fc
    .boolean()
    .chain((b) => (b ? fc.boolean() : fc.constant(false)))
    .chain((b) => (b ? fc.boolean() : fc.constant(false))),
  english: fc.boolean(),
});

const DATE_RE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;
const STRING_CANDIDATES = [
  'staff',
  'leader_commune',
  'abc_def',
  '012345678901',
  '17:00',
  'ab',
  'Nguyễn Văn An',
  '2026-03-16',
  '0912345678',
];

/** A plausible value for a schema: the fuzz then breaks one thing at a time. */
export function plausible(s: JsonSchema | undefined, pools: Pools, n: number, key = ''): unknown {
  if (!s) return {};
  if (s.default !== undefined && n % 3 === 0) return s.default;
  if (s.oneOf?.length) return plausible(s.oneOf[n % s.oneOf.length], pools, n >> 1, key);
  if (s.anyOf?.length) return plausible(s.anyOf[n % s.anyOf.length], pools, n >> 1, key);
  if (s.enum?.length) return s.enum[n % s.enum.length];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = plausible(v, pools, n + k.length, k);
      return out;
    }
    case 'array':
      return s.items ? [plausible(s.items, pools, n, key)] : [];
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? 0;
      const hi = s.maximum ?? lo + 100;
      if (/year/i.test(key)) return 2026;
      return Math.min(hi, Math.max(lo, s.type === 'integer' ? 1 : 1.5));
    }
    case 'boolean':
      return n % 2 === 0;
    case 'string': {
      if (s.format === 'uuid') return idFor(key, pools, n);
      if (s.format === 'date-time') return '2026-03-16T08:00:00+07:00';
      // Now and then a well-formed day long before the rules CanBo holds (30/4/1975): a past `asOf` must answer, never 5xx.
      if (s.pattern && DATE_RE.test(s.pattern)) return n % 5 === 4 ? '1975-04-30' : /from|start/i.test(key) ? '2026-01-01' : '2026-03-16';
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        return STRING_CANDIDATES.find((c) => re.test(c)) ?? 'x';
      }
      return key === 'password' || /password/i.test(key) ? 'Thu-nghiem-2026' : `Giá trị ${n % 97}`.slice(0, s.maxLength ?? 100);
    }
    default:
      return null;
  }
}

function idFor(key: string, pools: Pools, n: number): string {
  const pool = /unit|parent|target|area/i.test(key)
    ? pools.unit
    : /person|lead|support|chair|attendee/i.test(key)
      ? pools.person
      : /evaluation/i.test(key)
        ? pools.evaluation
        : /period/i.test(key)
          ? pools.period
          : /task/i.test(key)
            ? pools.task
            : /account|actor/i.test(key)
              ? pools.account
              : Object.values(pools).flat();
  return n % 7 === 0 ? randomUUID() : pool[n % pool.length];
}

/** The id a path's {id} most likely names. */
function pathId(path: string, name: string, pools: Pools, n: number): string {
  if (name !== 'id') return n % 2 ? randomUUID() : Object.values(pools).flat()[(n % 13) % Object.values(pools).flat().length];
  const key =
    path.startsWith('/api/org/') || path.startsWith('/api/units/')
      ? 'unit'
      : path.startsWith('/api/people/')
        ? 'person'
        : path.startsWith('/api/accounts/')
          ? 'account'
          : path.startsWith('/api/tasks/')
            ? 'task'
            : path.startsWith('/api/evaluation/periods/')
              ? 'period'
              : path.startsWith('/api/evaluation/')
                ? 'evaluation'
                : '';
  return idFor(key === 'unit' ? 'unitId' : key === 'person' ? 'personId' : key ? `${key}Id` : 'id', pools, n);
}

/** Paths in an object schema, to pick the field to break. */
function fieldPaths(s: JsonSchema | undefined, prefix: string[] = [], depth = 0): string[][] {
  if (!s || depth > 3) return [];
  const out: string[][] = [];
  const obj = s.oneOf?.[0] ?? s;
  if (obj.type === 'object') {
    for (const [k, v] of Object.entries(obj.properties ?? {})) {
      out.push([...prefix, k]);
      out.push(...fieldPaths(v, [...prefix, k], depth + 1));
    }
  } else if (obj.type === 'array' && obj.items) out.push(...fieldPaths(obj.items, [...prefix, '0'], depth + 1));
  return out;
}

function setAt(root: unknown, path: string[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string, unknown>;
  let cur = copy;
  for (const p of path.slice(0, -1)) {
    if (cur[p] === null || typeof cur[p] !== 'object') cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete cur[last];
  else cur[last] = value;
  return copy;
}

const BROKEN_JSON = [
  '{',
  '{"a":',
  '[1,2',
  '{"version": 1,,}',
  'null',
  '"\\ud800"',
  '{"a":"\\u0000"}',
  'NaN',
  '{}{}',
  '\u0000',
  '{"__proto__": {"x": 1}}',
];

function multipartCase(variant: number): { headers: Record<string, string>; payload: string | Buffer } {
  const b = 'fuzzboundary';
  const part = (name: string, filename: string | null, content: string, type = 'application/octet-stream') =>
    `--${b}\r\nContent-Disposition: form-data; name="${name}"${filename !== null ? `; filename="${filename}"` : ''}\r\n` +
    `${filename !== null ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`;
  const variants: Array<{ headers: Record<string, string>; payload: string | Buffer }> = [
    { headers: { 'content-type': 'multipart/form-data' }, payload: 'garbage' },
    { headers: { 'content-type': `multipart/form-data; boundary=${b}` }, payload: 'no boundary in here' },
    {
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      payload: `--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004 broken`,
    },
    { headers: { 'content-type': `multipart/form-data; boundary=${b}` }, payload: `${part('file', 'a.xlsx', 'not an xlsx')}--${b}--\r\n` },
    {
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      payload: `${part('file', `a${NUL}.pdf`, 'x', `text/pl${NUL}ain`)}${part('note', null, `n${NUL}`)}--${b}--\r\n`,
    },
    {
      headers: { 'content-type': `multipart/form-data; boundary=${b}` },
      payload: `${part('progress', null, '2147483648')}${part('version', null, 'NaN')}${part('file', 'x'.repeat(300), 'abc')}--${b}--\r\n`,
    },
    { headers: { 'content-type': `multipart/form-data; boundary=${b}` }, payload: `${part('file', 'ok.txt', '')}--${b}--\r\n` },
    { headers: { 'content-type': `multipart/form-data; boundary=${b}` }, payload: '' },
    { headers: { 'content-type': 'multipart/form-data; boundary=' }, payload: `--\r\n\r\n` },
    { headers: { 'content-type': `multipart/mixed; boundary=${b}` }, payload: `${part('file', 'a.xlsx', 'x')}--${b}--\r\n` },
  ];
  return variants[variant % variants.length];
}

export interface BuiltRequest {
  url: string;
  payload?: unknown;
  headers: Record<string, string>;
}

/** One malformed request for an operation. */
export function buildCase(op: Operation, spec: CaseSpec, pools: Pools): BuiltRequest {
  const n = spec.variant;
  const nasty = NASTY[spec.nasty];
  const headers: Record<string, string> = {};
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  let path = op.path;
  const brokenPath = spec.kind === 'path' && pathParams.length > 0 ? pathParams[spec.pick % pathParams.length].name : null;
  for (const p of pathParams) {
    const v = p.name === brokenPath ? NASTY_QUERY[spec.nastyQuery] : pathId(op.path, p.name, pools, n + p.name.length);
    path = path.replace(`{${p.name}}`, v === '' ? '%20' : v);
  }
  const query: string[] = [];
  const brokenQuery = spec.kind === 'query' && queryParams.length > 0 ? queryParams[spec.pick % queryParams.length].name : null;
  for (const [i, p] of queryParams.entries()) {
    if (p.name === brokenQuery) {
      query.push(`${p.name}=${NASTY_QUERY[spec.nastyQuery]}`);
      if (spec.pick % 5 === 0) query.push(`${p.name}=${NASTY_QUERY[(spec.nastyQuery + 1) % NASTY_QUERY.length]}`);
    } else if (p.required || (n >> i) % 2 === 0) {
      const v = plausible(p.schema, pools, n + i, p.name);
      if (v !== null && v !== undefined)
        query.push(`${p.name}=${encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : String(v))}`);
    }
  }
  const url = query.length ? `${path}?${query.join('&')}` : path;
  if (op.method === 'GET' || op.method === 'DELETE') return { url, headers };

  const base = plausible(op.body, pools, n);
  const fields = fieldPaths(op.body);
  const pickField = () => fields[spec.pick % Math.max(1, fields.length)] ?? ['x'];
  switch (spec.kind) {
    case 'field':
      return { url, headers, payload: fields.length ? setAt(base, pickField(), nasty) : nasty === null ? {} : { value: nasty } };
    case 'missing':
      return { url, headers, payload: fields.length ? setAt(base, pickField(), undefined, true) : {} };
    case 'extra':
      return {
        url,
        headers,
        payload:
          typeof base === 'object' && base !== null ? { ...base, [`extra${spec.pick % 5}`]: nasty, __proto__x: 1 } : { extra: nasty },
      };
    case 'whole':
      return { url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(nasty ?? null) };
    case 'array':
      return { url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify([base, base]) };
    case 'brokenJson':
      return { url, headers: { 'content-type': 'application/json' }, payload: BROKEN_JSON[spec.pick % BROKEN_JSON.length] };
    case 'contentType': {
      const types = [
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
        'application/json; charset=latin1',
        'application/octet-stream',
        '',
      ];
      return { url, headers: { 'content-type': types[spec.pick % types.length] }, payload: JSON.stringify(base) };
    }
    case 'multipart':
      return { url, ...multipartCase(spec.pick) };
    default:
      return { url, headers, payload: base };
  }
}
