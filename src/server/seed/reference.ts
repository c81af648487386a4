// Loads the administrative-unit reference data (reference/admin-units/*.json) into admin_unit and
// admin_unit_successor: the 2025 two-tier list (34 provinces, 3,321 communes), the pre-2025 list
// (63 provinces, 696 districts, 10,035 communes) and the old → new commune links.
import { readFile } from 'node:fs/promises';
import type { Insertable, Kysely } from 'kysely';
import { foldDiacritics } from '../../domain/names.js';
import type { AdminUnitSuccessorTable, AdminUnitTable, DB } from '../db/schema.js';
import { insertChunked } from './bulk.js';
import { inTransaction } from './tx.js';

interface NamedUnit {
  code: number;
  name: string;
  type: string;
}
interface Units2025 {
  provinces: Array<NamedUnit & { communes: NamedUnit[] }>;
}
interface UnitsPre2025 {
  provinces: Array<NamedUnit & { districts: Array<NamedUnit & { communes: NamedUnit[] }> }>;
}
interface Mapping2025 {
  edges: Array<{ old: number; new: number; note: 'full' | 'partial' }>;
  district_edges: Array<{ old_district: number; new: number; note: string }>;
}

const REFERENCE_DIR = new URL('../../../reference/admin-units/', import.meta.url);

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(new URL(file, REFERENCE_DIR), 'utf8')) as T;
}

const pad = (code: number, width: number) => String(code).padStart(width, '0');

/** Admin-unit ids: '2025:P:01', '2025:C:00004', 'pre:P:01', 'pre:D:001', 'pre:C:00001'. */
export const adminUnitId = {
  province2025: (code: number) => `2025:P:${pad(code, 2)}`,
  commune2025: (code: number) => `2025:C:${pad(code, 5)}`,
  provincePre: (code: number) => `pre:P:${pad(code, 2)}`,
  districtPre: (code: number) => `pre:D:${pad(code, 3)}`,
  communePre: (code: number) => `pre:C:${pad(code, 5)}`,
};

/** Rows for admin_unit and admin_unit_successor, built from the three JSON files. */
export async function buildReferenceRows(): Promise<{
  units: Insertable<AdminUnitTable>[];
  successors: Insertable<AdminUnitSuccessorTable>[];
}> {
  const [now, pre, mapping] = await Promise.all([
    readJson<Units2025>('admin-units-2025.json'),
    readJson<UnitsPre2025>('admin-units-pre2025.json'),
    readJson<Mapping2025>('admin-units-2025-mapping.json'),
  ]);
  const units: Insertable<AdminUnitTable>[] = [];
  const unit = (
    id: string,
    era: '2025' | 'pre2025',
    level: 'province' | 'district' | 'commune',
    code: string,
    u: NamedUnit,
    parentId: string | null,
  ) => units.push({ id, era, level, code, name: u.name, type: u.type, parent_id: parentId, search_text: foldDiacritics(u.name) });

  // Parents before children, so that the parent_id foreign key holds row by row.
  for (const p of now.provinces) unit(adminUnitId.province2025(p.code), '2025', 'province', pad(p.code, 2), p, null);
  for (const p of now.provinces) {
    for (const c of p.communes) {
      unit(adminUnitId.commune2025(c.code), '2025', 'commune', pad(c.code, 5), c, adminUnitId.province2025(p.code));
    }
  }
  for (const p of pre.provinces) unit(adminUnitId.provincePre(p.code), 'pre2025', 'province', pad(p.code, 2), p, null);
  for (const p of pre.provinces) {
    for (const d of p.districts) {
      unit(adminUnitId.districtPre(d.code), 'pre2025', 'district', pad(d.code, 3), d, adminUnitId.provincePre(p.code));
    }
  }
  for (const p of pre.provinces) {
    for (const d of p.districts) {
      for (const c of d.communes) {
        unit(adminUnitId.communePre(c.code), 'pre2025', 'commune', pad(c.code, 5), c, adminUnitId.districtPre(d.code));
      }
    }
  }

  const successors: Insertable<AdminUnitSuccessorTable>[] = [];
  const seen = new Set<string>();
  const link = (oldId: string, newId: string, full: boolean) => {
    const key = oldId + '>' + newId;
    if (seen.has(key)) return;
    seen.add(key);
    successors.push({ old_id: oldId, new_id: newId, full_transfer: full });
  };
  for (const e of mapping.edges) link(adminUnitId.communePre(e.old), adminUnitId.commune2025(e.new), e.note === 'full');
  // Island districts without communes, each of which became a đặc khu.
  for (const e of mapping.district_edges) {
    link(adminUnitId.districtPre(e.old_district), adminUnitId.commune2025(e.new), /full\s*$/.test(e.note));
  }
  return { units, successors };
}

/**
 * Inserts the reference data in one transaction. Idempotent: does nothing when admin_unit
 * already has rows. `inserted` counts the admin_unit rows (the successor links come on top).
 */
export async function loadReferenceData(db: Kysely<DB>): Promise<{ inserted: number }> {
  const existing = await db.selectFrom('admin_unit').select('id').limit(1).executeTakeFirst();
  if (existing) return { inserted: 0 };
  const { units, successors } = await buildReferenceRows();
  return inTransaction(db, async (trx) => {
    // Re-check inside the transaction (another process may have loaded meanwhile).
    const again = await trx.selectFrom('admin_unit').select('id').limit(1).executeTakeFirst();
    if (again) return { inserted: 0 };
    const inserted = await insertChunked(trx, 'admin_unit', units);
    await insertChunked(trx, 'admin_unit_successor', successors);
    return { inserted };
  });
}
