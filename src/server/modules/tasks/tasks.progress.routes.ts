// Progress reports with attachments (multipart or JSON), attachment downloads, roadmap milestones.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { issueField } from '../../../contracts/issues.js';
import { MilestoneDone, ProgressReport, TaskDetail } from '../../../contracts/tasks.js';
import { invalid } from '../../errors.js';
import { fieldIssueOf } from '../../http/error-handler.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { readParts } from '../../http/uploads.js';
import {
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  type UploadedFile,
  attachmentForDownload,
  reportProgress,
} from './tasks.progress.service.js';
import { taskDetail } from './tasks.read.service.js';
import { markMilestoneDone } from './tasks.volunteer.service.js';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['tasks'];

/** zod issues → field issues, as the error handler words them. */
function parseOrInvalid<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const res = schema.safeParse(data);
  if (res.success) return res.data;
  throw invalid(...res.error.issues.map((i) => fieldIssueOf(issueField(i.path, 'body'), i)));
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name (Vietnamese file names survive). */
function disposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
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
        const parsed = await readParts(req, { maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS, fallbackName: 'tep' });
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

  app.get(
    '/attachments/:id',
    { schema: { tags, params: z.object({ id: Id }), produces: ['application/octet-stream'] } },
    async (req, reply) => {
      const file = await attachmentForDownload(app.db, actorOf(req), req.params.id);
      return reply
        .header('content-type', file.mime_type)
        .header('content-disposition', disposition(file.file_name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
};
