// Training and exemplars API on a real database: 401, 404 outside the scope (exactly like a missing record),
// 403 for a role that never writes, 400 naming the field and the rule, 409 on a stale version, the happy
// paths with their audit events, the Excel import (all-or-nothing with an error workbook), the register's
// decisions (never one's own) and its printed report.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { type Subtree, createAccount, createPerson, createSubtree, lastAudit } from '../../test/factories.js';
import { type TestContext, client, createTestApp, signIn } from '../../test/harness.js';
import { jobSettled } from '../jobs/index.js';
import type { Kysely } from 'kysely';

let t: TestContext;
let tree: Subtree;
let subject = '';
let organisingPerson = '';
let accounts: Record<
  'organising' | 'otherOrganising' | 'standing' | 'cadre' | 'inspection' | 'cellSecretary',
  { username: string; password: string }
>;
const as = async (who: keyof typeof accounts, lang: 'vi' | 'en' = 'vi') =>
  client(t.app, await signIn(t.app, accounts[who].username, accounts[who].password), lang);

async function holdPost(db: Kysely<DB>, unitId: string, personId: string, ladderCode: string) {
  const postId = randomUUID();
  await db
    .insertInto('post')
    .values({
      id: postId,
      unit_id: unitId,
      title: ladderCode,
      is_head: false,
      is_key: false,
      cadre_group: null,
      rank: 100,
      valid_from: '2025-07-01',
      valid_to: null,
    })
    .execute();
  await db.insertInto('planning_post_code').values({ post_id: postId, ladder_code: ladderCode }).execute();
  await db
    .insertInto('tenure')
    .values({ id: randomUUID(), person_id: personId, post_id: postId, start_date: '2025-07-01', how: 'elected' })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  tree = await createSubtree(t.db);
  subject = await createPerson(t.db, tree.communeA, {
    family_name: 'Lê',
    given_name: 'Bình',
    education_level: 'Trung cấp',
    professional_qualification: 'Kỹ sư Công nghệ thông tin',
    political_theory_level: 'Cao cấp',
    citizen_id: `0${String(Date.now()).slice(-11)}`,
  });
  await holdPost(t.db, tree.communeA, subject, 'commune.party.secretary');
  organisingPerson = await createPerson(t.db, tree.communeA, { family_name: 'Phạm', given_name: 'Tổ' });
  accounts = {
    organising: await createAccount(t.db, 'organising', tree.communeA, { personId: organisingPerson }),
    otherOrganising: await createAccount(t.db, 'organising', tree.communeB),
    standing: await createAccount(t.db, 'standing', tree.communeA),
    cadre: await createAccount(t.db, 'cadre', tree.communeA, { personId: subject }),
    inspection: await createAccount(t.db, 'inspection', tree.provinceId),
    cellSecretary: await createAccount(t.db, 'cell_secretary', tree.communeA),
  };
});
afterAll(async () => t.close());

const course = {
  name: 'Thạc sĩ Hệ thống thông tin',
  institution: 'Học viện Công nghệ Bưu chính Viễn thông',
  startDate: '2022-09-01',
  endDate: '2024-06-30',
  mode: 'part_time',
  result: 'completed',
  certificate: 'Bằng thạc sĩ số 123',
  level: 'master',
  fieldGroup: 'ict',
};

