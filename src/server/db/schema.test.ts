// The hand-written Kysely types (schema*.ts) against the migrated database: the same tables, the same
// columns, the same nullability, a TypeScript type that matches the column's type as the driver reads
// it (connect.ts: DATE stays text, BIGINT and NUMERIC become numbers), and no column that the types
// let an insert omit (`Generated`) while the database has no default for it. The types are read with
// the TypeScript compiler API (typescript-5: the project's compiler is the native TypeScript 7).
import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript-5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness.js';

interface DbColumn {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  data_type: string;
  udt_name: string;
  column_default: string | null;
  is_identity: 'YES' | 'NO';
  is_generated: string;
}

/** What a TypeScript column type is, as a word: 'string', 'number', 'Date', 'array'… */
type Kind = string;

interface TsColumn {
  select: Kind;
  nullable: boolean;
  /** An insert may leave the column out (Generated<…> or a ColumnType whose insert type admits undefined). */
  optionalOnInsert: boolean;
  /** An insert may not set it at all (GeneratedAlways<…>: the insert type is never). */
  neverInserted: boolean;
}

// The migrations' own bookkeeping, not the application's.
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock']);

/** The PostgreSQL type → the kind of TypeScript type the driver hands back; null = not compared (JSON). */
function expectedKind(c: DbColumn): Kind | null {
  if (c.data_type === 'ARRAY') return 'array';
  if (c.data_type === 'json' || c.data_type === 'jsonb') return null;
  if (c.data_type === 'boolean') return 'boolean';
  if (c.data_type === 'bytea') return 'bytes';
  if (c.data_type.startsWith('timestamp')) return 'Date';
  if (['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision'].includes(c.data_type)) return 'number';
  // text, varchar, char, uuid, date (a civil date string), enums, tsvector, inet…
  return 'string';
}

function readSchemaTypes(): Map<string, Map<string, TsColumn>> {
  const file = path.join(import.meta.dirname, 'schema.ts');
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const dbSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === 'DB');
  if (!dbSymbol) throw new Error('schema.ts exports no DB interface');
  const dbType = checker.getDeclaredTypeOfSymbol(dbSymbol);

  const members = (t: ts.Type): ts.Type[] => (t.isUnion() ? t.types : [t]);
  const isNullish = (t: ts.Type) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0;
  const kindOf = (t: ts.Type): Kind => {
    if (t.flags & ts.TypeFlags.StringLike) return 'string';
    if (t.flags & ts.TypeFlags.NumberLike) return 'number';
    if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (t.flags & ts.TypeFlags.BigIntLike) return 'bigint';
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'unknown';
    if (checker.isArrayType(t) || checker.isTupleType(t)) return 'array';
    const name = t.getSymbol()?.name;
    if (name === 'Date') return 'Date';
    if (name === 'Buffer' || name === 'Uint8Array') return 'bytes';
    return 'object';
  };
  const describe = (t: ts.Type): Kind => {
    const kinds = new Set(
      members(t)
        .filter((m) => !isNullish(m))
        .map(kindOf),
    );
    return [...kinds].sort().join('|') || 'never';
  };
  const part = (t: ts.Type, name: '__select__' | '__insert__') => {
    const p = t.getProperty(name);
    return p ? checker.getTypeOfSymbol(p) : t;
  };

  const tables = new Map<string, Map<string, TsColumn>>();
  for (const table of dbType.getProperties()) {
    const columns = new Map<string, TsColumn>();
    for (const column of checker.getTypeOfSymbol(table).getProperties()) {
      const type = checker.getTypeOfSymbol(column);
      const select = part(type, '__select__');
      const insert = part(type, '__insert__');
      const selectKind = describe(select);
      const hasNull = (t: ts.Type) => members(t).some((m) => (m.flags & ts.TypeFlags.Null) !== 0);
      columns.set(column.name, {
        select: selectKind,
        // `unknown | null` is `unknown`: a JSON column states its nullability in what it accepts.
        nullable: hasNull(select) || (selectKind === 'unknown' && insert !== select && hasNull(insert)),
        neverInserted: (insert.flags & ts.TypeFlags.Never) !== 0,
        optionalOnInsert: (column.flags & ts.SymbolFlags.Optional) !== 0 || members(insert).some((m) => m.flags & ts.TypeFlags.Undefined),
      });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

describe('schema*.ts matches the migrated database', () => {
  let close: () => Promise<void>;
  let dbTables: Map<string, DbColumn[]>;
  let tsTables: Map<string, Map<string, TsColumn>>;

  beforeAll(async () => {
    const opened = await openTestDatabase();
    close = opened.close;
    const { rows } = await sql<DbColumn>`
      SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name, c.column_default, c.is_identity, c.is_generated
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type IN ('BASE TABLE', 'VIEW')
       ORDER BY c.table_name, c.ordinal_position`.execute(opened.database.db);
    dbTables = new Map();
    for (const r of rows) {
      if (BOOKKEEPING.has(r.table_name)) continue;
      dbTables.set(r.table_name, [...(dbTables.get(r.table_name) ?? []), r]);
    }
    tsTables = readSchemaTypes();
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  it('has a type for every table and a table for every type', () => {
    expect(dbTables.size).toBeGreaterThan(20);
    expect([...tsTables.keys()].filter((t) => !dbTables.has(t)).sort(), 'typed in DB but not in the database').toEqual([]);
    expect([...dbTables.keys()].filter((t) => !tsTables.has(t)).sort(), 'in the database but missing from DB').toEqual([]);
  });

  it('has the same columns, nullability and types', () => {
    const problems: string[] = [];
    for (const [table, dbColumns] of dbTables) {
      const typed = tsTables.get(table);
      if (!typed) continue; // reported by the test above
      const inDb = new Set(dbColumns.map((c) => c.column_name));
      for (const name of typed.keys()) if (!inDb.has(name)) problems.push(`${table}.${name}: typed but not in the database`);
      for (const c of dbColumns) {
        const col = typed.get(c.column_name);
        const at = `${table}.${c.column_name}`;
        if (!col) {
          problems.push(`${at}: in the database but not typed`);
          continue;
        }
        const nullable = c.is_nullable === 'YES';
        if (col.nullable !== nullable)
          problems.push(
            `${at}: ${nullable ? 'nullable' : 'NOT NULL'} in the database, typed ${col.select}${col.nullable ? ' | null' : ''}`,
          );
        const expected = expectedKind(c);
        if (expected && col.select !== expected)
          problems.push(`${at}: ${c.data_type} (${c.udt_name}) reads as ${expected}, typed ${col.select}`);
        const filled = c.column_default !== null || c.is_identity === 'YES' || c.is_generated === 'ALWAYS' || nullable;
        if (c.is_generated === 'ALWAYS' && !col.neverInserted)
          problems.push(`${at}: generated by the database, type it GeneratedAlways<…>`);
        if (col.optionalOnInsert && !filled)
          problems.push(`${at}: typed Generated (an insert may omit it) but the database has no default`);
      }
    }
    expect(problems).toEqual([]);
  });
});
