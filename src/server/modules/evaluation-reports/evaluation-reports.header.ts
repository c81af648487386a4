// The issuing side and the place of a form, read from the organisation tree as it stood at the
// period's end (documents.queries.ts lineageAt): the unit's Party committee and the committee above
// it, as the left column of a Party document's heading (Quy định 66-QĐ/TW, as the HD 43-HD/BTCTW
// forms use it), and the locality of the nearest unit that stands for an administrative unit.
import { type Locale, t } from '../../i18n.js';
import { type HeaderBlock, motto, upper } from './evaluation-reports.document.js';
import type { LineageRow } from './evaluation-reports.documents.queries.js';

export interface Issuer {
  /** Top down: the committee above (its "Đảng bộ …" name), then the unit's own committee ("Đảng ủy …"). */
  committees: string[];
  /** "Yên Mỹ" for "Xã Yên Mỹ"; null when no unit up the tree stands for an administrative unit. */
  place: string | null;
}

/** "Xã Yên Mỹ" (type "xã") → "Yên Mỹ"; "Thành phố Hà Nội" (type "thành phố") → "Hà Nội". */
export function bareAdminName(name: string, type: string | null): string {
  if (type && name.toLocaleLowerCase('vi-VN').startsWith(`${type.toLocaleLowerCase('vi-VN')} `)) return name.slice(type.length + 1);
  return name;
}

export function issuerOf(rows: LineageRow[]): Issuer {
  // Each Party committee once, nearest first: a committee itself, or a territory's own committee.
  const found: Array<{ short: string; name: string }> = [];
  for (const r of rows) {
    const c =
      r.kind === 'party_committee'
        ? { short: r.short_name ?? r.name, name: r.name }
        : r.committee_name
          ? { short: r.committee_short ?? r.committee_name, name: r.committee_name }
          : null;
    if (c && !found.some((f) => f.name === c.name)) found.push(c);
  }
  const committees = found.length === 0 ? [] : found.length === 1 ? [found[0].short] : [found[1].name, found[0].short];
  const local = rows.find((r) => r.admin_name);
  return { committees, place: local?.admin_name ? bareAdminName(local.admin_name, local.admin_type) : null };
}

/**
 * The heading of a form: for Party forms the committee above and the committee, a star, the number
 * line, and "ĐẢNG CỘNG SẢN VIỆT NAM" with the place-and-date line; for civil servants (NĐ 335) the
 * unit and the state motto. `fallback` names the issuing side when the tree has no committee.
 */
export function formHeader(locale: Locale, appendix: string, issuer: Issuer, fallback: string[], placeDate: string): HeaderBlock {
  const party = appendix !== 'ND335';
  const left = (party && issuer.committees.length > 0 ? issuer.committees : fallback).map((x) => upper(locale, x));
  return { kind: 'header', left, right: motto(locale, appendix), star: party, number: t(locale, 'doc.number'), placeDate };
}
