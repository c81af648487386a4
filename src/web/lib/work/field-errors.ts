// Server field errors on list fields: 'supportIds.2' belongs under the whole 'supportIds' select.
import { ApiError } from '../api-client.js';

/** Returns the error with details on `prefix.N` renamed to `prefix` for each given list field. */
export function collapseListFields(err: unknown, lists: string[]): unknown {
  if (!(err instanceof ApiError) || err.details.length === 0) return err;
  const details = err.details.map((d) => {
    const list = lists.find((l) => d.field.startsWith(`${l}.`) && /^\d+$/.test(d.field.slice(l.length + 1)));
    return list ? { ...d, field: list } : d;
  });
  return new ApiError(err.status, err.code, err.message, details);
}
