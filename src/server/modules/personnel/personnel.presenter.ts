// Personnel checks and proposals worded for the reader: the checks' numbers formatted (dd/mm/yyyy, vi-VN
// numbers), post codes as their titles, term ids as their names, documents and kinds as words.
import { formatRuleParams, type RuleCheck, worstOutcome } from '../../../domain/planning/index.js';
import type { ChecksView, ProposalKind } from '../../../contracts/personnel.js';
import { type Locale, tAny } from '../../i18n.js';
import type { CheckConfig, ChecksResult } from './personnel.checks.js';

const WORDS: Record<string, { vi: string; en: string }> = {
  'doc.appraisal': { vi: 'bản nhận xét, đánh giá cán bộ', en: 'the personnel appraisal' },
  'doc.assetDeclaration': { vi: 'bản kê khai tài sản, thu nhập', en: 'the asset declaration' },
  'doc.health': { vi: 'giấy chứng nhận sức khỏe', en: 'the health certificate' },
  appointment: { vi: 'bổ nhiệm', en: 'appointment' },
  nomination: { vi: 'giới thiệu ứng cử', en: 'nomination' },
  reappointment: { vi: 'bổ nhiệm lại', en: 'reappointment' },
  rotation: { vi: 'luân chuyển', en: 'rotation' },
  transfer: { vi: 'điều động', en: 'transfer' },
  secondment: { vi: 'biệt phái', en: 'secondment' },
  removal: { vi: 'miễn nhiệm', en: 'removal from office' },
  dismissal: { vi: 'cách chức', en: 'dismissal' },
  province_standing: { vi: 'Ban Thường vụ Tỉnh ủy', en: 'the provincial standing committee' },
  commune_standing: { vi: 'Ban Thường vụ Đảng ủy xã', en: 'the commune standing committee' },
  centre: { vi: 'Trung ương', en: 'the Centre' },
};

export const kindWord = (kind: ProposalKind, locale: Locale) => WORDS[kind][locale];

export type Labeller = (key: string, value: string) => string | undefined;

export function labeller(cfg: CheckConfig, locale: Locale): Labeller {
  return (key, value) => {
    const post = cfg.ladder.byCode.get(value);
    if (post) return locale === 'vi' ? post.title_vi : post.title_en;
    if (key === 'terms' || key === 'term') return cfg.terms.find((t) => t.id === value)?.name;
    return WORDS[value]?.[locale];
  };
}

export function checkParams(c: RuleCheck, locale: Locale, label: Labeller): Record<string, string> {
  return formatRuleParams(c.params, c.rule, locale, label);
}

export function checksView(result: ChecksResult & { exceptions?: ReadonlySet<string> }, cfg: CheckConfig, locale: Locale): ChecksView {
  const label = labeller(cfg, locale);
  const failed = result.checks.filter((c) => c.outcome === 'fail');
  return {
    checks: result.checks.map((c) => ({
      code: c.code,
      outcome: c.outcome,
      rule: c.rule,
      message: tAny(locale, c.code, checkParams(c, locale, label)),
      exceptionAllowed: c.exceptionAllowed === true,
    })),
    outcome: worstOutcome(result.checks),
    blocked: failed.some((c) => c.exceptionAllowed !== true),
    ratings: result.ratings,
    needsVote: result.needsVote,
  };
}

/** The field of the form a failed check is about. */
export function fieldOfCheck(code: string): string {
  if (code.startsWith('personnel.full_term')) return 'effectiveDate';
  if (code.startsWith('personnel.rotation.duration')) return 'plannedEndDate';
  if (code.startsWith('personnel.investigation')) return 'underInvestigation';
  if (code.startsWith('personnel.documents')) return 'documents';
  if (code.startsWith('personnel.vote')) return 'vote';
  if (
    code.startsWith('personnel.seat') ||
    code.startsWith('personnel.appointment') ||
    code.startsWith('personnel.transfer') ||
    code.startsWith('personnel.rotation.post')
  )
    return 'postId';
  return 'personId';
}
