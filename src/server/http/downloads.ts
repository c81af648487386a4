// File responses that never break off after their headers. A document built in memory (summary,
// evaluation forms and reports) is rendered completely before the first header, so any failure is
// an ordinary error response. A long export that must stream (the people list, page by page) fetches
// its first page before the headers; a failure after them is logged and the response ENDS cleanly —
// the connection is never reset — and the truncated file fails to open rather than passing as whole.
import { PassThrough, type Writable } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';

/** Runs a writer into memory and returns the bytes; a writer that throws rejects before anything is sent. */
export async function renderToBuffer(write: (out: Writable) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  try {
    await write(out);
  } catch (err) {
    out.destroy();
    throw err;
  }
  if (!out.writableEnded) out.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A stream for reply.send(): `write` fills it; if `write` fails, the failure is logged and the
 * stream ends without an error, so the HTTP response completes instead of the socket being reset.
 */
export function streamDownload(log: FastifyBaseLogger, what: string, write: (out: Writable) => Promise<unknown>): PassThrough {
  const out = new PassThrough();
  // The writer gets its own stream: after a failure, whatever it still emits is dropped.
  const inner = new PassThrough();
  let failed = false;
  inner.on('data', (chunk: Buffer) => {
    if (!failed && !out.write(chunk)) {
      inner.pause();
      out.once('drain', () => inner.resume());
    }
  });
  inner.on('end', () => {
    if (!failed) out.end();
  });
  inner.on('error', () => {});
  out.on('error', (err) => log.warn({ err }, `${what}: client stream closed`));
  write(inner).catch((err: unknown) => {
    failed = true;
    log.error({ err }, `${what} failed while streaming; the response was ended (the file is incomplete)`);
    inner.resume();
    out.end();
  });
  return out;
}

/**
 * Content-Disposition for a download named in Vietnamese words (RFC 6266 / 5987): the exact UTF-8
 * name in filename*, and an ASCII fallback (diacritics dropped) in filename for old clients.
 */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987 attr-chars exclude ' ( ) *.
  const encoded = encodeURIComponent(name.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
