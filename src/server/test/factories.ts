// Test factories: each test builds its own organisation subtree and accounts, so tests never
// share state or truncate tables.
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { personSearchText, vietnameseSortKey } from '../../domain/names.js';
import type { Insertable } from 'kysely';
import type { DB, PersonTable, Role } from '../db/schema.js';
import { connectClosure, insertReflexive } from '../modules/org/index.js';

const tag = () => randomUUID().slice(0, 8);

export async function createUnit(
  db: Kysely<DB>,
  u: { kind: string; name: string; parentId?: string | null; validFrom?: string; validTo?: string | null; adminUnitId?: string | null },
): Promise<string> {
  const id = randomUUID();
  const validFrom = u.validFrom ?? '2025-07-01';
  await db
    .insertInto('org_unit')
    .values({
      id,
      kind: u.kind,
      name: u.name,
      short_name: null,
      admin_unit_id: u.adminUnitId ?? null,
      valid_from: validFrom,
      valid_to: u.validTo ?? null,
      search_text: u.name.toLowerCase(),
    })
    .execute();
  await insertReflexive(db, id);
  if (u.parentId) {
    await db
      .insertInto('org_unit_link')
      .values({ id: randomUUID(), parent_id: u.parentId, child_id: id, valid_from: validFrom, valid_to: u.validTo ?? null })
      .execute();
    await connectClosure(db, u.parentId, id);
  }
  return id;
}

export interface Subtree {
  provinceId: string;
  communeA: string;
  communeB: string;
  cellA: string;
  committeeA: string;
  suffix: string;
}

/** A province with two communes, each with a Party committee, a cell and a People's Committee. */
export async function createSubtree(db: Kysely<DB>): Promise<Subtree> {
  const suffix = tag();
  const provinceId = await createUnit(db, { kind: 'province', name: `Tỉnh Thử ${suffix}` });
  const communeA = await createUnit(db, { kind: 'commune', name: `Xã An ${suffix}`, parentId: provinceId });
  const communeB = await createUnit(db, { kind: 'commune', name: `Xã Bình ${suffix}`, parentId: provinceId });
  const partyA = await createUnit(db, { kind: 'party_committee', name: `Đảng bộ xã An ${suffix}`, parentId: communeA });
  const cellA = await createUnit(db, { kind: 'party_cell', name: `Chi bộ thôn Đông ${suffix}`, parentId: partyA });
  const committeeA = await createUnit(db, { kind: 'peoples_committee', name: `UBND xã An ${suffix}`, parentId: communeA });
  await createUnit(db, { kind: 'party_committee', name: `Đảng bộ xã Bình ${suffix}`, parentId: communeB });
  return { provinceId, communeA, communeB, cellA, committeeA, suffix };
}

export const TEST_PASSWORD = 'Thu-nghiem-2026';
let passwordHash: Promise<string> | undefined;

export async function createAccount(db: Kysely<DB>, role: Role, unitId: string, opts: { personId?: string } = {}) {
  passwordHash ??= hash(TEST_PASSWORD);
  const id = randomUUID();
  const username = `${role}.${tag()}`;
  await db
    .insertInto('account')
    .values({
      id,
      username,
      display_name: `Người dùng ${username}`,
      password_hash: await passwordHash,
      person_id: opts.personId ?? null,
      locale: 'vi',
    })
    .execute();
  await db.insertInto('role_binding').values({ id: randomUUID(), account_id: id, role, unit_id: unitId }).execute();
  return { id, username, password: TEST_PASSWORD };
}

export async function createPerson(db: Kysely<DB>, unitId: string, overrides: Partial<Insertable<PersonTable>> = {}): Promise<string> {
  const id = randomUUID();
  const name = {
    familyName: overrides.family_name ?? 'Nguyễn',
    middleName: overrides.middle_name ?? 'Văn',
    givenName: overrides.given_name ?? 'An',
  };
  await db
    .insertInto('person')
    .values({
      id,
      unit_id: unitId,
      family_name: name.familyName,
      middle_name: name.middleName,
      given_name: name.givenName,
      gender: 'male',
      date_of_birth: '1980-05-15',
      ethnicity: 'Kinh',
      religion: '',
      kind: 'cadre',
      search_text: personSearchText(name),
      sort_key: vietnameseSortKey(name),
      ...overrides,
    })
    .execute();
  return id;
}

export async function lastAudit(db: Kysely<DB>, entityType: string, entityId: string) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}
