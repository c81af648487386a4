// SQL for people lists and exports: scope, filters, Vietnamese sort, one page at a time.
// Built so the planner can walk person_sort_idx / person_unit_sort_idx for the default order and
// person_search_idx (trigram GIN) for name search; posts are fetched for the page's ids only.
// A name search is ranked (whole word, then word start, then inside a word; decision 0010) and
// answers its page and its total in one statement.
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { foldDiacritics, foldNameWords } from '../../../domain/names.js';
import { type RetirementSchedule, retirementAgeMonths } from '../../../domain/retirement.js';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

export type PeopleSort = 'name' | '-name' | 'dateOfBirth' | '-dateOfBirth' | 'retirement' | 'unit';

export interface ListCriteria {
  roots: string[];
  selfId: string | null;
  unitId?: string;
  kind?: string;
  cadreGroup?: string;
  gender?: string;
  postTitle?: string;
  q?: string;
  /** Date at which posts are held (filter and posts column). */
  asOf: string;
}

// Folds text in SQL the way foldDiacritics does in JS, without depending on the unaccent
// extension or the database's ctype: every precomposed Latin letter maps to its base letter.
const FOLD = (() => {
  let from = '';
  let to = '';
  const ranges = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldDiacritics(ch);
      if (folded.length === 1 && /[a-z]/.test(folded) && folded !== ch) {
        from += ch;
        to += folded;
      }
    }
  }
  return { from, to };
})();

function foldedSql(column: string): RawBuilder<string> {
  return sql<string>`lower(translate(${sql.ref(column)}, ${FOLD.from}, ${FOLD.to}))`;
}

/** LIKE pattern for a substring, with the wildcards of the input escaped. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** The words of a name search, folded like person.search_text (personSearchText): each must occur in the name. */
function searchWords(q: string | undefined): string[] {
  return foldNameWords(q ?? '')
    .split(' ')
    .filter(Boolean);
}

// Rank of one query word in a name: a whole word 0, the start of a word 1, inside a word INSIDE.
// A name's rank is the sum over the query's words, so any word found only inside a word puts the
// name after every name whose words all start a word (a query has at most 100 characters, so
// fewer than INSIDE words).
const INSIDE = 1000;

/** LIKE pattern escaping the wildcards of the input. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Relevance of a person's name to the search, lower first (decision 0010): per query word, 0 when
 * it is a whole word of the folded name ("yen" → Yên), 1 when it starts one ("ngu" → Nguyễn),
 * INSIDE when it occurs only inside a word ("yen" in Nguyễn); summed over the words. search_text
 * holds the folded words separated by single spaces (marks such as the apostrophe of H'Bla too).
 */
function rankSql(words: string[]): RawBuilder<number> {
  const terms = words.map((w) => {
    const word = escapeLike(w);
    return sql`(CASE WHEN (' ' || p.search_text || ' ') LIKE ${`% ${word} %`} THEN 0 WHEN (' ' || p.search_text) LIKE ${`% ${word}%`} THEN 1 ELSE ${sql.lit(INSIDE)} END)`;
  });
  return sql<number>`(${sql.join(terms, sql` + `)})`;
}

function where(c: ListCriteria): Expression<SqlBool>[] {
  const scope = c.selfId
    ? sql<SqlBool>`(${inSubtrees(c.roots, 'p.unit_id')} OR p.id = ${c.selfId})`
    : sql<SqlBool>`${inSubtrees(c.roots, 'p.unit_id')}`;
  const out: Expression<SqlBool>[] = [scope];
  if (c.unitId) out.push(sql<SqlBool>`${inSubtrees([c.unitId], 'p.unit_id')}`);
  if (c.kind) out.push(sql<SqlBool>`p.kind = ${c.kind}`);
  if (c.cadreGroup) out.push(sql<SqlBool>`p.cadre_group = ${c.cadreGroup}`);
  if (c.gender) out.push(sql<SqlBool>`p.gender = ${c.gender}`);
  // Every word of the query must appear in the folded name, in any order: "nguyen an" finds
  // "Nguyễn Văn An". Each LIKE can use the trigram index. A word found only inside a word of the
  // name ("yen" in "nguyen") still matches, ranked after the names where it starts a word.
  for (const word of searchWords(c.q)) {
    out.push(sql<SqlBool>`p.search_text LIKE ${containsPattern(word)}`);
  }
  const title = foldDiacritics(c.postTitle ?? '');
  if (title) {
    out.push(sql<SqlBool>`EXISTS (
      SELECT 1 FROM tenure t JOIN post po ON po.id = t.post_id
       WHERE t.person_id = p.id AND t.start_date <= ${c.asOf} AND (t.end_date IS NULL OR t.end_date >= ${c.asOf})
         AND ${foldedSql('po.title')} LIKE ${containsPattern(title)})`);
  }
  return out;
}

