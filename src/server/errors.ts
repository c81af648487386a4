// Named errors with an HTTP status and a stable code. The error handler turns them into
// { error: code, message, details? } with the message in the user's language.
import type { MessageKey } from './i18n.js';

export interface FieldIssue {
  field: string;
  /**
   * i18n key of the message, e.g. 'v.date_order'. Text, because the domain rules (pure, outside the
   * server) name their messages too; their keys are checked by tests. `fieldError` takes a MessageKey.
   */
  key: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details?: FieldIssue[],
    readonly params?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'not_found');
export const conflict = () => new AppError(409, 'conflict');
export const invalid = (...details: FieldIssue[]) => new AppError(400, 'validation', details);
export const fieldError = (field: string, key: MessageKey, params?: Record<string, unknown>) => invalid({ field, key, params });

/**
 * 403 with the reason: the actor may see the record but it is their own work (or a close
 * relative's), which they may not appraise, decide or approve (Quy định 366-QĐ/TW, Điều 12–13).
 */
export const ownWork = (code: `own_work.${string}`, rule: string) => new AppError(403, code, undefined, { rule });
