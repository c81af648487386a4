// Test helpers for weekly plans: members holding key posts, signed-in accounts linked to them,
// and plan items of a week.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { createAccount, createPerson } from '../../test/factories.js';
import { type Session, type TestContext, client, signIn } from '../../test/harness.js';
import { addDays } from '../../../domain/dates.js';

/** A post in `unitId` (key or head as asked) held by `personId` from 2025-08-01, open-ended. */
export async function givePost(
  db: Kysely<DB>,
  unitId: string,
  personId: string,
  post: { title: string; isKey?: boolean; isHead?: boolean; endDate?: string },
) {
  const postId = randomUUID();
  await db
    .insertInto('post')
    .values({
      id: postId,
      unit_id: unitId,
      title: post.title,
      is_head: post.isHead ?? false,
      is_key: post.isKey ?? false,
      cadre_group: null,
      rank: 10,
      valid_from: '2025-07-01',
      valid_to: null,
    })
    .execute();
  await db
    .insertInto('tenure')
    .values({
      id: randomUUID(),
      person_id: personId,
      post_id: postId,
      term_id: null,
      start_date: '2025-08-01',
      end_date: post.endDate ?? null,
      how: 'elected',
      decision_ref: null,
    })
    .execute();
  return postId;
}

export interface Member {
  personId: string;
  accountId: string;
  session: Session;
  api: ReturnType<typeof client>;
}

/** A person of `unitId` with an account of `role` bound at `roleUnitId`, signed in. */
export async function member(
  t: TestContext,
  unitId: string,
  role: Role,
  roleUnitId: string,
  name: { family_name?: string; middle_name?: string; given_name?: string } = {},
): Promise<Member> {
  const personId = await createPerson(t.db, unitId, name);
  const acc = await createAccount(t.db, role, roleUnitId, { personId });
  const session = await signIn(t.app, acc.username, acc.password);
  return { personId, accountId: acc.id, session, api: client(t.app, session) };
}

/** An account without a linked person. */
export async function bareAccount(t: TestContext, role: Role, unitId: string) {
  const acc = await createAccount(t.db, role, unitId);
  const session = await signIn(t.app, acc.username, acc.password);
  return { accountId: acc.id, session, api: client(t.app, session) };
}

/** A valid item of the week starting on `weekStart` (Monday), starting `day` days into it. */
export function item(weekStart: string, over: Record<string, unknown> = {}, day = 0) {
  return {
    title: 'Kiểm tra tiến độ giải phóng mặt bằng',
    description: 'Làm việc với thôn Đông',
    fieldCode: 'land_construction',
    workUnits: 2.5,
    startDate: addDays(weekStart, day),
    dueDate: addDays(weekStart, day + 2),
    ...over,
  };
}

export const fields = (res: { json(): { details?: Array<{ field: string }> } }) => (res.json().details ?? []).map((d) => d.field);
