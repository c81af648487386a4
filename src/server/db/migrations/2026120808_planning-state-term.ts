// Planning, session 7 (issue 10, decision 0037): the reference month of the State's 2026–2031 term —
// 03/2026, the month of the elections of the National Assembly and the People's Councils (15/3/2026), by
// the same logic as the Party's terms (decision 0030: the month the term's bodies are elected) and as the
// 2031–2036 term's 03/2031 — added to every row of the 'planning.age' setting that lacks the term (an
// administrator's own month is kept). The term's State posts can then be planned for the current term.
import { type Kysely, sql } from 'kysely';

const MONTHS_2026 = { state: '2026-03' };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE regulation_setting
       SET value = jsonb_set(value, '{referenceMonths,state-2026-2031}', ${JSON.stringify(MONTHS_2026)}::jsonb)
     WHERE key = 'planning.age' AND NOT (value -> 'referenceMonths') ? 'state-2026-2031'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE regulation_setting SET value = value #- '{referenceMonths,state-2026-2031}' WHERE key = 'planning.age'`.execute(db);
}
