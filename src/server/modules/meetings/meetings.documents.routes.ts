// Documents attached to a meeting before it is held (paperless): upload, list, download.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../contracts/common.js';
import { MeetingDocument } from '../../../contracts/meetings.js';
import { fieldError } from '../../errors.js';
import { actorOf, auditContextOf } from '../../http/context.js';
import { readSingleFile } from '../../http/uploads.js';
import { addDocument, documentFile, listDocuments } from './meetings.service.js';

const ById = z.object({ id: Id });
const ByDoc = z.object({ id: Id, docId: Id });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['meetings'];

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
const disposition = (name: string) => {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

export const meetingDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/meetings/:id/documents',
    { schema: { tags, params: ById, consumes: ['multipart/form-data'], response: { 201: MeetingDocument, ...errors } } },
    async (req, reply) => {
      const file = await readSingleFile(req, { field: 'file', missingKey: 'v.meeting.file_required', fallbackName: 'tai-lieu' }); // 413 above the limit
      if (file.content.length === 0) throw fieldError('file', 'v.meeting.file_empty');
      const doc = await addDocument(app.db, actorOf(req), auditContextOf(req), req.params.id, file);
      return reply.status(201).send(doc);
    },
  );

  app.get(
    '/meetings/:id/documents',
    { schema: { tags, params: ById, response: { 200: z.array(MeetingDocument), ...errors } } },
    async (req) => {
      return listDocuments(app.db, actorOf(req), req.params.id);
    },
  );

  app.get(
    '/meetings/:id/documents/:docId',
    { schema: { tags, params: ByDoc, produces: ['application/octet-stream'] } },
    async (req, reply) => {
      const doc = await documentFile(app.db, actorOf(req), req.params.id, req.params.docId);
      return reply
        .header('content-type', doc.mime_type)
        .header('content-disposition', disposition(doc.file_name))
        .header('x-content-type-options', 'nosniff')
        .send(doc.content);
    },
  );
};
