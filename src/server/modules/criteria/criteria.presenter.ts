// Cadre groups, criteria sets and assignments as the API shows them (fields listed explicitly).
import type { CadreGroupView, CriteriaSetSummary, CriteriaSetView } from '../../../contracts/criteria.js';
import type { ResultsFormula } from '../../../domain/evaluation/index.js';
import type { Locale } from '../../i18n.js';
import type { CadreGroupRow, CriterionRow, SetRow } from './criteria.queries.js';

export function presentGroup(g: CadreGroupRow, locale: Locale): CadreGroupView {
  return {
    code: g.code,
    name: locale === 'en' ? g.name_en : g.name_vi,
    nameVi: g.name_vi,
    nameEn: g.name_en,
    appendix: g.appendix,
    isCollective: g.is_collective,
    isLeader: g.is_leader,
    rank: g.rank,
    ownerUnitId: g.owner_unit_id,
  };
}

export function presentSetSummary(s: SetRow, groups: string[]): CriteriaSetSummary {
  return {
    id: s.id,
    family: s.family,
    versionNo: s.version_no,
    name: s.name,
    appendix: s.appendix as CriteriaSetSummary['appendix'],
    generalPoints: s.general_points,
    resultsPoints: s.results_points,
    frozen: s.frozen_at !== null,
    frozenAt: s.frozen_at ? s.frozen_at.toISOString() : null,
    version: s.version,
    assignedGroups: groups,
    ownerUnitId: s.owner_unit_id,
  };
}

export function presentSet(
  s: SetRow,
  criteria: CriterionRow[],
  groups: string[],
  latestVersionNo: number,
  formula: ResultsFormula,
  canEdit: boolean,
): CriteriaSetView {
  return {
    ...presentSetSummary(s, groups),
    latestVersionNo,
    criteria: criteria.map((c) => ({
      part: c.part,
      code: c.code,
      title: c.title,
      maxPoints: c.max_points,
      source: c.source,
      ordinal: c.ordinal,
    })),
    resultsConfig: s.results_config ?? {},
    resultsFormula: formula,
    actions: { edit: canEdit },
  };
}

/** What the audit trail keeps of a set. */
export function auditSet(s: SetRow, criteria: ReadonlyArray<Pick<CriterionRow, 'part' | 'code' | 'title' | 'max_points' | 'source'>>) {
  return {
    family: s.family,
    versionNo: s.version_no,
    name: s.name,
    appendix: s.appendix,
    generalPoints: s.general_points,
    resultsPoints: s.results_points,
    resultsConfig: s.results_config,
    criteria: criteria.map((c) => ({ part: c.part, code: c.code, title: c.title, maxPoints: c.max_points, source: c.source })),
  };
}
