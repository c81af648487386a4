// The register of exemplary collectives and individuals (điển hình tiên tiến): a nomination, then the
// recognising decision. The campaigns and levels are short code lists [U] (local practice names them;
// the Chỉ thị 05-CT/TW campaign — học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh — is the
// one every committee runs).
export const EXEMPLAR_CAMPAIGNS = ['ho_chi_minh', 'patriotic_emulation', 'new_countryside', 'digital_transformation', 'other'] as const;
export type ExemplarCampaign = (typeof EXEMPLAR_CAMPAIGNS)[number];

/** The level of the body that recognises (who signs the decision). */
export const RECOGNITION_LEVELS = ['commune', 'province', 'central'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export type ExemplarStatus = 'nominated' | 'recognised' | 'declined';

export type DecisionIssue =
  | { field: 'decisionDate'; code: 'exemplar.decision.future' | 'exemplar.decision.before_year' }
  | { field: 'status'; code: 'exemplar.not_nominated' };

/** A recognising decision is taken on a nomination still open, dated no later than today and not before the year it recognises. */
export function decisionIssues(n: { status: ExemplarStatus; year: number }, decisionDate: string, today: string): DecisionIssue[] {
  if (n.status !== 'nominated') return [{ field: 'status', code: 'exemplar.not_nominated' }];
  if (decisionDate > today) return [{ field: 'decisionDate', code: 'exemplar.decision.future' }];
  if (decisionDate < `${n.year}-01-01`) return [{ field: 'decisionDate', code: 'exemplar.decision.before_year' }];
  return [];
}
