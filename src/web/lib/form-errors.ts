// Maps the server's field errors ({details: [{field, message}]}) onto an antd form.
import type { FormInstance } from 'antd';
import { ApiError } from './api-client.js';

/**
 * Puts each detail under its form field. `prefix` is stripped first (e.g. 'changes.' for
 * updates wrapped as {version, changes}); `rename` maps server names to form names.
 * Returns the details no field could show, so the caller can put them in an alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  opts: { prefix?: string; rename?: Record<string, string> } = {},
): { field: string; message: string }[] {
  if (!(err instanceof ApiError) || err.details.length === 0) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: { field: string; message: string }[] = [];
  for (const d of err.details) {
    let field = d.field;
    if (opts.prefix && field.startsWith(opts.prefix)) field = field.slice(opts.prefix.length);
    field = opts.rename?.[field] ?? field;
    const path = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    if (known.has(String(path[0]))) fields.push({ name: path, errors: [d.message] });
    else rest.push(d);
  }
  if (fields.length) form.setFields(fields);
  return rest;
}
