// person.search_text takes the marks inside a name's words as word breaks, like personSearchText
// (src/domain/names.ts) now writes it: "ksor h'bla" → "ksor h bla", "le thi ngoc-anh" →
// "le thi ngoc anh". The people search ranks whole words and word starts first (decision 0010)
// by comparing the query's words with the words of search_text between spaces; with the marks
// stored as spaces it needs no translate() for each row it ranks. The marks are spelled out here
// (migrations do not import app code); the trigram index person_search_idx is kept up to date by
// the UPDATE.
import { type Kysely, sql } from 'kysely';

const MARKS = "'’‘-.,()/";
const SPACES = ' '.repeat(MARKS.length);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE person SET search_text = btrim(regexp_replace(translate(search_text, ${MARKS}, ${SPACES}), ' {2,}', ' ', 'g'))
     WHERE translate(search_text, ${MARKS}, ${SPACES}) <> search_text
  `.execute(db);
}

export async function down(): Promise<void> {
  // The marks removed are not recorded; search_text stays usable by the previous search (a LIKE per word).
}
