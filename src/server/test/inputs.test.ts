// Issue 7, class 4 — inputs the schema used to accept but the database cannot store answered 500:
// NUL and lone surrogates in text and query parameters (even the unauthenticated sign-in),
// integers beyond the column (a version ≥ 2^31, pages), numbers too small or too precise for a
// numeric column with a check, dates in year 10000, broken multipart bodies, and an export that
// reset the connection after its headers. Each is now a 400 naming the field and the limit, and
// nothing is cut, rounded or clamped (issue 9: refuse, never silently change).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type World, buildWorld, detail, issue, slip } from '../modules/tasks/tasks.test-support.js';
import { client } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);
afterAll(() => w?.t.close());

type Res = {
  statusCode: number;
  body: string;
  json: () => { error?: string; message?: string; details?: Array<{ field: string; message: string }> };
};

/** 400, with `field` among the details and (when given) the message containing `text`. */
function refused(res: Res, field: string, text?: string) {
  expect(res.statusCode, res.body).toBe(400);
  const d = res.json().details?.find((x) => x.field === field);
  expect(d, res.body).toBeTruthy();
  if (text) expect(d!.message).toContain(text);
}

async function taskCount(): Promise<number> {
  const r = await w.t.db
    .selectFrom('task')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('text the database cannot store', () => {
  it('refuses NUL at the unauthenticated sign-in, in the username and the password', async () => {
    refused(await client(w.t.app, null).post('/api/auth/login', { username: 'admin\u0000', password: 'x' }), 'username', 'NUL');
    refused(await client(w.t.app, null).post('/api/auth/login', { username: 'admin', password: 'a\u0000b' }), 'password');
    const en = await client(w.t.app, null, 'en').post('/api/auth/login', { username: '\ud800', password: 'x' });
    refused(en, 'username', 'cannot be stored');
  });

  it('refuses NUL and lone surrogates in body text and in query parameters, writing nothing', async () => {
    const c = client(w.t.app, w.s.standing);
    const before = await taskCount();
    refused(await c.post('/api/tasks', slip(w, { title: 'Rà soát\u0000' })), 'title');
    refused(await c.post('/api/tasks', slip(w, { description: 'a\udc00b' })), 'description');
    refused(await c.post('/api/tasks', slip(w, { fieldCode: '\u0000' })), 'fieldCode');
    expect(await taskCount()).toBe(before);
    refused(await c.get('/api/tasks?q=a%00b'), 'q');
    refused(await client(w.t.app, w.s.admin).get('/api/people?q=%00'), 'q');
    refused(await client(w.t.app, w.s.admin).get('/api/people/export.xlsx?postTitle=%00'), 'postTitle');
    refused(await client(w.t.app, w.s.admin).get('/api/accounts?q=%00'), 'q');
  });

  it('refuses text over its limit with the limit, and stores text at the limit exactly as typed (NFC)', async () => {
    const c = client(w.t.app, w.s.standing);
    refused(await c.post('/api/tasks', slip(w, { title: 'x'.repeat(301) })), 'title', '300');
    refused(await c.post('/api/tasks', slip(w, { title: 'x'.repeat(5000) })), 'title', '300');
    const exact = `${'ư'.repeat(299)}a`;
    const created = await c.post('/api/tasks', slip(w, { title: exact }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().title).toBe(exact);
    // Decomposed input (e + combining marks) is stored composed: the same text, the form search and the audit hash rely on.
    const nfd = 'Nguye\u0302\u0303n Va\u0306n A';
    const composed = await c.post('/api/tasks', slip(w, { title: nfd }));
    expect(composed.statusCode, composed.body).toBe(201);
    expect(composed.json().title).toBe('Nguyễn Văn A');
    expect(composed.json().title).toBe(nfd.normalize('NFC'));
  });
});

describe('numbers the columns cannot hold', () => {
  it('refuses a version of 2^31 and more with the range, on every optimistic-lock body', async () => {
    const task = await issue(w);
    const c = client(w.t.app, w.s.standing);
    refused(await c.patch(`/api/tasks/${task.id}`, { version: 2 ** 31, title: 'Mới' }), 'version', '2.147.483.647');
    refused(await c.patch(`/api/tasks/${task.id}`, { version: 2 ** 53 + 2, title: 'Mới' }), 'version');
    refused(await c.patch(`/api/tasks/${task.id}`, { version: 0.5, title: 'Mới' }), 'version');
    expect((await detail(w, w.s.standing, task.id)).version).toBe(task.version);
  });

  it('refuses page numbers and counts outside their range and NaN strings', async () => {
    const c = client(w.t.app, w.s.admin);
    refused(await c.get('/api/people?page=2147483648'), 'page', '100.000');
    refused(await c.get('/api/tasks?pageSize=NaN'), 'pageSize');
    refused(await c.get('/api/audit?limit=1e999'), 'limit');
    refused(await c.get('/api/notifications?limit=-1'), 'limit');
  });

  it('refuses work units too small or too precise for numeric(8,2) > 0, never rounding them', async () => {
    const c = client(w.t.app, w.s.standing);
    const before = await taskCount();
    refused(await c.post('/api/tasks', slip(w, { workUnits: 0.001 })), 'workUnits', '0,01');
    refused(await c.post('/api/tasks', slip(w, { workUnits: 1.005 })), 'workUnits', '2');
    refused(await c.post('/api/tasks', slip(w, { workUnits: 1e6 })), 'workUnits', '999.999,99');
    expect(await taskCount()).toBe(before);
    const ok = await c.post('/api/tasks', slip(w, { workUnits: 0.01 }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().workUnits).toBe(0.01);
  });

  it('refuses progress outside 0–100 with the range instead of clamping it', async () => {
    const task = await issue(w);
    const c = client(w.t.app, w.s.lead);
    refused(await c.post(`/api/tasks/${task.id}/progress`, { progress: 150 }), 'progress', '0 – 100');
    refused(await c.post(`/api/tasks/${task.id}/progress`, { progress: -5 }), 'progress', '0 – 100');
    expect((await detail(w, w.s.lead, task.id)).progress).toBe(0);
  });
});

describe('dates beyond what the product stores', () => {
  it('refuses year 10000 and 9999 in bodies, query parameters and date-times, in the user’s format', async () => {
    const c = client(w.t.app, w.s.standing);
    refused(await c.post('/api/tasks', slip(w, { dueDate: '10000-01-01' })), 'dueDate');
    refused(await c.post('/api/tasks', slip(w, { dueDate: '9999-12-31' })), 'dueDate', '31/12/2199');
    refused(await c.get(`/api/tasks/calendar?unitId=${w.tree.communeA}&from=9999-12-01&to=9999-12-31`), 'from');
    refused(await c.get(`/api/meetings?unitId=${w.tree.communeA}&from=10000-01-01`), 'from');
    const meeting = { unitId: w.tree.communeA, title: 'Giao ban', scheduledAt: '9999-12-31T08:00:00+07:00', chairIds: [w.people.assigner] };
    refused(await c.post('/api/meetings', meeting), 'scheduledAt', '01/01/1900');
  });

  it('answers the summary export of a week running into year 10000 with a 400 before any header (it used to reset the connection)', async () => {
    const res = await client(w.t.app, w.s.admin).get(`/api/summary/export.xlsx?unitId=${w.tree.communeA}&period=week&date=9999-12-31`);
    refused(res, 'date');
    expect(res.headers['content-disposition']).toBeUndefined();
  });
});

describe('uploads that cannot be parsed', () => {
  const boundary = `fuzz${randomUUID()}`;
  const broken = [
    { name: 'no boundary', headers: { 'content-type': 'multipart/form-data' }, payload: 'garbage' },
    { name: 'boundary never found', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: 'no parts here' },
    {
      name: 'body cut short',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004 cut`,
    },
  ];

  it.each(broken)('answers 400 to a $name body on every upload endpoint', async ({ headers, payload }) => {
    const task = await issue(w);
    const meeting = await client(w.t.app, w.s.standing).post('/api/meetings', {
      unitId: w.tree.communeA,
      title: 'Giao ban',
      scheduledAt: '2026-12-07T08:00:00+07:00',
      chairIds: [w.people.assigner],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    for (const [session, url] of [
      [w.s.admin, `/api/people/import?unitId=${w.tree.communeA}`],
      [w.s.lead, `/api/tasks/${task.id}/progress`],
      [w.s.standing, `/api/meetings/${meeting.json().id}/documents`],
    ] as const) {
      const res = await client(w.t.app, session).post(url, payload, { headers });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error).toBe('validation');
    }
  });

  it('refuses a zip that is not a workbook, and a file name over 200 characters instead of cutting it', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a workbook')]);
    const part = (filename: string, content: Buffer) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    refused(
      await client(w.t.app, w.s.admin).post(`/api/people/import?unitId=${w.tree.communeA}`, part('a.xlsx', zip), { headers }),
      'file',
    );
    const meeting = await client(w.t.app, w.s.standing).post('/api/meetings', {
      unitId: w.tree.communeA,
      title: 'Giao ban',
      scheduledAt: '2026-12-08T08:00:00+07:00',
      chairIds: [w.people.assigner],
    });
    const long = `${'t'.repeat(201)}.pdf`;
    refused(
      await client(w.t.app, w.s.standing).post(`/api/meetings/${meeting.json().id}/documents`, part(long, Buffer.from('%PDF-1.4')), {
        headers,
      }),
      'file',
      '200',
    );
    const docs = await client(w.t.app, w.s.standing).get(`/api/meetings/${meeting.json().id}/documents`);
    expect(docs.json()).toEqual([]);
  });
});
