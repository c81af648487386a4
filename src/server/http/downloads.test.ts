// File responses never break off after their headers (issue 7: an export reset the connection).
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToBuffer, streamDownload } from './downloads.js';
import { registerErrorHandler } from './error-handler.js';

const app = Fastify({ logger: false });
const failing = (after: number) => async (out: NodeJS.WritableStream) => {
  for (let i = 0; i < after; i++) out.write(Buffer.alloc(1024, 65));
  await new Promise((r) => setTimeout(r, 5));
  throw new RangeError('Date out of range');
};

beforeAll(async () => {
  registerErrorHandler(app);
  app.get('/stream/:n', (req, reply) =>
    reply
      .header('content-type', 'application/octet-stream')
      .send(streamDownload(req.log, 'test', failing(Number((req.params as { n: string }).n)))),
  );
  app.get('/stream-ok', (req, reply) =>
    reply.send(
      streamDownload(req.log, 'test', async (out) => {
        out.write('whole');
        out.end();
      }),
    ),
  );
  app.get('/buffered', async (_req, reply) => {
    const body = await renderToBuffer(failing(3));
    return reply.header('content-disposition', 'attachment; filename="x.xlsx"').send(body);
  });
  app.get('/buffered-ok', async (_req, reply) =>
    reply.send(
      await renderToBuffer(async (out) => {
        out.write('whole');
        out.end();
      }),
    ),
  );
  await app.ready();
});
afterAll(() => app.close());

describe('downloads', () => {
  it('ends a streamed export cleanly when its writer fails after the headers (no reset)', async () => {
    for (const n of [0, 1, 200]) {
      const res = await app.inject({ method: 'GET', url: `/stream/${n}` });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.length).toBe(n * 1024);
    }
    expect((await app.inject({ method: 'GET', url: '/stream-ok' })).body).toBe('whole');
  });

  it('turns a failure of an in-memory document into an error response before any header', async () => {
    const res = await app.inject({ method: 'GET', url: '/buffered' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.json().error).toBe('internal');
    expect((await app.inject({ method: 'GET', url: '/buffered-ok' })).body).toBe('whole');
  });
});
