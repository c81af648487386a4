// Rule checks worded for the reader (the citation and the numbers formatted: 07/2030, dd/mm/yyyy,
// vi-VN numbers; post codes as their titles, levels as words), and the audit shape of a candidate.
import { formatRuleParams, type RuleCheck } from '../../../domain/planning/index.js';
import type { RuleCheckView } from '../../../contracts/planning.js';
import { type Locale, tAny } from '../../i18n.js';
import type { CandidateRow, LadderRow } from './planning.queries.js';

const LEVEL_WORDS: Record<string, { vi: string; en: string }> = {
  intermediate: { vi: 'trung cấp', en: 'intermediate' },
  college: { vi: 'cao đẳng', en: 'college' },
  bachelor: { vi: 'đại học (cử nhân)', en: 'bachelor' },
  master: { vi: 'thạc sĩ', en: 'master' },
  doctor: { vi: 'tiến sĩ', en: 'doctor' },
  elementary: { vi: 'sơ cấp', en: 'elementary' },
  advanced: { vi: 'cao cấp', en: 'advanced' },
  officer: { vi: 'chuyên viên', en: 'officer' },
  principal_officer: { vi: 'chuyên viên chính', en: 'principal officer' },
  senior_officer: { vi: 'chuyên viên cao cấp', en: 'senior officer' },
  province_standing: { vi: 'Ban Thường vụ Tỉnh ủy', en: 'the provincial standing committee' },
  centre: { vi: 'Trung ương', en: 'the Centre' },
  // A person holding no post of the target's ladder enters it at its bottom (ladder.ts).
  none_held: { vi: 'vị trí chưa giữ chức danh nào của thang', en: 'holding no post of this ladder' },
};

/** A standards level code as a word ("bachelor" → "đại học (cử nhân)"); undefined for none or an unknown code. */
export const levelWord = (code: string | null, locale: Locale): string | undefined => (code ? LEVEL_WORDS[code]?.[locale] : undefined);

export type Labeller = (key: string, value: string) => string | undefined;

/** Words for post codes (the ladder's titles) and the standards' level codes. */
export function labeller(ladder: Map<string, LadderRow>, locale: Locale): Labeller {
  return (key, value) => {
    const post = ladder.get(value);
    if (post) return locale === 'vi' ? post.title_vi : post.title_en;
    if (key === 'required' || key === 'held' || key === 'level' || key === 'approvingLevel' || key === 'current')
      return LEVEL_WORDS[value]?.[locale];
    return undefined;
  };
}

/** One check as the reader sees it. */
export function presentCheck(c: RuleCheck, locale: Locale, label: Labeller): RuleCheckView {
  return { code: c.code, outcome: c.outcome, rule: c.rule, message: tAny(locale, c.code, checkParams(c, locale, label)) };
}

/** The params of a check as message text (a step count from no held post says so instead of a dash). */
export function checkParams(c: RuleCheck, locale: Locale, label: Labeller): Record<string, string> {
  const params = 'steps' in c.params && c.params.current === null ? { ...c.params, current: 'none_held' } : c.params;
  return formatRuleParams(params, c.rule, locale, label);
}

/** The field a refused check is about, so that the form marks the right input. */
export function fieldOfCheck(code: string): string {
  if (code.startsWith('planning.age')) return 'targetLevel';
  if (code.startsWith('planning.standard')) return 'training';
  if (code.startsWith('planning.cap.posts_per_candidate')) return 'personId';
  return 'postCode';
}

export function auditCandidate(c: CandidateRow) {
  return {
    planId: c.plan_id,
    postCode: c.post_code,
    personId: c.person_id,
    targetLevel: c.target_level,
    source: c.source,
    status: c.status,
    training: c.training,
    note: c.note,
    addedOn: c.added_on,
    approvedOn: c.approved_on,
    removedOn: c.removed_on,
    removalKind: c.removal_kind,
    removalReason: c.removal_reason,
    disciplineId: c.discipline_id,
  };
}
