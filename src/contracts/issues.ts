// One mapping from a zod issue to our message key and its parameters, used wherever a zod parse
// fails: the HTTP error handler (request validation and in-route parses) and the Excel import rows.
// Pure: the words live in the server's catalogue (`v.*` keys), the caller translates.

/** A zod issue, or fastify-type-provider-zod's copy of one (the issue's code arrives as `keyword`). */
export interface ZodIssueLike {
  code?: string;
  message?: string;
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
  params?: Record<string, unknown>;
}

/** A message key (`v.…`) with the values its placeholders take. */
export interface IssueMessage {
  key: string;
  params: Record<string, unknown>;
}

/**
 * zod issue → message. A custom message that is a key ('v.…', set by our refinements) is used as
 * it is; a missing value reads as 'v.required'; any other issue as `v.<code>` ('v.too_big'…), with
 * the limit as {min}/{max} and the refinement's own params.
 */
export function issueMessage(issue: ZodIssueLike): IssueMessage {
  const params = { min: issue.minimum, max: issue.maximum, ...(issue.params ?? {}) };
  if (issue.message?.startsWith('v.')) return { key: issue.message, params };
  // zod reports the input only when asked to; its default message names what it received.
  const missing = /received undefined/.test(issue.message ?? '') || ('input' in issue && issue.input === undefined);
  if (issue.code === 'invalid_type' && missing) return { key: 'v.required', params };
  return { key: `v.${issue.code ?? 'invalid_format'}`, params };
}

/** The dotted field name of an issue's path ('items.2.title'), or `fallback` for the whole value. */
export function issueField(path: readonly PropertyKey[] | undefined, fallback: string): string {
  return path && path.length ? path.map(String).join('.') : fallback;
}
