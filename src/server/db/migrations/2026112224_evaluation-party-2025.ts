// The results part of the Party year 2025. 'evaluation.results_formula' was seeded from 1/1/2026,
// when Nghị định 335/2025/NĐ-CP came into force; but Quy định 366-QĐ/TW (30/8/2025) already scores
// the Party year 2025 on task results (70 of 100 points), and without a formula in force on
// 31/12/2025 no year-2025 evaluation can be computed or read. The same combination (the default
// of Điều 14, configurable) is put in force from 30/8/2025.
import { type Kysely, sql } from 'kysely';

const RESULTS_FORMULA = {
  weights: { quantity: 1, quality: 1, progress: 1 },
  deductionPerErrorPct: 25,
  deductionPerDelayPct: 25,
  leader: { ownWeight: 0.5, unitsWeight: 0.5, unitsAllAtLeastCompletedPct: 100, unitsAnyNotCompletedPct: 50 },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source)
    VALUES ('evaluation.results_formula', '2025-08-30', ${JSON.stringify(RESULTS_FORMULA)}::jsonb,
      'Quy định 366-QĐ/TW (30/8/2025): kết quả thực hiện nhiệm vụ 70 điểm; cách tính theo Nghị định 335/2025/NĐ-CP, Điều 14')
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM regulation_setting WHERE key = 'evaluation.results_formula' AND effective_from = '2025-08-30'`.execute(db);
}
