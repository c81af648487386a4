// One place that turns errors into { error, message, details? } in the user's language.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { issueMessage, type ZodIssueLike } from '../../contracts/issues.js';
import { formatParam } from '../../domain/numbers.js';
import { AppError, type FieldIssue } from '../errors.js';
import { type Locale, t, tAny } from '../i18n.js';
import { fromDatabase } from './db-errors.js';

/** A zod issue (or fastify-type-provider-zod's copy of one) → the field issue the handler words. */
export function fieldIssueOf(field: string, issue: ZodIssueLike): FieldIssue {
  return { field, ...issueMessage(issue) };
}

/** Limits shown as people write them: dates dd/mm/yyyy, quantities in the locale's digits ("1.396,5"; years stay "2026"). */
function shown(locale: Locale, v: unknown, key: string): unknown {
  if (typeof v === 'bigint') v = Number(v);
  if (typeof v === 'number' && Number.isFinite(v)) return formatParam(key, v, locale, 4);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
  return v;
}

function shownParams(locale: Locale, params?: Record<string, unknown>) {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shown(locale, v, k)]));
}

/** Fastify's own client errors (bad JSON, unsupported media type, too large): their status, our words. */
function clientError(err: FastifyError, locale: Locale, contentType: string): { status: number; body: Record<string, unknown> } {
  const status = err.statusCode!;
  if (status === 413) return { status, body: { error: 'too_large', message: t(locale, 'too_large') } };
  if (status === 415)
    return {
      status,
      body: { error: 'unsupported_media_type', message: t(locale, 'unsupported_media_type', { type: contentType.slice(0, 100) || '—' }) },
    };
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError)
    return { status: 400, body: { error: 'bad_json', message: t(locale, 'bad_json') } };
  return { status: status === 406 ? 400 : status, body: { error: 'bad_request', message: t(locale, 'validation') } };
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
          const params = (v.params ?? {}) as { minimum?: unknown; maximum?: unknown; input?: unknown; params?: Record<string, unknown> };
          const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(err.validationContext ?? 'body');
          return fieldIssueOf(field, { ...params, code: v.keyword, message: v.message });
        }),
      );
    } else if (err.validation) {
      appError = new AppError(400, 'validation');
    } else if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code)) {
      appError = fromDatabase(err);
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const { status, body } = clientError(err, locale, String(req.headers['content-type'] ?? ''));
      return reply.status(status).send(body);
    }
    if (!appError) {
      req.log.error({ err }, 'unhandled error');
      if (reply.sent || reply.raw.headersSent) return;
      return reply.status(500).send({ error: 'internal', message: t(locale, 'internal') });
    }
    const body: Record<string, unknown> = {
      error: appError.code,
      message: tAny(locale, appError.code, shownParams(locale, appError.params)),
    };
    if (appError.details?.length) {
      body.details = appError.details.map((d) => ({ field: d.field, message: tAny(locale, d.key, shownParams(locale, d.params)) }));
      if (appError.code === 'validation') {
        // Readable on its own (field names stay in `details`, where forms map them to inputs).
        const texts = [...new Set(appError.details.map((d) => tAny(locale, d.key, shownParams(locale, d.params))))];
        body.message = `${t(locale, 'validation')} ${texts.join(' ')}`;
      }
    }
    return reply.status(appError.status).send(body);
  });
}
