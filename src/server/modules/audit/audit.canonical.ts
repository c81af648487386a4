// What the audit recorder hashes is exactly what the database stores: every value is put in the
// form its column keeps before the hash is computed (decision 0006). jsonb keeps JSON values as
// JSON.stringify writes them (numbers as IEEE doubles, -0 as 0, Dates as ISO strings, undefined
// dropped); uuid columns keep lower-case hyphenated UUIDs; text keeps NFC without NUL.
import { canonicalText, canonicalUuid, lowerUuids } from '../../../contracts/canonical.js';

const EXACT_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string value inside before/after: NFC text; a value that is a UUID, in lower case. */
function canonicalString(s: string): string {
  const t = canonicalText(s);
  return EXACT_UUID.test(t) ? t.toLowerCase() : t;
}

function canonicalNumber(n: number): number | null {
  if (!Number.isFinite(n)) return null; // JSON.stringify writes NaN and ±Infinity as null
  return Object.is(n, -0) ? 0 : n;
}

/**
 * A JSON value as a jsonb column gives it back: JSON.stringify semantics (toJSON, dropped
 * undefined/functions/symbols), bigint as a number when exact or else as a decimal string,
 * text and keys canonical. Keys that become equal after NFC keep the last value, as jsonb does.
 */
export function canonicalJsonValue(value: unknown): unknown {
  const inProgress = new Set<object>();
  const walk = (v: unknown, inArray: boolean): unknown => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      v = (v as { toJSON: () => unknown }).toJSON();
    }
    // Boxed primitives are written as their primitive value.
    if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt) v = v.valueOf();
    switch (typeof v) {
      case 'string':
        return canonicalString(v);
      case 'number':
        return canonicalNumber(v);
      case 'bigint':
        return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
      case 'boolean':
        return v;
      case 'undefined':
      case 'function':
      case 'symbol':
        return inArray ? null : undefined;
    }
    if (v === null) return null;
    const obj = v as object;
    if (inProgress.has(obj)) throw new TypeError('audit value is circular');
    inProgress.add(obj);
    try {
      // Array.from visits holes of sparse arrays, which JSON writes as null.
      if (Array.isArray(obj)) return Array.from(obj, (x) => walk(x, true));
      // A null-prototype object, so a key named "__proto__" stays an ordinary key.
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        const x = walk((obj as Record<string, unknown>)[key], false);
        if (x !== undefined) out[lowerUuids(canonicalText(key))] = x;
      }
      return out;
    } finally {
      inProgress.delete(obj);
    }
  };
  const result = walk(value, false);
  return result === undefined ? null : result;
}

/** A uuid column's value as PostgreSQL stores it (null stays null). */
export function canonicalUuidOrNull(value: string | null | undefined): string | null {
  return value == null ? null : canonicalUuid(value);
}

/** A text column's value: NFC, no NUL, UUID runs in lower case (entity ids may be composite). */
export function canonicalColumnText(value: string): string;
export function canonicalColumnText(value: string | null | undefined): string | null;
export function canonicalColumnText(value: string | null | undefined): string | null {
  return value == null ? null : lowerUuids(canonicalText(value));
}
