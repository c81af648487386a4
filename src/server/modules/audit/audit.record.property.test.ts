// Whatever a caller of recordAudit passes, the chain verifies afterwards: fast-check throws random
// values at the recorder (JSON and non-JSON: -0, 1e21, 1.10, NaN, bigint, Dates valid or not, sparse
// arrays, boxed primitives, "__proto__" keys, NFD text, NUL, lone surrogates, UUIDs in any spelling)
// and the trail is verified after every run. Fixed seed and bounded runs: a few seconds in CI.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.js';
import { openTestDatabase } from '../../test/harness.js';
import { canonicalJsonValue } from './audit.canonical.js';
import { canonicalJson } from './audit.hash.js';
import { type AuditInput, recordAudit } from './audit.service.js';
import { verifyChain } from './audit.verify.js';

let database: Database;
let close: () => Promise<void>;
beforeAll(async () => ({ database, close } = await openTestDatabase()));
afterAll(() => close?.());

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n });
/** A UUID in any spelling PostgreSQL's uuid type accepts: any case, with or without hyphens and braces. */
const anyUuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12), fc.boolean(), fc.boolean()).map(([a, b, c, d, e, hyphens, braces]) => {
  const u = [a, b, c, d, e].join(hyphens ? '-' : '');
  return braces ? `{${u}}` : u;
});
const nastyText = fc.oneof(
  fc.string({ unit: 'binary' }), // any code unit: NUL, lone surrogates
  fc.string({ unit: 'grapheme' }).map((s) => s.normalize('NFD')),
  fc.constantFrom('Nguyễn Văn Ấn'.normalize('NFD'), '\u0000', '\uD800x', 'x\uDC00', '__proto__'),
  anyUuid,
);
const specialNumber = fc.constantFrom(-0, 1e21, 1.1, 1.1, 5e-324, 1.7976931348623157e308, -1e-7, NaN, Infinity, -Infinity, 2 ** 53 + 2);
const leaf = fc.oneof(
  nastyText,
  specialNumber,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.bigInt(),
);
const value = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withBoxedValues: true,
      withNullPrototype: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withUnicodeString: true,
      key: nastyText,
      values: [leaf],
      maxDepth: 3,
    }),
  },
  { weight: 1, arbitrary: fc.dictionary(nastyText, leaf, { maxKeys: 6 }) },
);
// The recorder must store and chain any text exactly, including codes filed before the vocabulary
// was typed (and read back from older databases): nasty text stands in for the typed codes here.
const event: fc.Arbitrary<AuditInput> = fc.record({
  action: nastyText.map((s) => s as AuditInput['action']),
  entityType: nastyText.map((s) => s as AuditInput['entityType']),
  entityId: fc.oneof(
    anyUuid.filter((u) => u.length === 36),
    nastyText,
  ),
  personId: fc.option(anyUuid),
  unitId: fc.option(anyUuid),
  before: value,
  after: value,
});
const context = fc.record({ actorId: fc.option(anyUuid), actorName: nastyText, requestId: fc.option(nastyText), ip: fc.option(nastyText) });

describe('recordAudit with any value', () => {
  it('keeps the chain verifiable and files uuid entity ids under their lower-case spelling', async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(context, fc.array(event, { minLength: 1, maxLength: 4 }), async (ctx, events) => {
        await db.transaction().execute((trx) => recordAudit(trx, ctx, events));
        const stored = await db
          .selectFrom('audit_event')
          .select(['entity_id', 'person_id', 'after'])
          .orderBy('seq', 'desc')
          .limit(events.length)
          .execute();
        stored.reverse();
        events.forEach((e, i) => {
          if (/^[0-9a-f-]{36}$/i.test(e.entityId)) expect(stored[i].entity_id).toBe(e.entityId.toLowerCase());
          if (e.personId)
            expect(stored[i].person_id).toBe(
              e.personId
                .replace(/[{}-]/g, '')
                .toLowerCase()
                .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
            );
          expect(canonicalJson(stored[i].after)).toBe(canonicalJson(canonicalJsonValue(e.after)));
        });
      }),
      { seed: 20261207, numRuns: 120 },
    );
    const result = await verifyChain(db);
    expect(result.breaks).toEqual([]);
    expect(result).toMatchObject({ intact: true, brokenCount: 0 });
    expect(result.checked).toBeGreaterThanOrEqual(120);
  });

  it.each([
    ['-0 is stored as 0', -0, 0],
    ['1e21 keeps its value', 1e21, 1e21],
    ['1.10 is the number 1.1', 1.1, 1.1],
    ['NaN is null, as JSON writes it', NaN, null],
    ['a Date is its ISO string', new Date('2026-12-07T01:02:03.004Z'), '2026-12-07T01:02:03.004Z'],
    ['an exact bigint is a number', 12n, 12],
    ['a huge bigint is its decimal string', 2n ** 70n, '1180591620717411303424'],
    ['NFD text is NFC', 'Nguyễn'.normalize('NFD'), 'Nguyễn'.normalize('NFC')],
    ['NUL and lone surrogates become U+FFFD', 'a\u0000b\uD800', 'a\uFFFDb\uFFFD'],
    ['an upper-case uuid value is lower case', 'AEA1ACE6-3F1F-478D-BB58-804EB2FBAE10', 'aea1ace6-3f1f-478d-bb58-804eb2fbae10'],
    ['undefined members are dropped, holes are null', { a: undefined, b: [1, , undefined] }, { b: [1, null, null] }], // eslint-disable-line no-sparse-arrays -- the hole is the case under test
    ['boxed primitives are their values', { s: Object('x'), n: Object(2) }, { s: 'x', n: 2 }],
  ])('%s', (_name, input, expected) => {
    expect(JSON.parse(JSON.stringify(canonicalJsonValue(input)))).toEqual(expected);
  });
});
