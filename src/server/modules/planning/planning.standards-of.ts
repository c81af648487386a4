// The standards of the posts people hold now and the posts they are planned for, checked against their
// record (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW, tiêu chuẩn chức danh): the training module shows it
// on the person's training record and lists who lacks the standard. The rule is the domain's
// checkStandards (target 1: the standard must be met now), the levels are the record's words mapped by
// planning.qualifications.ts, the required levels are the ladder's.
import type { Kysely } from 'kysely';
import { checkStandards, formatRuleParams, monthOf } from '../../../domain/planning/index.js';
import type { DB } from '../../db/schema.js';
import { type Locale, t } from '../../i18n.js';
import { heldLadderCodes, peopleFacts, plannedPostCodes } from './planning.facts.queries.js';
import { labeller } from './planning.presenter.js';
import { standardCodes } from './planning.qualifications.js';
import { loadLadder, loadPlanningSettings } from './planning.settings.js';

type Dimension = 'qualification' | 'political_theory' | 'state_management';

export interface PostStandards {
  postCode: string;
  title: string;
  relation: 'held' | 'planned';
  met: boolean;
  checks: Array<{ dimension: Dimension; required: string; held: string | null; met: boolean; message: string }>;
}

/** Per person: each post held on `on` (linked to the ladder) and each post planned (proposed or approved), with its checks. */
export async function postStandardsOf(
  db: Kysely<DB>,
  locale: Locale,
  personIds: readonly string[],
  on: string,
): Promise<Map<string, PostStandards[]>> {
  const out = new Map<string, PostStandards[]>();
  if (personIds.length === 0) return out;
  const [ladder, settings, people, held, planned] = await Promise.all([
    loadLadder(db),
    loadPlanningSettings(db, on),
    peopleFacts(db, personIds),
    heldLadderCodes(db, personIds, on),
    plannedPostCodes(db, personIds),
  ]);
  const label = labeller(ladder.byCode, locale);
  const scales = settings.standards.scales;
  const plannedOf = new Map<string, string[]>();
  for (const r of planned) plannedOf.set(r.person_id, [...(plannedOf.get(r.person_id) ?? []), r.post_code]);
  for (const p of people) {
    const heldLevels: Record<string, string | null> = {};
    for (const [dimension, level] of Object.entries(standardCodes(p))) {
      heldLevels[dimension] = level !== null && scales[dimension]?.includes(level) ? level : null;
    }
    const posts: PostStandards[] = [];
    const seen = new Set<string>();
    const relations: Array<[string, 'held' | 'planned']> = [
      ...(held.get(p.id) ?? []).map((c): [string, 'held'] => [c, 'held']),
      ...(plannedOf.get(p.id) ?? []).map((c): [string, 'planned'] => [c, 'planned']),
    ];
    for (const [code, relation] of relations) {
      const row = ladder.byCode.get(code);
      if (!row || seen.has(`${relation}:${code}`)) continue;
      seen.add(`${relation}:${code}`);
      const required: Record<string, string> = {};
      for (const [dimension, level] of Object.entries(row.standards as Record<string, string>)) {
        if (scales[dimension]?.includes(level)) required[dimension] = level;
      }
      const checks = checkStandards(
        { required, held: heldLevels, training: [], targetLevel: 1, referenceMonth: monthOf(on) },
        settings.standards,
      ).map((c) => {
        const met = c.outcome === 'pass';
        const params = formatRuleParams({ ...c.params, held: c.params.held ?? 'none' }, c.rule, locale, (key, value) =>
          key === 'held' && value === 'none' ? t(locale, 'training.standard.none') : label(key, value),
        );
        return {
          dimension: c.params.dimension as Dimension,
          required: String(c.params.required),
          held: (c.params.held as string | null) ?? null,
          met,
          message: t(locale, met ? 'training.standard.met' : 'training.standard.not_met', params),
        };
      });
      posts.push({
        postCode: code,
        title: locale === 'vi' ? row.title_vi : row.title_en,
        relation,
        met: checks.every((c) => c.met),
        checks,
      });
    }
    out.set(p.id, posts);
  }
  return out;
}
