// Test support of personnel decisions: a subtree whose commune A stands for a new commune (an old commune
// merged into it, another elsewhere), a qualified candidate holding the standing deputy secretary's post and
// planned for the secretary's, the vacant posts, and the accounts of every role the tests use.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { createAccount, createSubtree } from '../../test/factories.js';
import { holdLadderPost, qualifiedPerson } from '../planning/planning.test-support.js';

/** A vacant post of the unit linked to the ladder. */
export async function vacantPost(db: Kysely<DB>, unitId: string, code: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('post')
    .values({
      id,
      unit_id: unitId,
      title: code,
      is_head: false,
      is_key: false,
      cadre_group: null,
      rank: 100,
      valid_from: '2025-07-01',
      valid_to: null,
    })
    .execute();
  await db.insertInto('planning_post_code').values({ post_id: id, ladder_code: code }).execute();
  return id;
}

/** An approved plan of the unit naming the person for the post. */
export async function planFor(db: Kysely<DB>, unitId: string, personId: string, code: string) {
  let plan = await db.selectFrom('planning_plan').select('id').where('unit_id', '=', unitId).executeTakeFirst();
  if (!plan) {
    plan = { id: randomUUID() };
    await db
      .insertInto('planning_plan')
      .values({ id: plan.id, unit_id: unitId, term_id: 'party-2030-2035', status: 'approved', created_by: null })
      .execute();
  }
  await db
    .insertInto('planning_candidate')
    .values({
      id: randomUUID(),
      plan_id: plan.id,
      post_code: code,
      person_id: personId,
      target_level: 1,
      source: 'inside',
      training: '[]',
      note: null,
      status: 'approved',
      added_on: '2025-09-01',
      approved_on: '2025-10-01',
      created_by: null,
    })
    .execute();
}

/** The fixture of the personnel tests (see the file's heading). */
export async function personnelFixture(db: Kysely<DB>) {
  const acc: Record<string, { username: string; password: string }> = {};

  const tree = await createSubtree(db);
  // Administrative units: an old commune merged into the new one, and a commune elsewhere.
  const s = tree.suffix;
  const adminNew = `2025:C:T${s}`.slice(0, 20);
  const adminOldMerged = `pre:C:O${s}`.slice(0, 20);
  const adminElsewhere = `pre:C:E${s}`.slice(0, 20);
  await db
    .insertInto('admin_unit')
    .values([
      { id: adminNew, era: '2025', level: 'commune', code: `T${s}`, name: 'Xã Mới', type: 'xã', parent_id: null, search_text: 'xa moi' },
      {
        id: adminOldMerged,
        era: 'pre2025',
        level: 'commune',
        code: `O${s}`,
        name: 'Xã Cũ',
        type: 'xã',
        parent_id: null,
        search_text: 'xa cu',
      },
      {
        id: adminElsewhere,
        era: 'pre2025',
        level: 'commune',
        code: `E${s}`,
        name: 'Xã Xa',
        type: 'xã',
        parent_id: null,
        search_text: 'xa xa',
      },
    ])
    .execute();
  await db.insertInto('admin_unit_successor').values({ old_id: adminOldMerged, new_id: adminNew, full_transfer: true }).execute();
  await db.updateTable('org_unit').set({ admin_unit_id: adminNew }).where('id', '=', tree.communeA).execute();

  const candidate = await qualifiedPerson(db, tree.communeA, {
    family_name: 'Lê',
    given_name: 'Minh',
    date_of_birth: '1980-04-02',
    birthplace_id: adminElsewhere,
    hometown_id: adminElsewhere,
  });
  await holdLadderPost(db, tree.communeA, candidate, 'commune.party.standing_deputy_secretary');
  const candidateTenure = (await db.selectFrom('tenure').select('id').where('person_id', '=', candidate).executeTakeFirstOrThrow()).id;
  await planFor(db, tree.communeA, candidate, 'commune.party.secretary');
  const secretaryPost = await vacantPost(db, tree.communeA, 'commune.party.secretary');
  const divisionPost = await vacantPost(db, tree.communeA, 'commune.pc.division_head');
  const foreignPost = await vacantPost(db, tree.communeB, 'commune.party.secretary');
  const standingPerson = await qualifiedPerson(db, tree.communeA, { family_name: 'Trần', given_name: 'Thường' });

  acc.organising = await createAccount(db, 'organising', tree.communeA);
  acc.otherOrganising = await createAccount(db, 'organising', tree.communeB);
  acc.communeStanding = await createAccount(db, 'standing', tree.communeA);
  acc.provinceStanding = await createAccount(db, 'standing', tree.provinceId, { personId: standingPerson });
  acc.inspection = await createAccount(db, 'inspection', tree.provinceId);
  acc.candidate = await createAccount(db, 'cadre', tree.communeA, { personId: candidate });
  return {
    tree,
    acc,
    adminNew,
    adminOldMerged,
    adminElsewhere,
    candidate,
    candidateTenure,
    secretaryPost,
    divisionPost,
    foreignPost,
    standingPerson,
  };
}
