// The administrative units a seed run draws from (hometowns, birthplaces, real commune names),
// read from admin_unit / admin_unit_successor once per run.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';

export interface AdminCommune {
  id: string; // '2025:C:12205'
  code: string; // '12205'
  name: string; // 'Xã Khoái Châu'
  type: string; // 'xã' | 'phường' | 'đặc khu'
  provinceCode: string; // '33'
}
export interface AdminProvince {
  id: string; // '2025:P:33'
  code: string;
  name: string;
  type: string;
  communes: AdminCommune[];
}

export interface AdminContext {
  provinces: AdminProvince[];
  provinceByCode: Map<string, AdminProvince>;
  communeById: Map<string, AdminCommune>;
  /** 2025 commune id → 3-digit code of the pre-2025 province it came from (citizen-id prefix). */
  birthProvinceCode(communeId: string): string;
}

export async function loadAdminContext(db: Kysely<DB>): Promise<AdminContext> {
  const rows = await db
    .selectFrom('admin_unit')
    .select(['id', 'level', 'code', 'name', 'type', 'parent_id'])
    .where('era', '=', '2025')
    .orderBy('id')
    .execute();
  const provinces: AdminProvince[] = [];
  const provinceByCode = new Map<string, AdminProvince>();
  const provinceById = new Map<string, AdminProvince>();
  for (const r of rows) {
    if (r.level !== 'province') continue;
    const p: AdminProvince = { id: r.id, code: r.code, name: r.name, type: r.type, communes: [] };
    provinces.push(p);
    provinceByCode.set(p.code, p);
    provinceById.set(p.id, p);
  }
  const communeById = new Map<string, AdminCommune>();
  for (const r of rows) {
    if (r.level !== 'commune') continue;
    const p = provinceById.get(r.parent_id ?? '');
    if (!p) continue;
    const c: AdminCommune = { id: r.id, code: r.code, name: r.name, type: r.type, provinceCode: p.code };
    p.communes.push(c);
    communeById.set(c.id, c);
  }
  if (provinces.length === 0) throw new Error('admin_unit has no 2025 provinces: load the reference data first');

  // The old province each new commune came from (the smallest code when it came from several).
  const old = await sql<{ new_id: string; code: string }>`
    SELECT s.new_id, min(p.code) AS code
    FROM admin_unit_successor s
    JOIN admin_unit c ON c.id = s.old_id
    JOIN admin_unit d ON d.id = c.parent_id
    JOIN admin_unit p ON p.id = d.parent_id
    WHERE c.level = 'commune'
    GROUP BY s.new_id
  `.execute(db);
  const oldProvince = new Map(old.rows.map((r) => [r.new_id, r.code]));
  return {
    provinces,
    provinceByCode,
    communeById,
    birthProvinceCode(communeId: string): string {
      const code = oldProvince.get(communeId) ?? communeById.get(communeId)?.provinceCode ?? '01';
      return code.padStart(3, '0');
    },
  };
}
