// Multipart uploads, read in one place: whatever cannot be parsed (no boundary, a body cut short,
// a malformed part) is the client's 400, a file over its limit a 413 naming the limit, and file
// names are checked like any text (no NUL, no broken Unicode, at most UPLOAD.fileNameLength
// characters — refused, never cut). Routes never call req.file()/req.parts() themselves.
import type { FastifyRequest } from 'fastify';
import { isStorableText } from '../../contracts/common.js';
import { UPLOAD } from '../../contracts/limits.js';
import { AppError, fieldError, invalid } from '../errors.js';
import type { MessageKey } from '../i18n.js';

export interface UploadedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const MIME = /^[A-Za-z0-9][\w.+-]*\/[\w.+-]+$/;

/** The name as the browser sent it, without a directory part; refused when it cannot be stored as typed. */
export function uploadedFileName(raw: string | undefined, field: string, fallback: string): string {
  const name = (raw ?? '').split(/[\\/]/).pop()!.normalize('NFC');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not carry
  if (!isStorableText(name) || /[\u0000-\u001f\u007f]/.test(name)) throw fieldError(field, 'v.text_chars');
  if (name.length > UPLOAD.fileNameLength) throw fieldError(field, 'v.file_name_long', { max: UPLOAD.fileNameLength });
  return name.trim() || fallback;
}

/** The browser's content type when it is one; anything else is stored as application/octet-stream. */
const mimeOf = (raw: string | undefined) => (raw && MIME.test(raw) ? raw.toLowerCase() : 'application/octet-stream');

/** Turns the multipart parser's failures into client errors. */
function clientErrorOf(err: unknown, field: string, maxBytes: number, maxFiles: number, tooLargeStatus: 400 | 413): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError(tooLargeStatus, tooLargeStatus === 413 ? 'too_large' : 'validation', [
      { field, key: 'v.file_too_large', params: { max: megabytes(maxBytes) } },
    ]);
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalid({ field, key: 'v.too_many_parts', params: { max: code === 'FST_FILES_LIMIT' ? maxFiles : UPLOAD.maxFields } });
  }
  // Busboy's own errors (no boundary, unexpected end of form, malformed part headers) carry no
  // status; @fastify/multipart's (not multipart, prototype violation) a 4xx one. Either way the
  // body could not be read: the client's fault, never a 500.
  return invalid({ field, key: 'v.multipart' });
}

/** Reads the single file of a multipart body; a missing file is `missingKey` on `field`. */
export async function readSingleFile(
  req: FastifyRequest,
  opts: { field: string; missingKey: MessageKey; maxBytes?: number; fallbackName: string },
): Promise<UploadedFile> {
  const maxBytes = opts.maxBytes ?? UPLOAD.maxBytes;
  if (!req.isMultipart()) throw fieldError(opts.field, opts.missingKey);
  try {
    const file = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: UPLOAD.maxFields, fieldSize: UPLOAD.fieldBytes } });
    if (!file) throw fieldError(opts.field, opts.missingKey);
    const content = await file.toBuffer();
    return { fileName: uploadedFileName(file.filename, opts.field, opts.fallbackName), mimeType: mimeOf(file.mimetype), content };
  } catch (err) {
    throw clientErrorOf(err, opts.field, maxBytes, 1, 413);
  }
}

/**
 * Reads a multipart body of plain fields and up to `maxFiles` files of at most `maxBytes` each
 * (a file over the limit is a 400 naming files.N, like any other field; a single upload's is a 413).
 */
export async function readParts(
  req: FastifyRequest,
  opts: { maxBytes: number; maxFiles: number; fallbackName: string },
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of req.parts({
      limits: { fileSize: opts.maxBytes, files: opts.maxFiles, fields: UPLOAD.maxFields, fieldSize: UPLOAD.fieldBytes },
    })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        const field = `files.${files.length}`;
        if (content.length > 0 || part.filename)
          files.push({ fileName: uploadedFileName(part.filename, field, opts.fallbackName), mimeType: mimeOf(part.mimetype), content });
      } else fields[part.fieldname] = String(part.value);
    }
  } catch (err) {
    throw clientErrorOf(
      err,
      files.length || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? `files.${files.length}` : 'files',
      opts.maxBytes,
      opts.maxFiles,
      400,
    );
  }
  return { fields, files };
}