/** Runs of birth months over which the retirement age is the same: [first birth month, age]. */
function ageRuns(gender: 'male' | 'female', schedule: RetirementSchedule): Array<[string, number]> {
  const key = `${gender}:${JSON.stringify(schedule[gender])}`;
  const known = RUNS.get(key);
  if (known) return known;
  const runs: Array<[string, number]> = [];
  for (let y = RUN_FIRST_YEAR; y <= RUN_LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      const first = `${y}-${String(m).padStart(2, '0')}-01`;
      const age = retirementAgeMonths(gender, first, schedule);
      if (runs.length === 0 || runs[runs.length - 1][1] !== age) runs.push([first, age]);
    }
  }
  RUNS.set(key, runs);
  return runs;
}
// Tabulating takes a few milliseconds; schedules change once in years.
const RUNS = new Map<string, Array<[string, number]>>();
// Outside these years of birth the ages at the ends apply (the schedule is flat there).
const RUN_FIRST_YEAR = 1900;
const RUN_LAST_YEAR = 2100;

function ageMonthsSql(gender: 'male' | 'female', schedule: RetirementSchedule, dob: string): RawBuilder<number> {
  const runs = ageRuns(gender, schedule);
  if (runs.length === 1) return sql<number>`${sql.lit(runs[0][1])}`;
  // Dates and ages are generated here, not user input: inlined so the plan is the same for every query.
  const whens = runs.slice(1).map(([from], i) => sql`WHEN ${sql.ref(dob)} < DATE ${sql.lit(from)} THEN ${sql.lit(runs[i][1])}`);
  return sql<number>`(CASE ${sql.join(whens, sql` `)} ELSE ${sql.lit(runs[runs.length - 1][1])} END)`;
}

/**
 * Month index (year × 12 + month − 1) of the retirement date, in SQL, so lists sort by retirement
 * exactly (Nghị định 135/2020/NĐ-CP, Phụ lục I). The retirement age depends only on gender and
 * month of birth: it is tabulated here with retirementAgeMonths() from src/domain/retirement.ts
 * (as ranges of birth dates with one age each, a dozen or so per gender) and added to the birth
 * month in SQL. people.list.test.ts checks it against retirementDate().
 */
export function retirementMonthIndexSql(schedule: RetirementSchedule, dob = 'p.date_of_birth', gender = 'p.gender'): RawBuilder<number> {
  const birthIndex = sql<number>`(EXTRACT(YEAR FROM ${sql.ref(dob)})::int * 12 + EXTRACT(MONTH FROM ${sql.ref(dob)})::int - 1)`;
  const age = sql`(CASE WHEN ${sql.ref(gender)} = 'male' THEN ${ageMonthsSql('male', schedule, dob)} ELSE ${ageMonthsSql('female', schedule, dob)} END)`;
  return sql<number>`(${birthIndex} + ${age})`;
}

