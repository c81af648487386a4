// Progress reports with attachments (multipart or JSON), attachment downloads, roadmap milestones.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { MilestoneDone, ProgressReport, TaskDetail } from '../../../contracts/tasks.js';
import { type FieldIssue, invalid } from '../../errors.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES, type UploadedFile, attachmentForDownload, reportProgress } from './tasks.progress.service.js';
import { taskDetail } from './tasks.read.service.js';
import { markMilestoneDone } from './tasks.volunteer.service.js';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['tasks'];

/** zod issues → field issues, as the error handler words them. */
function parseOrInvalid<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  throw invalid(
    ...res.error.issues.map((i): FieldIssue => ({
      field: i.path.join('.') || 'body',
      key: i.message.startsWith('v.') ? i.message : i.code === 'invalid_type' && (i as { input?: unknown }).input === undefined ? 'v.required' : `v.${i.code}`,
    })),
  );
}

/** Reads a multipart progress report: fields progress, note, version and any number of files. */
async function readMultipart(req: FastifyRequest): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_ATTACHMENTS } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (content.length > 0 || part.filename) files.push({ fileName: part.filename || 'tep', mimeType: part.mimetype || 'application/octet-stream', content });
      } else fields[part.fieldname] = String(part.value);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw invalid({ field: `files.${files.length}`, key: 'v.task.file_too_large', params: { max: '10 MB' } });
    if (code === 'FST_FILES_LIMIT') throw invalid({ field: 'files', key: 'v.task.too_many_files', params: { max: MAX_ATTACHMENTS } });
    throw err;
  }
  return { fields, files };
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name (Vietnamese file names survive). */
function disposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const tasksProgressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/tasks/:id/progress',
    {
      schema: {
        tags,
        params: z.object({ id: Id }),
        consumes: ['application/json', 'multipart/form-data'],
        description: 'JSON {progress, note, version?} or multipart with the same fields and files (≤ 10 MB each)',
        response: { 201: TaskDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      let raw: unknown = req.body;
      let files: UploadedFile[] = [];
      if (req.isMultipart()) {
        const parsed = await readMultipart(req);
        files = parsed.files;
        raw = { ...parsed.fields, ...(parsed.fields.version ? { version: Number(parsed.fields.version) } : {}) };
      }
      const body = parseOrInvalid(ProgressReport, raw ?? {});
      await reportProgress(app.db, actor, auditContextOf(req), req.params.id, body, files);
      return reply.status(201).send(await taskDetail(app.db, actor, req.params.id));
    },
  );

  app.post(
    '/tasks/:id/milestones/:mid/done',
    { schema: { tags, params: z.object({ id: Id, mid: Id }), body: MilestoneDone, response: { 200: TaskDetail, ...errors } } },
    async (req) => {
      const actor = actorOf(req);
      await markMilestoneDone(app.db, actor, auditContextOf(req), req.params.id, req.params.mid, req.body);
      return taskDetail(app.db, actor, req.params.id);
    },
  );

  app.get('/attachments/:id', { schema: { tags, params: z.object({ id: Id }), produces: ['application/octet-stream'] } }, async (req, reply) => {
    const file = await attachmentForDownload(app.db, actorOf(req), req.params.id);
    return reply
      .header('content-type', file.mime_type)
      .header('content-disposition', disposition(file.file_name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
};
