// Regulation defaults and the terms. Numbers set by regulations live here as data with an
// effective date, so that a new decree is a new row, not a code change.
import { type Kysely, sql } from 'kysely';

const RETIREMENT_SCHEDULE = {
  // Nghị định 135/2020/NĐ-CP, Điều 4: from 2021 the age rises each year by 3 months (men) or
  // 4 months (women) from 60y3m / 55y4m until 62 (2028) / 60 (2035).
  male: { baseMonths: 720, firstYear: 2021, firstMonths: 723, stepMonths: 3, capMonths: 744 },
  female: { baseMonths: 660, firstYear: 2021, firstMonths: 664, stepMonths: 4, capMonths: 720 },
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO regulation_setting (key, effective_from, value, source) VALUES
      ('retirement.schedule', '2021-01-01', ${JSON.stringify(RETIREMENT_SCHEDULE)}::jsonb,
       'Nghị định 135/2020/NĐ-CP, Điều 4'),
      ('auth.password_policy', '2026-01-01', '{"minLength": 10, "classes": 3}'::jsonb,
       'CanBo security policy'),
      ('auth.lockout', '2026-01-01', '{"maxFailures": 5, "lockMinutes": 15, "ipWindowSeconds": 60, "ipMaxAttempts": 20}'::jsonb,
       'CanBo security policy')
  `.execute(db);
  await sql`
    INSERT INTO term (id, body, name, start_year, end_year) VALUES
      ('party-2020-2025', 'party', 'Nhiệm kỳ 2020–2025', 2020, 2025),
      ('party-2025-2030', 'party', 'Nhiệm kỳ 2025–2030', 2025, 2030),
      ('party-2030-2035', 'party', 'Nhiệm kỳ 2030–2035', 2030, 2035),
      ('state-2021-2026', 'state', 'Nhiệm kỳ 2021–2026', 2021, 2026),
      ('state-2026-2031', 'state', 'Nhiệm kỳ 2026–2031', 2026, 2031)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM term; DELETE FROM regulation_setting`.execute(db);
}
