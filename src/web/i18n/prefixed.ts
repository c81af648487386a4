// Catalogue keys built from a typed vocabulary: `prefixed('role.', labels)` turns a record keyed by
// every value of a union into `role.<value>` keys, so the compiler refuses a value without a label.
export function prefixed<P extends string, K extends string>(prefix: P, labels: Record<K, string>): Record<`${P}${K}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}${k}`, v])) as Record<`${P}${K}`, string>;
}
