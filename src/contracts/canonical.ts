// Canonical spellings of identifiers and text, shared by the API schemas (which canonicalise what
// they accept) and the audit recorder (which canonicalises what it hashes and stores). See
// docs/decisions/0006-canonical-identifiers-and-audit-values.md.

const UUID_RUN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const UUID_PG_INPUT = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A UUID in the form PostgreSQL's `uuid` type stores and returns: lower case, hyphenated. */
export function canonicalUuid(value: string): string {
  const m = UUID_PG_INPUT.exec(value);
  if (!m) throw new TypeError(`not a uuid: ${JSON.stringify(value)}`);
  return m.slice(1, 6).join('-').toLowerCase();
}

/** Every UUID-shaped run inside `value` in lower case (composite keys such as `unit:group:date`). */
export function lowerUuids(value: string): string {
  return value.replace(UUID_RUN, (u) => u.toLowerCase());
}

/**
 * Text as PostgreSQL can store it and as CanBo compares it: Unicode NFC, no NUL (text and jsonb
 * refuse it) and no lone surrogate (jsonb refuses it), each replaced by U+FFFD.
 */
export function canonicalText(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD').normalize('NFC');
}
