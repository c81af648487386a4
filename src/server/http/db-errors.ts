// Database errors → client errors, by SQLSTATE only (never by message text). The schemas carry the
// columns' limits (contracts/limits.ts), so reaching one of these means a limit the contracts do not
// know yet: the client still gets a 400 naming the field where PostgreSQL tells it, never a 500.
import { AppError } from '../errors.js';

export interface DatabaseErrorLike {
  code?: string;
  constraint?: string;
  column?: string;
  table?: string;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** 'task_work_units_check' on table 'task' → 'workUnits'; unnamed multi-column checks → 'value'. */
export function constraintField(err: DatabaseErrorLike): string {
  const { constraint, table } = err;
  if (err.column) return camel(err.column);
  if (!constraint) return 'value';
  if (constraint.includes('citizen_id')) return 'citizenId';
  if (constraint.includes('username')) return 'username';
  let name = constraint;
  if (table && name.startsWith(`${table}_`)) name = name.slice(table.length + 1);
  name = name.replace(/_(check|key|fkey|excl)\d*$/, '');
  if (!name || /^(check|key|fkey|excl)?\d*$/.test(name) || name === table) return 'value';
  return camel(name);
}

/** SQLSTATE → AppError, or null when the error is not the client's (logged as a 500). */
export function fromDatabase(err: DatabaseErrorLike): AppError | null {
  const field = constraintField(err);
  const bad = (key: string) => new AppError(400, 'validation', [{ field, key, params: { field } }]);
  switch (err.code) {
    case '23505':
      return new AppError(409, 'duplicate', [{ field, key: 'duplicate', params: { field } }], { field });
    case '23P01':
      return new AppError(409, 'conflict', [{ field: 'validFrom', key: 'v.overlap' }]);
    case '40001':
    case '40P01':
      return new AppError(409, 'conflict');
    case '23503':
      return new AppError(400, 'validation', [
        { field: err.column ? camel(err.column) : 'reference', key: 'v.unknown_ref', params: { field: err.column ?? '' } },
      ]);
    case '22001': // string_data_right_truncation
      return bad('v.db.too_long');
    case '22003': // numeric_value_out_of_range
      return bad('v.db.out_of_range');
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
      return bad('v.db.datetime');
    case '22P02': // invalid_text_representation
      return bad('v.db.format');
    case '22021': // character_not_in_repertoire
    case '22P05': // untranslatable_character
      return bad('v.db.chars');
    case '23514': // check_violation
      return bad('v.db.check');
    case '23502': // not_null_violation
      return new AppError(400, 'validation', [{ field, key: 'v.required' }]);
    case '54000': // program_limit_exceeded
    case '54001': // statement_too_complex
      return new AppError(400, 'validation', [{ field: 'body', key: 'v.db.too_large' }]);
    default:
      return null;
  }
}
