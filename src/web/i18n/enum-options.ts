import type { TParams } from './context.js';

type Tx = (key: string, fallback: string, params?: TParams) => string;

/** Select options for an enum whose names are in the catalogue under `prefix.value`. */
export function enumOptions<V extends string>(tx: Tx, prefix: string, values: readonly V[]): { value: V; label: string }[] {
  return values.map((v) => ({ value: v, label: tx(`${prefix}.${v}`, v) }));
}
