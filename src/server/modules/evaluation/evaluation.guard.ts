// What every step checks before it writes, in this order: the evaluation exists and the actor may
// act (404/403, policy), the period is open (409: closed periods are read-only), the version is
// current (409), the step comes in its turn (400 'v.evaluation.step_order'), then the inputs (400 naming
// the field and the rule). The period row is locked FOR SHARE, so a running close (which holds it
// FOR UPDATE) finishes first and the step then sees the period closed.
import type { Transaction } from 'kysely';
import { type Level, RULES } from '../../../domain/evaluation/index.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, type FieldIssue, invalid, notFound } from '../../errors.js';
import { type Locale, t, tAny } from '../../i18n.js';
import { lockPeriod } from './evaluation.bulk.queries.js';
import { type EvalRules, type StoredInputs, classifyFor, levelRank } from './evaluation.engine.js';
import { type EvaluationFull, evaluationById } from './evaluation.queries.js';
import { evaluationHead } from './evaluation.writes.queries.js';

/** The three steps in order (Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW). */
export const STEPS_RULE = 'Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW (tự đánh giá → thẩm định → quyết định)';
export const CLOSED_RULE = 'Kỳ đánh giá đã khóa sổ chỉ được xem (Quy định 366-QĐ/TW: kết quả đã quyết định, công bố)';

export function periodClosed(): AppError {
  return new AppError(
    409,
    'eval.period_closed',
    [{ field: 'periodId', key: 'v.evaluation.period_closed', params: { rule: CLOSED_RULE } }],
    { rule: CLOSED_RULE },
  );
}

/** Locks the period (share) then the evaluation (update); 404 when there is no such evaluation. */
export async function loadForStep(trx: Transaction<DB>, id: string): Promise<EvaluationFull> {
  const head = await evaluationHead(trx, id);
  if (!head) throw notFound();
  await lockPeriod(trx, head.period_id, 'share');
  const e = await evaluationById(trx, id, true);
  if (!e) throw notFound();
  return e;
}

/** After the scope check: open period, current version. */
export function assertWritable(e: { period_status: string; version: number }, version: number): void {
  if (e.period_status !== 'open') throw periodClosed();
  if (e.version !== version) throw conflict();
}

export function stepOrder(locale: Locale, status: string, expected: string, field = 'status'): AppError {
  if (status === 'excluded') return invalid({ field, key: 'v.evaluation.excluded', params: { rule: RULES.exclusions } });
  return invalid({
    field,
    key: 'v.evaluation.step_order',
    params: { status: tAny(locale, `eval.status.${status}`), expected: tAny(locale, `eval.status.${expected}`), rule: STEPS_RULE },
  });
}

/**
 * Quy định 366-QĐ/TW, Điều 11: a level may not be above what the score and the conditions allow.
 * Without task evidence the task conditions cannot fail (classification.ts), so only the score band
 * and the recorded triggers bind — the manual-evidence case. The issues name `field` and each failed
 * condition with its rule.
 */
export function levelIssues(
  inputs: StoredInputs,
  score: number,
  level: Level,
  rules: EvalRules,
  locale: Locale,
  field = 'level',
): FieldIssue[] {
  const c = classifyFor(inputs, score, rules.classification);
  const allowed = c.level ?? 'not_completed';
  if (levelRank(level) <= levelRank(allowed)) return [];
  // Any trigger explains KHT; otherwise the conditions between the allowed level and the one asked for.
  const triggers = c.checks.filter((x) => x.level === 'not_completed' && !x.ok);
  const failed = triggers.length
    ? triggers
    : c.checks.filter(
        (x) => !x.ok && x.level !== 'not_completed' && levelRank(x.level) > levelRank(allowed) && levelRank(x.level) <= levelRank(level),
      );
  return [
    {
      field,
      key: 'v.evaluation.level_above',
      params: { level: t(locale, `eval.level.${level}`), allowed: t(locale, `eval.level.${allowed}`), rule: RULES.levels },
    },
    ...failed.map((x) => ({ field, key: x.key, params: { ...x.params, actual: x.actual ?? '—' } })),
  ];
}

export const inputsOf = (e: EvaluationFull) => e.inputs as StoredInputs;