describe('training records API', () => {
  let profileVersion = 0;
  let courseId = '';

  it('answers 401 without a session', async () => {
    expect((await client(t.app, null).get(`/api/training/people/${subject}`)).statusCode).toBe(401);
  });

  it('shows the record with the standards of the post held (Quy định 377-QĐ/TW) to the organising body', async () => {
    const res = await (await as('organising')).get(`/api/training/people/${subject}`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ educationLevel: 'Trung cấp', politicalTheoryLevel: 'Cao cấp', actions: { edit: true } });
    // No profile yet: the group is suggested from the qualification's words, and counts as S&T.
    expect(r.profile).toMatchObject({ fieldGroup: 'ict', fieldGroupSuggested: true, scienceTechnology: true, version: 0 });
    const secretary = r.standards.find((s: { postCode: string }) => s.postCode === 'commune.party.secretary');
    expect(secretary).toMatchObject({ relation: 'held', met: false, title: 'Bí thư Đảng ủy' });
    const q = secretary.checks.find((c: { dimension: string }) => c.dimension === 'qualification');
    expect(q).toMatchObject({ required: 'bachelor', held: 'intermediate', met: false });
    expect(q.message).toContain('Quy định 377-QĐ/TW');
    expect(q.message).toContain('đại học');
    expect(secretary.checks.find((c: { dimension: string }) => c.dimension === 'political_theory').met).toBe(true);
  });

  it('hides the record outside the scope exactly like a missing one; the person reads their own', async () => {
    const other = await as('otherOrganising');
    const foreign = await other.get(`/api/training/people/${subject}`);
    const missing = await other.get(`/api/training/people/${randomUUID()}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    const own = await (await as('cadre')).get(`/api/training/people/${subject}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().actions.edit).toBe(false);
    expect((await (await as('cadre')).get(`/api/training/people/${organisingPerson}`)).statusCode).toBe(404);
    expect((await (await as('inspection')).get(`/api/training/people/${subject}`)).statusCode).toBe(200);
  });

  it('refuses edits by a role that never edits training (403) and outside the scope (404)', async () => {
    const body = {
      fieldOfStudy: null,
      fieldGroup: null,
      itLevel: null,
      foreignLanguage: null,
      defenceSecurity: null,
      leftServiceOn: null,
      version: 0,
    };
    expect((await (await as('cadre')).put(`/api/training/people/${subject}/profile`, body)).statusCode).toBe(403);
    expect((await (await as('standing')).put(`/api/training/people/${subject}/profile`, body)).statusCode).toBe(403);
    expect((await (await as('otherOrganising')).put(`/api/training/people/${subject}/profile`, body)).statusCode).toBe(404);
  });

  it('writes the profile (audited), then answers 409 to a stale version', async () => {
    const org = await as('organising');
    const body = {
      fieldOfStudy: 'Hệ thống thông tin',
      fieldGroup: 'ict',
      itLevel: 'Chứng chỉ ứng dụng CNTT nâng cao',
      foreignLanguage: 'Tiếng Anh B1',
      defenceSecurity: 'group_3',
      leftServiceOn: null,
      version: 0,
    };
    const res = await org.put(`/api/training/people/${subject}/profile`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toMatchObject({ fieldGroup: 'ict', fieldGroupSuggested: false, scienceTechnology: true, version: 1 });
    profileVersion = 1;
    expect((await lastAudit(t.db, 'training_profile', subject))?.action).toBe('training.profile.update');
    expect((await org.put(`/api/training/people/${subject}/profile`, body)).statusCode).toBe(409);
    const future = await org.put(`/api/training/people/${subject}/profile`, {
      ...body,
      version: 1,
      leftServiceOn: addDays(todayInVietnam(), 1),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details[0].field).toBe('leftServiceOn');
  });

  it('refuses a course ending before it began (400 naming endDate), writing nothing', async () => {
    const org = await as('organising');
    const res = await org.post(`/api/training/people/${subject}/courses`, { ...course, endDate: '2022-08-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ field: 'endDate' });
    expect(res.json().details[0].message).toContain('01/09/2022');
    const en = await (await as('organising')).post(`/api/training/people/${subject}/courses?lang=en`, { ...course, endDate: null });
    expect(en.statusCode).toBe(400);
    expect(en.json().details[0].message).toBe('A course with a result needs its end date.');
    const count = await t.db
      .selectFrom('training_course')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', subject)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('adds a course (audited) whose support the policy computes (Quy định 03-QĐ/HU: a master’s in a needed field)', async () => {
    const res = await (await as('organising')).post(`/api/training/people/${subject}/courses`, course);
    expect(res.statusCode).toBe(201);
    const c = res.json().courses[0];
    courseId = c.id;
    expect(c.support).toMatchObject({ status: 'owed', entitled: 30_000_000, paid: 0, outstanding: 30_000_000, serviceUntil: '2029-06-30' });
    expect(c.support.rule).toContain('Quy định 03-QĐ/HU');
    expect((await lastAudit(t.db, 'training_course', courseId))?.action).toBe('training.course.create');
  });

  it('refuses a payment above the policy’s amount, naming the field and the rule; records one within it', async () => {
    const org = await as('organising');
    const over = await org.post(`/api/training/courses/${courseId}/payments`, {
      amount: 30_000_001,
      paidOn: '2024-09-01',
      decisionRef: '15-QĐ/HU',
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().details[0].field).toBe('amount');
    expect(over.json().details[0].message).toContain('Quy định 03-QĐ/HU');
    expect(over.json().details[0].message).toContain('30.000.000');
    const ok = await org.post(`/api/training/courses/${courseId}/payments`, {
      amount: 30_000_000,
      paidOn: '2024-09-01',
      decisionRef: '15-QĐ/HU',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().courses[0].support).toMatchObject({ status: 'paid', paid: 30_000_000, outstanding: 0 });
    const more = await org.post(`/api/training/courses/${courseId}/payments`, { amount: 1, paidOn: '2024-09-02', decisionRef: '16-QĐ/HU' });
    expect(more.statusCode).toBe(400);
    // A course with payments is never deleted.
    expect((await org.post(`/api/training/courses/${courseId}/delete`, { version: 1 })).statusCode).toBe(409);
  });

  it('flags the broken commitment to serve with its refund when the person left early', async () => {
    const org = await as('organising');
    const res = await org.put(`/api/training/people/${subject}/profile`, {
      fieldOfStudy: 'Hệ thống thông tin',
      fieldGroup: 'ict',
      itLevel: null,
      foreignLanguage: null,
      defenceSecurity: null,
      leftServiceOn: '2026-06-30',
      version: profileVersion,
    });
    expect(res.statusCode).toBe(200);
    // 36 of the 60 months committed were not served: 60 % of 30 M.
    expect(res.json().courses[0].support).toMatchObject({ status: 'broken', refund: 18_000_000 });
    const year = await org.get(`/api/training/units/${tree.communeA}/support?year=2024`);
    expect(year.statusCode).toBe(200);
    expect(year.json().totals).toMatchObject({ entitled: 30_000_000, paid: 30_000_000, refund: 18_000_000 });
  });

  it('lists who lacks the standard of their post, and the unit’s training structure', async () => {
    const gaps = await (await as('standing')).get(`/api/training/units/${tree.communeA}/standards-gaps`);
    expect(gaps.statusCode).toBe(200);
    expect(gaps.json().items.map((i: { personId: string }) => i.personId)).toContain(subject);
    // The subject left service on 30/06/2026 (above): counted in the structure before that day, not after.
    const structure = await (await as('inspection')).get(`/api/training/units/${tree.communeA}/structure?at=2026-06-01`);
    expect(structure.statusCode).toBe(200);
    expect(structure.json().scienceTechnology.count).toBeGreaterThanOrEqual(1);
    const after = (await (await as('inspection')).get(`/api/training/units/${tree.communeA}/structure?at=2026-07-01`)).json();
    expect(after.total).toBe(structure.json().total - 1);
    expect((await (await as('otherOrganising')).get(`/api/training/units/${tree.communeA}/structure`)).statusCode).toBe(404);
    expect((await (await as('cadre')).get(`/api/training/units/${tree.communeA}/structure`)).statusCode).toBe(403);
  });
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đào tạo');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function multipart(buf: Buffer) {
  const boundary = `----canbo${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dao-tao.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, buf, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('training import', () => {
  const HEAD = [
    'Số định danh cá nhân',
    'Tin học',
    'Ngoại ngữ',
    'Tên khóa học',
    'Cơ sở đào tạo',
    'Từ ngày',
    'Đến ngày',
    'Hình thức',
    'Kết quả',
    'Trình độ đạt được',
  ];
  const run = async (buf: Buffer) => {
    const org = await as('organising');
    const { payload, headers } = multipart(buf);
    const res = await org.post(`/api/training/import?unitId=${tree.communeA}`, payload, { headers });
    expect(res.statusCode).toBe(202);
    await jobSettled(res.json().jobId);
    return { org, job: (await org.get(`/api/jobs/${res.json().jobId}`)).json(), jobId: res.json().jobId as string };
  };
  const citizen = async () =>
    (await t.db.selectFrom('person').select('citizen_id').where('id', '=', subject).executeTakeFirstOrThrow()).citizen_id!;

  it('refuses the whole file when one row is bad, with an error workbook naming the cell and the rule', async () => {
    const cid = await citizen();
    const { org, job, jobId } = await run(
      await workbook([
        HEAD,
        [
          cid,
          'Cơ bản',
          'Tiếng Anh A2',
          'Bồi dưỡng kiến thức QP-AN đối tượng 3',
          'Trường Quân sự tỉnh',
          '01/03/2025',
          '15/03/2025',
          'Bồi dưỡng ngắn hạn',
          'Hoàn thành',
          'Quốc phòng - an ninh',
        ],
        [
          cid,
          null,
          null,
          'Trung cấp lý luận chính trị',
          'Trường Chính trị tỉnh',
          '01/09/2025',
          '01/08/2025',
          'Tại chức',
          'Hoàn thành',
          null,
        ],
        ['000000000000', null, null, 'Tin học', 'Trung tâm', '01/01/2025', '02/01/2025', 'Sai hình thức', 'Hoàn thành', null],
      ]),
    );
    expect(job.status).toBe('failed');
    expect(job.summary).toMatchObject({ total: 3, invalid: 2, inserted: 0 });
    const file = await org.get(`/api/jobs/${jobId}/errors.xlsx`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const errors = wb.worksheets[0]
      .getColumn(HEAD.length + 1)
      .values.map(String)
      .join('\n');
    expect(errors).toContain('Dòng 3');
    expect(errors).toContain('Đến ngày');
    expect(errors).toContain('Sai hình thức');
    const n = await t.db.selectFrom('training_course').select('id').where('person_id', '=', subject).execute();
    expect(n).toHaveLength(1); // only the course added through the API
  });

  it('imports a good file in one transaction, audited', async () => {
    const cid = await citizen();
    const { job } = await run(
      await workbook([
        HEAD,
        [
          cid,
          'Cơ bản',
          'Tiếng Anh A2',
          'Bồi dưỡng kiến thức QP-AN đối tượng 3',
          'Trường Quân sự tỉnh',
          '01/03/2025',
          '15/03/2025',
          'Bồi dưỡng ngắn hạn',
          'Hoàn thành',
          'Quốc phòng - an ninh',
        ],
        [cid, null, null, 'Đại học Luật', 'Đại học Huế', '01/09/2025', null, 'Vừa làm vừa học', 'Đang học', 'Đại học'],
      ]),
    );
    expect(job.status).toBe('succeeded');
    expect(job.summary).toMatchObject({ total: 2, inserted: 2 });
    const rec = (await (await as('organising')).get(`/api/training/people/${subject}`)).json();
    expect(rec.courses).toHaveLength(3);
    expect(rec.profile).toMatchObject({ itLevel: 'Cơ bản', foreignLanguage: 'Tiếng Anh A2' });
    const audit = await t.db.selectFrom('audit_event').select('action').where('action', '=', 'training.import').execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses an import into a unit outside the scope (404) and for a role that never edits (403)', async () => {
    const { payload, headers } = multipart(await workbook([HEAD]));
    expect(
      (await (await as('otherOrganising')).post(`/api/training/import?unitId=${tree.communeA}`, payload, { headers })).statusCode,
    ).toBe(404);
    expect((await (await as('standing')).post(`/api/training/import?unitId=${tree.communeA}`, payload, { headers })).statusCode).toBe(403);
  });
});

describe('register of exemplars', () => {
  let id = '';
  const year = Number(todayInVietnam().slice(0, 4));
  const nomination = () => ({
    subject: 'person',
    personId: subject,
    subjectUnitId: null,
    year,
    campaign: 'ho_chi_minh',
    achievement: 'Đi đầu chuyển đổi số, hướng dẫn 1.200 người dân dùng dịch vụ công trực tuyến.',
    source: 'unit',
  });

  it('refuses a nomination from a commendation suggestion that does not exist, and a subject outside the scope', async () => {
    const org = await as('organising');
    const none = await org.post('/api/exemplars', { ...nomination(), source: 'commendation' });
    expect(none.statusCode).toBe(400);
    expect(none.json().details[0].field).toBe('source');
    expect(none.json().details[0].message).toContain('Quy định 366-QĐ/TW');
    const foreign = await (await as('otherOrganising')).post('/api/exemplars', nomination());
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details[0].field).toBe('personId');
    const mismatch = await org.post('/api/exemplars', { ...nomination(), subjectUnitId: tree.communeA });
    expect(mismatch.statusCode).toBe(400);
  });

  it('a cell secretary nominates (audited); the same subject twice in a campaign and year is refused', async () => {
    const cell = await as('cellSecretary');
    const res = await cell.post('/api/exemplars', nomination());
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'nominated', name: 'Lê Văn Bình', actions: { recognise: false } });
    expect((await lastAudit(t.db, 'exemplar', id))?.action).toBe('exemplar.nominate');
    expect((await cell.post('/api/exemplars', nomination())).statusCode).toBe(409);
  });

  it('records the recognising decision (audited): not in the future, not by the subject, not at a stale version', async () => {
    const org = await as('organising');
    const future = await org.post(`/api/exemplars/${id}/recognise`, {
      level: 'commune',
      decisionRef: '45-QĐ/ĐU',
      decisionDate: addDays(todayInVietnam(), 1),
      version: 1,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details[0].field).toBe('decisionDate');
    expect(
      (
        await (
          await as('cellSecretary')
        ).post(`/api/exemplars/${id}/recognise`, { level: 'commune', decisionRef: 'x', decisionDate: todayInVietnam(), version: 1 })
      ).statusCode,
    ).toBe(403);
    const ok = await org.post(`/api/exemplars/${id}/recognise`, {
      level: 'commune',
      decisionRef: '45-QĐ/ĐU',
      decisionDate: todayInVietnam(),
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'recognised', level: 'commune', decisionRef: '45-QĐ/ĐU' });
    expect((await lastAudit(t.db, 'exemplar', id))?.action).toBe('exemplar.recognise');
    expect(
      (
        await org.post(`/api/exemplars/${id}/recognise`, {
          level: 'commune',
          decisionRef: '45-QĐ/ĐU',
          decisionDate: todayInVietnam(),
          version: 1,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('refuses recording one’s own recognition (own_work)', async () => {
    const cell = await as('cellSecretary');
    const mine = await cell.post('/api/exemplars', { ...nomination(), personId: organisingPerson });
    expect(mine.statusCode).toBe(201);
    const res = await (
      await as('organising')
    ).post(`/api/exemplars/${mine.json().id}/recognise`, {
      level: 'commune',
      decisionRef: '46-QĐ/ĐU',
      decisionDate: todayInVietnam(),
      version: 1,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('own_work.exemplar');
    const declined = await (await as('organising')).post(`/api/exemplars/${mine.json().id}/decline`, { reason: 'x', version: 1 });
    expect(declined.statusCode).toBe(403);
  });

  it('refuses recording the decision on one’s own nomination (own_work), and offers no such action', async () => {
    const org = await as('organising');
    const own = await org.post('/api/exemplars', { ...nomination(), campaign: 'other' });
    expect(own.statusCode).toBe(201);
    expect(own.json().actions.recognise).toBe(false);
    const res = await org.post(`/api/exemplars/${own.json().id}/recognise`, {
      level: 'commune',
      decisionRef: '47-QĐ/ĐU',
      decisionDate: todayInVietnam(),
      version: 1,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('own_work.exemplar_nomination');
  });

  it('lists the register in scope, shows the person’s recognitions (to the person too), and prints the report', async () => {
    const list = await (await as('standing')).get(`/api/exemplars?unitId=${tree.communeA}&year=${year}&campaign=ho_chi_minh`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.some((i: { id: string }) => i.id === id)).toBe(true);
    expect((await (await as('otherOrganising')).get(`/api/exemplars?unitId=${tree.communeA}`)).statusCode).toBe(404);
    const own = await (await as('cadre')).get(`/api/exemplars/people/${subject}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(1);
    const xlsx = await (await as('standing')).get(`/api/exemplars/report?unitId=${tree.communeA}&year=${year}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Lê Văn Bình');
    expect(text).toContain('45-QĐ/ĐU');
    const pdf = await (await as('standing')).get(`/api/exemplars/report?unitId=${tree.communeA}&year=${year}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
});
