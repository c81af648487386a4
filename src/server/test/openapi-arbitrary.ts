// Valid-looking requests generated from the app's own OpenAPI document, for property tests that
// drive every endpoint: JSON Schema (as the zod schemas export it) → fast-check arbitraries. Field
// names pick real ids from pools (a unitId is a unit the test built), civil dates fall in a window
// around today with starts before ends, text is Vietnamese in NFD, and every id may come in upper
// case: the API must treat all of these as the ordinary valid input they are.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  const?: unknown;
  default?: unknown;
}

export interface GenOptions {
  /** Real ids for a field name (e.g. unitId → the test's units); none → a random uuid. */
  idsFor: (field: string) => string[];
  /** Civil date n days from today. */
  day: (n: number) => string;
}

const WORDS = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Xuân',
  'Thu',
  'Ánh',
  'Quốc',
  'Ấp',
  'Phường',
  'Xã',
  'Kế',
  'hoạch',
  'giải',
  'phóng',
  'mặt',
  'bằng',
  'báo',
  'cáo',
  'tuần',
  'đất',
  'đai',
  'chuyển',
  'đổi',
  'số',
  'nghị',
  'quyết',
];
/** Vietnamese words, decomposed (NFD) as a Mac keyboard or a copied PDF gives them. */
export const nfdText = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
    .map((w) => w.join(' ').normalize('NFD'))
    .map((s) => (s.length > max ? s.slice(0, max).normalize('NFD').trimEnd() || 'x' : s.length < min ? s.padEnd(min, 'a') : s))
    .map((s) => (s.length > max ? s.slice(0, max) : s));

/** An id in either spelling: the canonical lower case, or upper case. */
export const eitherCase = (id: string) => fc.boolean().map((up) => (up ? id.toUpperCase() : id));

/** Optional fields whose values must come from a catalogue (work fields, terms, places). */
const CATALOGUE_CODES = new Set(['fieldCode', 'termId', 'adminUnitId', 'birthplaceId', 'hometownId', 'cadreGroup']);

const isDate = (s: JsonSchema) => s.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || s.format === 'date';
const isUuid = (s: JsonSchema) => s.format === 'uuid';
const types = (s: JsonSchema) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

function dateFor(field: string, o: GenOptions): fc.Arbitrary<string> {
  const f = field.toLowerCase();
  if (/(due|to|end|until|deadline)/.test(f)) return fc.integer({ min: 1, max: 40 }).map(o.day);
  if (/(start|from|on$|date$|asof|periodend)/.test(f)) return fc.integer({ min: -20, max: 0 }).map(o.day);
  return fc.integer({ min: -20, max: 40 }).map(o.day);
}

function numberFor(s: JsonSchema, integer: boolean, field: string): fc.Arbitrary<number> {
  if (field === 'version') return fc.constant(1);
  const exMin = s.exclusiveMinimum === true ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined;
  let min = s.minimum ?? (exMin !== undefined ? exMin : 0);
  if (exMin !== undefined) min = exMin + (integer ? 1 : 0.5);
  if (field === 'year') return fc.integer({ min: Math.max(min, 2025), max: Math.min(s.maximum ?? 2027, 2027) });
  const max = Math.min(s.maximum ?? min + 20, min + 20);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 100) / 100 || min);
}

/** An arbitrary of values valid for `schema` (as far as a schema can say), for the field `field`. */
export function arbitraryOf(schema: JsonSchema, o: GenOptions, field = ''): fc.Arbitrary<unknown> {
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts) {
    const nonNull = alts.filter((a) => !types(a).includes('null'));
    return fc.oneof(...(nonNull.length ? nonNull : alts).map((a) => arbitraryOf(a, o, field)));
  }
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf), o, field);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const t = types(schema).filter((x) => x !== 'null');
  switch (t[0]) {
    case 'string': {
      if (isUuid(schema)) {
        const ids = o.idsFor(field);
        return (ids.length ? fc.constantFrom(...ids) : fc.uuid({ version: 4 })).chain(eitherCase);
      }
      if (isDate(schema)) return dateFor(field, o);
      if (schema.pattern === '^\\d{12}$') return fc.stringMatching(/^0\d{11}$/);
      if (schema.pattern)
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .filter((x) => x.length <= (schema.maxLength ?? 100) && x.length >= (schema.minLength ?? 0));
      if (schema.format === 'date-time') return dateFor(field, o).map((d) => `${d}T03:00:00.000Z`);
      const max = Math.min(schema.maxLength ?? 60, 60);
      return nfdText(schema.minLength ?? 0, max);
    }
    case 'integer':
      return numberFor(schema, true, field);
    case 'number':
      return numberFor(schema, false, field);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(arbitraryOf(schema.items ?? {}, o, field.replace(/s$/, '')), {
        minLength: min,
        maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'object':
    default: {
      // Optional fields come one time in four: each one is a chance to break a rule between
      // fields that a schema cannot state. Codes from catalogues the test did not build stay out.
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(props)
        .filter(([k]) => required.has(k) || !CATALOGUE_CODES.has(k))
        .map(
          ([k, s]) => [k, required.has(k) ? arbitraryOf(s, o, k) : fc.option(arbitraryOf(s, o, k), { freq: 3, nil: undefined })] as const,
        );
      return fc.record(Object.fromEntries(entries)).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
    }
  }
}

/** The document with every `#/components/schemas/…` reference replaced by the schema it names (the generators read schemas inline). */
export function inlineRefs<T>(doc: T): T {
  const schemas = (doc as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  const walk = (node: unknown, seen: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, seen));
    if (!node || typeof node !== 'object') return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (seen.includes(name)) return {}; // a recursive schema: the generators stop there
      return walk(schemas[name], [...seen, name]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, seen)]));
  };
  return walk(doc, []) as T;
}
