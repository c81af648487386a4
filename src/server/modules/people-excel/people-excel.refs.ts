// Turns what people write in the sheet into references: administrative units ("Quê quán",
// "Nơi sinh") and org units ("Mã đơn vị", "Đơn vị"). Lists are loaded once per import.
import { foldDiacritics } from '../../../domain/names.js';
import type { AdminUnitRow, SubtreeUnitRow } from './people-excel.queries.js';

export type Resolved = { id: string } | { issue: string; params?: Record<string, unknown> };

// Type words that start official names ("Phường Ba Đình", "Thành phố Hà Nội"), longest first.
const TYPE_PREFIXES = ['thanh pho', 'thi tran', 'thi xa', 'dac khu', 'phuong', 'huyen', 'quan', 'tinh', 'xa'];
function stripType(folded: string): string {
  for (const p of TYPE_PREFIXES) if (folded.startsWith(p + ' ')) return folded.slice(p.length + 1);
  return folded;
}
const keysOf = (folded: string) => [...new Set([folded, stripType(folded)])];

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Accepts an admin-unit id ('2025:C:00004', 'pre:C:00001'), a 5-digit commune code (2025 list;
 * 'pre 00001' for the pre-2025 list), or "Xã X, Tỉnh Y" / "Xã X, Huyện Z, Tỉnh Y" / "Tỉnh Y"
 * matched by folded name, with or without the type word. Prefers the 2025 list when both match.
 */
export class PlaceResolver {
  private readonly byId = new Map<string, AdminUnitRow>();
  private readonly provinces = new Map<string, AdminUnitRow[]>();
  /** commune key → communes, with their province id (for pre-2025: the district's province). */
  private readonly communes = new Map<string, Array<{ unit: AdminUnitRow; provinceId: string; districtId: string | null }>>();
  private readonly cache = new Map<string, Resolved>();

  constructor(rows: AdminUnitRow[]) {
    for (const r of rows) this.byId.set(r.id, r);
    for (const r of rows) {
      if (r.level === 'province') for (const k of keysOf(r.search_text)) push(this.provinces, k, r);
      if (r.level !== 'commune' || !r.parent_id) continue;
      const parent = this.byId.get(r.parent_id);
      const provinceId = parent?.level === 'district' ? parent.parent_id : r.parent_id;
      if (!provinceId) continue;
      const entry = { unit: r, provinceId, districtId: parent?.level === 'district' ? parent.id : null };
      for (const k of keysOf(r.search_text)) push(this.communes, k, entry);
    }
  }

  resolve(text: string): Resolved {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const res = this.lookup(text.trim());
    this.cache.set(text, res);
    return res;
  }

  private lookup(text: string): Resolved {
    if (/^(2025|pre):[PDC]:\d+$/.test(text)) return this.byId.has(text) ? { id: text } : { issue: 'v.xlsx_place_unknown' };
    const code = /^(?:(pre|cu|truoc 2025)[\s:-]*)?(\d{1,5})$/i.exec(foldDiacritics(text));
    if (code) {
      const id = `${code[1] ? 'pre' : '2025'}:C:${code[2].padStart(5, '0')}`;
      return this.byId.has(id) ? { id } : { issue: 'v.xlsx_place_unknown' };
    }
    const parts = text
      .split(',')
      .map((p) => foldDiacritics(p))
      .filter((p) => p !== '');
    if (parts.length === 0) return { issue: 'v.xlsx_place_unknown' };
    const provinces = this.provinces.get(parts[parts.length - 1]) ?? this.provinces.get(stripType(parts[parts.length - 1])) ?? [];
    if (provinces.length === 0) return { issue: 'v.xlsx_place_unknown' };
    if (parts.length === 1) return this.pick(provinces);
    const provinceIds = new Set(provinces.map((p) => p.id));
    let found = (this.communes.get(parts[0]) ?? this.communes.get(stripType(parts[0])) ?? []).filter((c) => provinceIds.has(c.provinceId));
    if (parts.length >= 3) {
      const district = new Set(keysOf(parts[parts.length - 2]));
      const inDistrict = found.filter((c) => {
        const d = c.districtId ? this.byId.get(c.districtId) : undefined;
        return d && keysOf(d.search_text).some((k) => district.has(k));
      });
      if (inDistrict.length) found = inDistrict;
    }
    return this.pick(found.map((c) => c.unit));
  }

  private pick(units: AdminUnitRow[]): Resolved {
    if (units.length === 0) return { issue: 'v.xlsx_place_unknown' };
    const current = units.filter((u) => u.era === '2025');
    const chosen = current.length ? current : units;
    return chosen.length === 1 ? { id: chosen[0].id } : { issue: 'v.xlsx_place_ambiguous' };
  }
}

/** Org units of the import's subtree, by id and by folded name or short name; open units first. */
export class UnitResolver {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, SubtreeUnitRow[]>();

  constructor(
    readonly targetId: string,
    rows: SubtreeUnitRow[],
    private readonly today: string,
  ) {
    for (const r of rows) {
      this.ids.add(r.id);
      for (const n of [r.name, r.short_name]) if (n) push(this.byName, foldDiacritics(n), r);
    }
  }

  byId(id: string): Resolved {
    return this.ids.has(id.toLowerCase()) ? { id: id.toLowerCase() } : { issue: 'v.xlsx_unit_outside' };
  }

  byUnitName(name: string): Resolved {
    const all = [...new Map((this.byName.get(foldDiacritics(name)) ?? []).map((u) => [u.id, u])).values()];
    if (all.length === 0) return { issue: 'v.xlsx_unit_unknown', params: { name } };
    const open = all.filter((u) => u.valid_to === null || u.valid_to > this.today);
    const chosen = open.length ? open : all;
    return chosen.length === 1 ? { id: chosen[0].id } : { issue: 'v.xlsx_unit_ambiguous', params: { name } };
  }
}
