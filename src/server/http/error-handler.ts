// One place that turns errors into { error, message, details? } in the user's language.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from '../errors.js';
import { t } from '../i18n.js';

// SQLSTATE → error, never by message text.
function fromDatabase(err: { code?: string; constraint?: string; column?: string }): AppError | null {
  switch (err.code) {
    case '23505':
      return new AppError(409, 'duplicate', [{ field: constraintField(err.constraint), key: 'duplicate', params: { field: constraintField(err.constraint) } }], { field: constraintField(err.constraint) });
    case '23P01':
      return new AppError(409, 'conflict', [{ field: 'validFrom', key: 'v.overlap' }]);
    case '40001':
    case '40P01':
      return new AppError(409, 'conflict');
    case '23503':
      return new AppError(400, 'validation', [{ field: err.column ?? 'reference', key: 'v.unknown_ref', params: { field: err.column ?? '' } }]);
    case '22P02':
    case '22007':
    case '22008':
      return new AppError(400, 'validation');
    default:
      return null;
  }
}

function constraintField(constraint?: string): string {
  if (!constraint) return 'value';
  if (constraint.includes('citizen_id')) return 'citizenId';
  if (constraint.includes('username')) return 'username';
  return constraint;
}

/** zod issue → our message key. Custom messages that are keys ('v.…') are used as they are. */
function issueKey(issue: { code?: string; message?: string; minimum?: unknown; maximum?: unknown; input?: unknown }): FieldIssue['key'] {
  if (issue.message?.startsWith('v.')) return issue.message;
  if (issue.code === 'invalid_type' && (/received undefined/.test(issue.message ?? '') || ('input' in issue && issue.input === undefined))) return 'v.required';
  return `v.${issue.code ?? 'invalid_format'}`;
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError & { code?: string }, req, reply) => {
    const locale = req.locale ?? 'vi';
    let appError: AppError | null = null;
    if (err instanceof AppError) appError = err;
    else if (hasZodFastifySchemaValidationErrors(err)) {
      appError = new AppError(
        400,
        'validation',
        err.validation.map((v) => {
          // v7 spreads the zod issue into params; the code is the keyword, the message is ours.
          const params = (v.params ?? {}) as { minimum?: unknown; maximum?: unknown; input?: unknown };
          const issue = { ...params, code: v.keyword, message: v.message };
          const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(err.validationContext ?? 'body');
          return { field, key: issueKey(issue), params: { min: params.minimum, max: params.maximum } };
        }),
      );
    } else if (err.validation) {
      appError = new AppError(400, 'validation');
    } else if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code)) {
      appError = fromDatabase(err as { code?: string });
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors (bad JSON, too large, unsupported media type)
      const status = err.statusCode;
      return reply.status(status).send({ error: status === 413 ? 'too_large' : 'bad_request', message: t(locale, 'validation') });
    }
    if (!appError) {
      req.log.error({ err }, 'unhandled error');
      return reply.status(500).send({ error: 'internal', message: t(locale, 'internal') });
    }
    const body: Record<string, unknown> = { error: appError.code, message: t(locale, appError.code, appError.params) };
    if (appError.details?.length) {
      body.details = appError.details.map((d) => ({ field: d.field, message: t(locale, d.key, d.params) }));
      if (appError.code === 'validation') {
        // Readable on its own (field names stay in `details`, where forms map them to inputs).
        const texts = [...new Set(appError.details.map((d) => t(locale, d.key, d.params)))];
        body.message = `${t(locale, 'validation')} ${texts.join(' ')}`;
      }
    }
    return reply.status(appError.status).send(body);
  });
}
