// Tasks board (checked with EXPLAIN on 4 million tasks, see tasks.list.queries.ts):
// - a covering index by unit and due date, so that a commune's board, its filters (status,
//   overdue, field, area, source) and sorts (priority, updated) and their counts are answered
//   from the index: a unit's rows are spread over the whole heap (written day by day, interleaved
//   with every other unit's), and visiting ~40,000 heap pages per board costs ~0.5 s cold. It has
//   the same leading columns as task_unit_due_idx, which it replaces;
// - an index of open tasks by unit and due date (overdue lists and counts, reminders);
// - a stored folded title with a trigram index, for search without diacritics. The letters below
//   are the Vietnamese precomposed letters and their base letters (the folding of foldDiacritics in
//   src/domain/names.ts; migrations do not import app code, so the table is spelled out here).
import { type Kysely, sql } from 'kysely';

const FROM =
  'àÀáÁạẠảẢãÃâÂầẦấẤậẬẩẨẫẪăĂằẰắẮặẶẳẲẵẴèÈéÉẹẸẻẺẽẼêÊềỀếẾệỆểỂễỄìÌíÍịỊỉỈĩĨòÒóÓọỌỏỎõÕôÔồỒốỐộỘổỔỗỖơƠờỜớỚợỢởỞỡỠùÙúÚụỤủỦũŨưƯừỪứỨựỰửỬữỮỳỲýÝỵỴỷỶỹỸđĐ';
const TO =
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX task_unit_board_idx ON task (unit_id, due_date)
      INCLUDE (id, status, priority, field_code, area_unit_id, source, updated_at)
  `.execute(db);
  await sql`DROP INDEX task_unit_due_idx`.execute(db);
  // Same predicate as the board's overdue filter, so the planner can use it.
  await sql`
    CREATE INDEX task_open_unit_due_idx ON task (unit_id, due_date) WHERE status IN ('new', 'accepted', 'in_progress')
  `.execute(db);
  // Stored, so a search reads a column instead of folding every title it scans (translate()
  // with this table costs tens of microseconds a row).
  await sql`
    ALTER TABLE task ADD COLUMN search_text text GENERATED ALWAYS AS (lower(translate(title, ${sql.lit(FROM)}, ${sql.lit(TO)}))) STORED
  `.execute(db);
  await sql`CREATE INDEX task_search_idx ON task USING gin (search_text gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX task_search_idx`.execute(db);
  await sql`ALTER TABLE task DROP COLUMN search_text`.execute(db);
  await sql`DROP INDEX task_open_unit_due_idx`.execute(db);
  await sql`CREATE INDEX task_unit_due_idx ON task (unit_id, due_date)`.execute(db);
  await sql`DROP INDEX task_unit_board_idx`.execute(db);
}
