// Administrative units for the API: the path reads from the unit up ("Xã X, Huyện Z, Tỉnh Y").
import type { AdminUnitView } from '../../../contracts/reference.js';
import type { AdminUnitRow } from './reference.queries.js';

export function presentAdminUnit(row: AdminUnitRow): AdminUnitView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    level: row.level,
    era: row.era,
    parentId: row.parent_id,
    path: [row.name, row.parent_name, row.grandparent_name].filter((n): n is string => !!n).join(', '),
  };
}

export function presentAdminUnitLink(row: AdminUnitRow & { full_transfer: boolean }) {
  return { ...presentAdminUnit(row), fullTransfer: row.full_transfer };
}
