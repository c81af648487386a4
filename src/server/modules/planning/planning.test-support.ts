// Test kit of the planning module: a commune where people hold posts linked to the ladder, and the
// accounts of every planning role (the organising body and standing committee of the commune, the
// province's organising body and inspection, another commune's organising body, a cadre).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, PersonTable } from '../../db/schema.js';
import { type Subtree, createAccount, createPerson, createSubtree } from '../../test/factories.js';
import type { Insertable } from 'kysely';

/** A post of `unitId` linked to `ladderCode`, held by `personId` since 2025-07-01. */
export async function holdLadderPost(db: Kysely<DB>, unitId: string, personId: string, ladderCode: string): Promise<string> {
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
  return postId;
}

/** A person with the qualifications the commune's top posts require (Đại học, Cao cấp) unless overridden. */
export async function qualifiedPerson(db: Kysely<DB>, unitId: string, overrides: Partial<Insertable<PersonTable>> = {}) {
  return createPerson(db, unitId, {
    education_level: 'Đại học',
    political_theory_level: 'Cao cấp',
    date_of_birth: '1985-03-10',
    ...overrides,
  });
}

export interface PlanningWorld {
  tree: Subtree;
  standingPersonId: string;
  accounts: Record<
    'organising' | 'standing' | 'provinceOrganising' | 'inspection' | 'otherOrganising' | 'cadre' | 'admin',
    { username: string; password: string }
  >;
}

export async function planningWorld(db: Kysely<DB>): Promise<PlanningWorld> {
  const tree = await createSubtree(db);
  const standingPersonId = await qualifiedPerson(db, tree.communeA, { family_name: 'Trần', given_name: 'Thường' });
  return {
    tree,
    standingPersonId,
    accounts: {
      organising: await createAccount(db, 'organising', tree.communeA),
      standing: await createAccount(db, 'standing', tree.communeA, { personId: standingPersonId }),
      provinceOrganising: await createAccount(db, 'organising', tree.provinceId),
      inspection: await createAccount(db, 'inspection', tree.provinceId),
      otherOrganising: await createAccount(db, 'organising', tree.communeB),
      cadre: await createAccount(db, 'cadre', tree.communeA),
      admin: await createAccount(db, 'admin', tree.provinceId),
    },
  };
}
