import type { Kysely } from 'kysely';
import { foldDiacritics } from '../../../domain/names.js';
import type { DB } from '../../db/schema.js';
import { unitNameRows } from './org.tree.queries.js';

export async function unitNames(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await unitNameRows(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** org_unit.search_text: the folded name, plus the folded short name when it adds words. */
export function unitSearchText(name: string, shortName?: string | null): string {
  const a = foldDiacritics(name);
  const b = shortName ? foldDiacritics(shortName) : '';
  return b && !a.includes(b) ? `${a} ${b}` : a;
}