export async function countPeople(db: Kysely<DB>, c: ListCriteria): Promise<number> {
  const row = await db
    .selectFrom('person as p')
    .select(sql<number>`count(*)::int`.as('n'))
    .where((eb) => eb.and(where(c)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const LIST_COLUMNS = [
  'p.id',
  'p.family_name',
  'p.middle_name',
  'p.given_name',
  'p.gender',
  'p.date_of_birth',
  'p.kind',
  'p.cadre_group',
  'p.unit_id',
  'u.name as unit_name',
  'p.hometown_id',
] as const;

/** ORDER BY terms of a list (over p = person and u = its unit), ending with sort_key and id. */
function orderTerms(c: ListCriteria, sort: PeopleSort, schedule: RetirementSchedule | undefined): RawBuilder<unknown>[] {
  // A name search in the name order lists the best matches first, each rank in the Vietnamese
  // order; a column the user sorts by explicitly orders every match by that column.
  const words = searchWords(c.q);
  const first: RawBuilder<unknown>[] = sort === 'name' && words.length > 0 ? [rankSql(words)] : [];
  switch (sort) {
    case '-name':
      return [sql`p.sort_key DESC`, sql`p.id DESC`];
    case 'dateOfBirth':
      first.push(sql`p.date_of_birth`);
      break;
    case '-dateOfBirth':
      first.push(sql`p.date_of_birth DESC`);
      break;
    case 'retirement':
      if (!schedule) throw new Error('the retirement order needs the retirement schedule');
      first.push(retirementMonthIndexSql(schedule));
      break;
    case 'unit':
      first.push(sql`u.name COLLATE "und-x-icu"`, sql`u.id`);
      break;
    default:
  }
  return [...first, sql`p.sort_key`, sql`p.id`];
}

function ordered(db: Kysely<DB>, c: ListCriteria, sort: PeopleSort, schedule: RetirementSchedule) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .where((eb) => eb.and(where(c)))
    .orderBy(sql.join(orderTerms(c, sort, schedule)));
}

export async function pageOfPeople(
  db: Kysely<DB>,
  c: ListCriteria,
  sort: PeopleSort,
  schedule: RetirementSchedule,
  limit: number,
  offset: number,
) {
  return ordered(db, c, sort, schedule).select(LIST_COLUMNS).limit(limit).offset(offset).execute();
}
export type ListRow = Awaited<ReturnType<typeof pageOfPeople>>[number];

/** Whether the criteria search names (then searchPageOfPeople answers page and total at once). */
export function searchesNames(c: ListCriteria): boolean {
  return searchWords(c.q).length > 0;
}

/**
 * A page of a name search and the number of matches, from one scan of the matches (the ranked
 * order has to look at every match anyway): the matches are ordered and counted as narrow rows
 * (id and order), and only the page's rows are then read, with their unit, the titles of the posts
 * held at `asOf` (most senior first, like postsHeld) and their hometown's path (like
 * adminUnitPaths) — the whole page in one statement. `total` is null when the page is past the
 * last match. The schedule is needed for the retirement order only.
 */
export async function searchPageOfPeople(
  db: Kysely<DB>,
  c: ListCriteria,
  sort: PeopleSort,
  schedule: RetirementSchedule | undefined,
  limit: number,
  offset: number,
) {
  const terms = orderTerms(c, sort, schedule);
  const page = db
    .selectFrom('person as p')
    .$if(sort === 'unit', (q) => q.innerJoin('org_unit as u', 'u.id', 'p.unit_id'))
    .where((eb) => eb.and(where(c)))
    .select(['p.id', sql<number>`(count(*) OVER ())::int`.as('match_count')])
    .orderBy(sql.join(terms))
    .limit(limit)
    .offset(offset);
  const rows = await db
    .selectFrom(page.as('m'))
    .innerJoin('person as p', 'p.id', 'm.id')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('admin_unit as h', 'h.id', 'p.hometown_id')
    .leftJoin('admin_unit as h1', 'h1.id', 'h.parent_id')
    .leftJoin('admin_unit as h2', 'h2.id', 'h1.parent_id')
    .select([
      ...LIST_COLUMNS,
      'm.match_count',
      'h.name as hometown_name',
      'h1.name as hometown_parent_name',
      'h2.name as hometown_grandparent_name',
      sql<string[]>`ARRAY(SELECT po.title FROM tenure t JOIN post po ON po.id = t.post_id
        WHERE t.person_id = p.id AND t.start_date <= ${c.asOf} AND (t.end_date IS NULL OR t.end_date >= ${c.asOf})
        ORDER BY po.rank, t.start_date)`.as('posts'),
    ])
    .orderBy(sql.join(terms))
    .execute();
  return { rows, total: rows.length > 0 ? Number(rows[0].match_count) : null };
}

/** Export rows: list columns plus the record's other fields; the citizen ID only where `citizenRoots` cover the unit. */
export async function exportPageOfPeople(
  db: Kysely<DB>,
  c: ListCriteria,
  sort: PeopleSort,
  schedule: RetirementSchedule,
  citizenRoots: string[],
  limit: number,
  offset: number,
) {
  return ordered(db, c, sort, schedule)
    .select([
      ...LIST_COLUMNS,
      'p.birthplace_id',
      'p.ethnicity',
      'p.religion',
      'p.education_level',
      'p.professional_qualification',
      'p.political_theory_level',
      'p.state_management_level',
      'p.party_admission_date',
      'p.party_full_date',
      'p.phone',
      'p.email',
      sql<string | null>`CASE WHEN ${inSubtrees(citizenRoots, 'p.unit_id')} THEN p.citizen_id END`.as('citizen_id'),
    ])
    .limit(limit)
    .offset(offset)
    .execute();
}
export type ExportRow = Awaited<ReturnType<typeof exportPageOfPeople>>[number];

/** Titles of the posts each person holds at `asOf`, most senior first (post.rank). */
export async function postsHeld(db: Kysely<DB>, personIds: string[], asOf: string) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('tenure as t')
    .innerJoin('post as po', 'po.id', 't.post_id')
    .select(['t.person_id', 'po.title'])
    .where('t.person_id', 'in', personIds)
    .where('t.start_date', '<=', asOf)
    .where((eb) => eb.or([eb('t.end_date', 'is', null), eb('t.end_date', '>=', asOf)]))
    .orderBy('t.person_id')
    .orderBy('po.rank')
    .orderBy('t.start_date')
    .execute();
}
