// Audit events for the viewer: fields listed one by one, a "what changed" list for updates, and
// citizen ID numbers masked for readers who may not see them.
import type { AuditEventView } from '../../../contracts/audit.js';
import { canonicalJson } from './audit.hash.js';

const CITIZEN_ID_KEYS = new Set(['citizenId', 'citizen_id']);

/** '••••••••' + the last 3 digits, so a reader can tell records apart without the number. */
export function maskCitizenId(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  return `••••••••${value.slice(-3)}`;
}

/** Masks citizen ID values at any depth of a JSON value. */
export function maskCitizenIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskCitizenIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, CITIZEN_ID_KEYS.has(k) ? maskCitizenId(v) : maskCitizenIds(v)]),
    );
  }
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Top-level fields whose values differ; empty unless both sides are objects (an update). */
export function diffTopLevel(before: unknown, after: unknown): Array<{ field: string; before: unknown; after: unknown }> {
  if (!isRecord(before) || !isRecord(after)) return [];
  // jsonb does not keep key order: sort, so the list reads the same every time.
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields
    .filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f]))
    .map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
}

export interface AuditEventRow {
  seq: number | string;
  occurred_at: Date | string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  person_id: string | null;
  unit_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
}

export interface PresentOptions {
  unitNames: Map<string, string>;
  /** False masks citizen IDs in before, after and changes. */
  seesCitizenIds: boolean;
}

export function presentEvent(row: AuditEventRow, opts: PresentOptions): AuditEventView {
  const mask = opts.seesCitizenIds ? (v: unknown) => v : maskCitizenIds;
  // Diff the raw values (two numbers with the same last digits still count as a change), then mask.
  const changes = diffTopLevel(row.before, row.after).map((c) =>
    CITIZEN_ID_KEYS.has(c.field) && !opts.seesCitizenIds
      ? { field: c.field, before: maskCitizenId(c.before), after: maskCitizenId(c.after) }
      : { field: c.field, before: mask(c.before), after: mask(c.after) },
  );
  return {
    seq: Number(row.seq),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    personId: row.person_id,
    unitId: row.unit_id,
    unitName: row.unit_id ? (opts.unitNames.get(row.unit_id) ?? null) : null,
    before: mask(row.before ?? null),
    after: mask(row.after ?? null),
    requestId: row.request_id,
    ip: row.ip,
    changes,
  };
}
