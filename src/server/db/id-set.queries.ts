// A list of ids as ONE statement parameter: `column IN (SELECT unnest($1::uuid[]))`. PostgreSQL's wire
// protocol carries at most 65,535 parameters per statement, and `IN ($1, $2, …)` spends one per id: a
// province's report over 30,000+ people (and its courses) would exceed it. The array is one parameter
// whatever its length, and the planner joins it like a table.
import { type RawBuilder, sql } from 'kysely';

export const idSet = (ids: readonly string[]): RawBuilder<string> => sql<string>`(SELECT unnest(${[...ids]}::uuid[]))`;
